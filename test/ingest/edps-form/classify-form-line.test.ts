// Page furniture of the EDPS form: header rows (with their columns), footers, blank and content lines.
import { describe, expect, it } from 'vitest';
import { classifyFormLine } from '../../../src/ingest/edps-form/classify-form-line.ts';

describe('classifyFormLine', () => {
  it.each([
    { text: '', expected: { kind: 'blank' } },
    { text: '   \t ', expected: { kind: 'blank' } },
    { text: ' Nr   Item                                       Description', expected: { kind: 'header', itemColumn: 6, descriptionColumn: 49 } },
    { text: 'Nr. Item                                 Description', expected: { kind: 'header', itemColumn: 4, descriptionColumn: 41 } },
    { text: ' Nr.     Item                                    Description', expected: { kind: 'header', itemColumn: 9, descriptionColumn: 49 } },
    { text: '                                                          1|Page', expected: { kind: 'footer' } },
    { text: '                                                          4|P age', expected: { kind: 'footer' } },
    { text: '                                                        3 | P a g e', expected: { kind: 'footer' } },
    { text: ' 1.   Last update of this record                 03/11/2021', expected: { kind: 'content' } },
    { text: 'Nr. Item Description of categories', expected: { kind: 'content' } },
    { text: '   see page 2|Page 3', expected: { kind: 'content' } },
  ])('$text', ({ text, expected }) => {
    expect(classifyFormLine(text)).toEqual(expected);
  });
});
