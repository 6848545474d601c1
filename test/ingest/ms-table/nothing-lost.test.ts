// Tests that parsing loses nothing: every token of the table lands in a field, every line is accounted for.
import { describe, expect, it } from 'vitest';
import { classifyLine } from '../../../src/ingest/ms-table/classify-line.ts';
import { msTableLayout } from '../../../src/ingest/ms-table/ms-table-layout.ts';
import { readSourceLines } from '../../../src/ingest/ms-table/read-source-lines.ts';
import { splitCells } from '../../../src/ingest/ms-table/split-cells.ts';
import type { RawTreatment } from '../../../src/model/raw-register.ts';
import type { SourceField } from '../../../src/model/source-field.ts';
import { readRegisterText, registerFiles } from './fixtures.ts';

const covers = (range: { first: number; last: number }, line: number): boolean => range.first <= line && line <= range.last;
const tokens = (text: string): string[] => text.split(/\s+/).filter((token) => token !== '');

describe.each(registerFiles)('nothing lost in %s', (file) => {
  const register = msTableLayout.parse(readRegisterText(file), file);
  // The lines as the parser saw them: after the look-alike repair.
  const { lines } = readSourceLines(readRegisterText(file), file);
  const headerLabels = splitCells(lines.find((l) => classifyLine(l.text) === 'header')?.text ?? '').map((c) => c.trim());
  const owner = (line: number): RawTreatment | undefined => register.treatments.find((t) => covers(t.lines, line));

  it('puts every token of a data row in the field of its column, in the treatment covering the row', () => {
    const missing: string[] = [];
    for (const line of lines.filter((l) => classifyLine(l.text) === 'row')) {
      const treatment = owner(line.number);
      splitCells(line.text).forEach((cell, column) => {
        const field = treatment?.fields.find((f) => f.label === headerLabels[column] && covers(f.lines, line.number));
        for (const token of tokens(cell)) {
          if (!field?.text.includes(token)) missing.push(`line ${line.number} column ${column + 1}: ${token}`);
        }
      });
    }
    expect(missing).toEqual([]);
  });

  it('puts every token of an untabbed line inside the table in a field of the treatment covering it', () => {
    const missing: string[] = [];
    for (const line of lines.filter((l) => classifyLine(l.text) === 'untabbed' && owner(l.number) !== undefined)) {
      const fields = (owner(line.number)?.fields ?? []).filter((f) => covers(f.lines, line.number));
      for (const token of tokens(line.text)) {
        if (!fields.some((f: SourceField) => f.text.includes(token))) missing.push(`line ${line.number}: ${token}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('keeps exactly the tokens of the table lines, no more, no fewer (fragments are joined by spaces only)', () => {
    const tableTokens = lines
      .filter((l) => owner(l.number) !== undefined && ['row', 'untabbed'].includes(classifyLine(l.text)))
      .flatMap((l) => tokens(l.text));
    const fieldTokens = register.treatments.flatMap((t) => t.fields.flatMap((f) => tokens(f.text)));
    expect(fieldTokens.sort()).toEqual(tableTokens.sort());
  });

  it('accounts for every line: blank, header, dash row, treatment, preamble or title', () => {
    const unaccounted = lines.filter((line) => {
      const kind = classifyLine(line.text);
      if (kind === 'blank' || kind === 'header' || kind === 'dashes') return false;
      if (owner(line.number) !== undefined) return false;
      if (register.preamble.some((f) => covers(f.lines, line.number) && f.text === line.text.trim())) return false;
      return line.text.trim() !== register.title;
    });
    expect(unaccounted.map((l) => `${l.number}: ${l.text}`)).toEqual([]);
  });

  it('keeps no dash row and no repeated header in any field', () => {
    for (const treatment of register.treatments) {
      for (const field of treatment.fields) {
        expect(field.text).not.toMatch(/(^|\s)--+(\s|$)/);
        expect(field.text).not.toContain('Intitulé');
      }
    }
  });
});
