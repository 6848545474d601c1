// Removes HTML tags from a cell, only to look at its words (fields keep the HTML verbatim).
export function stripTags(text: string): string {
  return text.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
}
