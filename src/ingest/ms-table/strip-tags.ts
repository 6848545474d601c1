// Removes HTML tags from a cell, only to look at its words (fields keep the HTML verbatim).
import { replaceTags } from '../../text/replace-tags.ts';
export function stripTags(text: string): string {
  return replaceTags(text).replace(/\s+/g, ' ').trim();
}
