// Reads an EDPS form from its first header row on: record title, numbered items (label and description) and Part headings.
import type { ParseWarning } from '../../model/raw-register.ts';
import type { SourceField } from '../../model/source-field.ts';
import { normalizeLabel } from '../miom-blocks/normalize-label.ts';
import { RegisterFormatError } from '../../errors/register-format-error.ts';
import { classifyFormLine } from './classify-form-line.ts';
import { countLabelWords } from './count-label-words.ts';
import { dropTemplateLeftovers } from './drop-template-leftovers.ts';
import type { FormLine } from './form-line.ts';

export interface TextDraft {
  readonly texts: string[];
  readonly first: number;
  last: number;
}

export interface ItemDraft {
  /** The printed item number, 1 for "1.". */
  readonly number: number;
  /** The item's number line, which errors about the whole item point at. */
  readonly line: number;
  readonly labelWords: string[];
  /** The label words read so far, folded as count-label-words compares them. */
  folded: string;
  readonly descriptionWords: string[];
  last: number;
}

export interface FormBody {
  readonly title?: TextDraft;
  readonly items: ItemDraft[];
  /** "Part 1 - Article 31 Record …" rows: section headings of the template, kept for the preamble. */
  readonly partHeadings: SourceField[];
  readonly warnings: ParseWarning[];
}

/** Label for the Part rows, which print no label of their own: ours, not the record's. */
export const partHeadingLabel = 'Part heading';

const numberPattern = /^(\s*)(\d{1,2})\.(?!\d)/;
const partPattern = /^\s*Part\s+\d+\b/i;

/** @param lines the lines from the first header row to the end of the file */
export function readFormBody(lines: readonly FormLine[], file: string): FormBody {
  const items: ItemDraft[] = [];
  const partHeadings: SourceField[] = [];
  const warnings: ParseWarning[] = [];
  let title: TextDraft | undefined;
  let labelColumnEnd = 0;
  let itemColumn = 0;
  let afterHeader = false;

  for (const line of lines) {
    const kind = classifyFormLine(line.text);
    if (kind.kind === 'header') {
      // Columns move from page to page (and file to file): each page's header row says where they are.
      // Text starting left of midway between "Item" and "Description" is in the item column.
      itemColumn = kind.itemColumn;
      labelColumnEnd = Math.floor((kind.itemColumn + kind.descriptionColumn) / 2);
      afterHeader = true;
      continue;
    }
    if (kind.kind !== 'content') continue;

    const { text, dropped } = dropTemplateLeftovers(line.text);
    for (const leftover of dropped) warnings.push({ file, line: line.number, message: `template leftover "${leftover}" dropped` });
    if (text.trim() === '') continue;
    // A header row printed "Nr" wraps the dot of "Nr." onto a line of its own: part of the header.
    if (afterHeader && text.trim() === '.') {
      afterHeader = false;
      continue;
    }
    afterHeader = false;

    const current = items[items.length - 1];
    const indent = text.search(/\S/);
    if (indent >= labelColumnEnd) {
      if (current) addDescription(current, words(text), line.number);
      else title = addTitle(title, text, line.number);
      continue;
    }

    const numbered = numberPattern.exec(text);
    if (numbered && (numbered[1] ?? '').length <= itemColumn) {
      const number = Number(numbered[2]);
      const expected = items.length + 1;
      if (number !== expected) {
        const after = current ? `after item ${current.number}. (line ${current.line})` : 'as the first item';
        throw new RegisterFormatError(file, line.number, `item ${number}. out of order: item ${expected}. expected ${after}`);
      }
      const rest = words(text.slice(numbered[0].length));
      const count = countLabelWords('', rest);
      if (count === 0) {
        // Enough words to recognise the line by, not the whole description that may follow.
        const start = rest.slice(0, 6).join(' ') + (rest.length > 6 ? ' …' : '');
        throw new RegisterFormatError(file, line.number, `item ${number}. "${start}" does not begin any known EDPS item label`);
      }
      const labelWords = rest.slice(0, count);
      items.push({
        number,
        line: line.number,
        labelWords,
        folded: labelWords.map(normalizeLabel).join(''),
        descriptionWords: rest.slice(count),
        last: line.number,
      });
      continue;
    }

    if (partPattern.test(text)) {
      const heading = words(text).join(' ');
      partHeadings.push({ key: 'other', label: partHeadingLabel, text: heading, lines: { first: line.number, last: line.number } });
      continue;
    }

    if (!current) {
      title = addTitle(title, text, line.number);
      continue;
    }
    // The label wraps onto the following lines of the item column (even across a page break), the
    // description carrying on beside it; whatever does not continue the label is description.
    const lineWords = words(text);
    const count = countLabelWords(current.folded, lineWords);
    if (count === 0) {
      const message = `text in the item column of item ${current.number}. does not continue its label "${current.labelWords.join(' ')}": read as description`;
      warnings.push({ file, line: line.number, message });
    }
    current.labelWords.push(...lineWords.slice(0, count));
    current.folded += lineWords.slice(0, count).map(normalizeLabel).join('');
    addDescription(current, lineWords.slice(count), line.number);
  }

  return { ...(title && { title }), items, partHeadings, warnings };
}

function words(text: string): string[] {
  return text.match(/\S+/g) ?? [];
}

function addDescription(item: ItemDraft, description: readonly string[], line: number): void {
  item.descriptionWords.push(...description);
  item.last = line;
}

function addTitle(title: TextDraft | undefined, text: string, line: number): TextDraft {
  const draft = title ?? { texts: [], first: line, last: line };
  draft.texts.push(words(text).join(' '));
  draft.last = line;
  return draft;
}
