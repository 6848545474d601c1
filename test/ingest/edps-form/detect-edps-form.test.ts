// The detector recognises the EDPS form from content: the four records yes, the French registers no.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { edpsFormLayout } from '../../../src/ingest/edps-form/edps-form-layout.ts';
import { buildFormText, recordFiles } from './fixtures.ts';

const registersDir = new URL('../../../data/registers/', import.meta.url);
const read = (file: string): string => readFileSync(new URL(file, registersDir), 'utf8');

describe('edpsFormLayout.detect', () => {
  it.each([
    ...recordFiles.map((file) => ({ file, expected: true })),
    { file: '000_49a1ce6041cf4ed6.txt', expected: false },
    { file: '001_16106fe6b7c9f12d.txt', expected: false },
    { file: '002_f61adf4d39622cae.txt', expected: false },
    { file: '003_60ea04d657be5b10.txt', expected: false },
    { file: '004_72dad74edd3dbafe.txt', expected: false },
  ])('$file → $expected', ({ file, expected }) => {
    expect(edpsFormLayout.detect(read(file))).toBe(expected);
  });

  it.each([
    { name: 'a synthetic form', text: buildFormText(), expected: true },
    { name: 'the same with CRLF line endings', text: buildFormText().replace(/\n/g, '\r\n'), expected: true },
    { name: 'the header row after a form feed', text: buildFormText((lines) => lines.splice(3, 1, `\f${lines[3]}`)), expected: true },
    { name: 'an empty text', text: '', expected: false },
    { name: 'a form without the header row', text: buildFormText((lines) => lines.splice(3, 1)), expected: false },
    {
      name: 'a two-column form that does not cite Article 31 / Regulation 2018/1725',
      text: buildFormText((lines) => lines.splice(1, 1, 'Record of activities.')),
      expected: false,
    },
    { name: 'prose citing Article 31 without the header row', text: 'Based on Article 31 of Regulation (EU) 2018/1725\nNr Item\n', expected: false },
  ])('$name → $expected', ({ text, expected }) => {
    expect(edpsFormLayout.detect(text)).toBe(expected);
  });
});
