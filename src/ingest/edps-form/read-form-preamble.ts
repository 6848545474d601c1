// Reads the text above the first header row: the record's heading and the introduction citing Article 31.
import type { ParseWarning } from '../../model/raw-register.ts';
import type { SourceField } from '../../model/source-field.ts';
import { classifyFormLine } from './classify-form-line.ts';
import { collapseSpaces } from './collapse-spaces.ts';
import { dropTemplateLeftovers } from './drop-template-leftovers.ts';
import type { FormLine } from './form-line.ts';

/** Labels for text the form prints without one: ours, not the record's. */
export const preambleLabels = { heading: 'Heading', introduction: 'Introduction' } as const;

export interface FormPreamble {
  /** "EDPS record of processing activity", the first line of text; absent when there is none. */
  readonly heading?: string;
  readonly entries: SourceField[];
  readonly warnings: ParseWarning[];
}

export function readFormPreamble(lines: readonly FormLine[], file: string): FormPreamble {
  const entries: SourceField[] = [];
  const warnings: ParseWarning[] = [];
  let heading: string | undefined;
  let introduction: { texts: string[]; first: number; last: number } | undefined;
  for (const line of lines) {
    if (classifyFormLine(line.text).kind !== 'content') continue;
    const { text, dropped } = dropTemplateLeftovers(line.text);
    for (const leftover of dropped) warnings.push({ file, line: line.number, message: `template leftover "${leftover}" dropped` });
    const words = collapseSpaces(text);
    if (words === '') continue;
    if (heading === undefined) {
      heading = words;
      entries.push({ key: 'other', label: preambleLabels.heading, text: words, lines: { first: line.number, last: line.number } });
      continue;
    }
    if (introduction === undefined) introduction = { texts: [], first: line.number, last: line.number };
    introduction.texts.push(words);
    introduction.last = line.number;
  }
  if (introduction) {
    const { texts, first, last } = introduction;
    entries.push({ key: 'other', label: preambleLabels.introduction, text: texts.join(' '), lines: { first, last } });
  }
  return { ...(heading !== undefined && { heading }), entries, warnings };
}
