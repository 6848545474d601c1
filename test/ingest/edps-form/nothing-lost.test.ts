// Parsing loses nothing: every word of every line is in the preamble or a field covering that line, page furniture and template leftovers aside.
import { describe, expect, it } from 'vitest';
import { edpsFormLayout } from '../../../src/ingest/edps-form/edps-form-layout.ts';
import type { SourceField } from '../../../src/model/source-field.ts';
import { readRecordLines, readRecordText, recordFiles } from './fixtures.ts';

const covers = (range: { first: number; last: number }, line: number): boolean => range.first <= line && line <= range.last;
const tokens = (text: string): string[] => text.split(/\s+/).filter((token) => token !== '');

// Written out here rather than taken from the parser, so that the parser cannot excuse its own losses.
const headerRow = /^\s*Nr\.?\s+Item\s+Description\s*$/;
const footer = /^\s*\d+\|P ?age\s*$/;
const wrappedHeaderDot = /^\s*\.\s*$/;
const leftover = '< row to be deleted when filled in>';
/** Labels the parser gives text printed without one: not words of the record. */
const ourLabels = new Set(['Heading', 'Introduction', 'Part heading', 'Record title']);

describe.each(recordFiles)('nothing lost in %s', (file) => {
  const register = edpsFormLayout.parse(readRecordText(file), file);
  const items = register.treatments.flatMap((treatment) => treatment.fields).filter((field) => field.key !== 'title');
  const entries: SourceField[] = [...register.preamble, ...register.treatments.flatMap((treatment) => treatment.fields)];
  // Item numbers ("1.", "1.Last") are structure, like line breaks: the fields keep their order, and
  // item n is the n-th field after the title, starting on the line that prints "n.".
  const itemNumberOn = new Map(items.map((field, index) => [field.lines.first, index + 1]));
  const lines = readRecordLines(file).map((raw, index) => {
    const number = index + 1;
    const text = raw.replace(/\f/g, '').replace(leftover, '');
    const item = itemNumberOn.get(number);
    return { number, text: item === undefined ? text : text.replace(new RegExp(`^\\s*${item}\\.`), '') };
  });
  const contentLines = lines.filter(({ text }) => text.trim() !== '' && !headerRow.test(text) && !footer.test(text) && !wrappedHeaderDot.test(text));

  it('finds every token of a content line in an entry covering that line', () => {
    const lost: string[] = [];
    for (const line of contentLines) {
      const known = new Set(entries.filter((entry) => covers(entry.lines, line.number)).flatMap((entry) => [...tokens(entry.label), ...tokens(entry.text)]));
      for (const token of tokens(line.text)) if (!known.has(token)) lost.push(`line ${line.number}: ${token}`);
    }
    expect(lost).toEqual([]);
  });

  it('gives back exactly the words of the record, none twice and none added', () => {
    const printed = contentLines.flatMap((line) => tokens(line.text)).sort();
    const parsed = entries.flatMap((entry) => [...(ourLabels.has(entry.label) ? [] : tokens(entry.label)), ...tokens(entry.text)]).sort();
    expect(parsed).toEqual(printed);
  });

  it('numbers the items 1–13, each on the first line of its field', () => {
    expect([...itemNumberOn.values()]).toEqual(Array.from({ length: 13 }, (_, index) => index + 1));
    for (const [line, item] of itemNumberOn) expect(readRecordLines(file)[line - 1]).toMatch(new RegExp(`^\\s*${item}\\.`));
  });

  it('drops only header rows, footers, the wrapped dot of "Nr." and the template leftover', () => {
    const dropped = lines.filter(({ text }) => headerRow.test(text) || footer.test(text) || wrappedHeaderDot.test(text));
    const pages = readRecordText(file).split('\f').length - 1;
    expect(dropped.filter(({ text }) => headerRow.test(text))).toHaveLength(pages);
    expect(dropped.filter(({ text }) => footer.test(text))).toHaveLength(pages);
  });
});
