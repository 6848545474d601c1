// Line splitting: numbering, line endings, BOM and a last line without newline.
import { describe, expect, it } from 'vitest';
import { splitSourceLines } from '../../../src/ingest/miom-blocks/split-source-lines.ts';

describe('splitSourceLines', () => {
  it.each([
    { name: 'empty text', text: '', expected: [] },
    { name: 'no final newline', text: 'a\nb', expected: ['a', 'b'] },
    { name: 'final newline', text: 'a\nb\n', expected: ['a', 'b'] },
    { name: 'blank lines kept', text: 'a\n\nb\n', expected: ['a', '', 'b'] },
    { name: 'CRLF', text: 'a\r\nb\r\n', expected: ['a', 'b'] },
    { name: 'BOM dropped', text: '\uFEFFa\nb', expected: ['a', 'b'] },
    { name: 'only a newline', text: '\n', expected: [''] },
  ])('$name', ({ text, expected }) => {
    const lines = splitSourceLines(text);
    expect(lines.map((line) => line.text)).toEqual(expected);
    expect(lines.map((line) => line.number)).toEqual(expected.map((_, index) => index + 1));
  });
});
