// Recognises the Ministères sociaux table layout from content: a tab-separated "Intitulé / Finalités …" header.
import { classifyLine } from './classify-line.ts';
import { repairLookAlikes } from './repair-look-alikes.ts';

export function detectMsTable(text: string): boolean {
  // Repair first so that a look-alike letter in the header cannot hide the layout.
  return text.split('\n').some((line) => classifyLine(repairLookAlikes(line.replace(/\r$/, '')).text) === 'header');
}
