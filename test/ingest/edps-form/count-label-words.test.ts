// Label words are told from description words by the known item labels, word by word, across lines.
import { describe, expect, it } from 'vitest';
import { countLabelWords } from '../../../src/ingest/edps-form/count-label-words.ts';
import { normalizeLabel } from '../../../src/ingest/miom-blocks/normalize-label.ts';

const words = (text: string): string[] => text.split(/\s+/).filter((word) => word !== '');

describe('countLabelWords', () => {
  it.each([
    { soFar: '', line: 'Last update of this record 03/11/2021', count: 5 },
    { soFar: '', line: 'Last update of this record', count: 5 },
    { soFar: '', line: 'Reference number 01a', count: 2 },
    // One space between the columns (record 01a line 29): "n/a" begins no label.
    { soFar: '', line: 'Name and contact details of joint n/a', count: 6 },
    // Justified spacing (record 57 line 13).
    { soFar: '', line: 'Name and        contact   details   of The European Data', count: 5 },
    { soFar: 'Name and contact details of', line: 'controller internal procedure related', count: 1 },
    { soFar: 'Name and contact details of joint', line: 'controller (where applicable)', count: 3 },
    { soFar: '', line: 'Very short description and purpose of the Select SNE', count: 7 },
    { soFar: '', line: 'Short description and purpose of the The purpose of the processing', count: 6 },
    { soFar: '', line: 'Description of categories of persons We process the following', count: 5 },
    { soFar: '', line: 'Are there any transfers of personal data No', count: 7 },
    { soFar: 'General description of security measures, where possible.', line: 'For selection', count: 0 },
    { soFar: '', line: 'For more information, including how to https://edps.europa.eu/data-protection', count: 6 },
    { soFar: '', line: 'Time limit for keeping the data - 2 years', count: 6 },
    { soFar: '', line: 'Finalité du traitement', count: 0 },
    { soFar: '', line: '- Data identifying', count: 0 },
    { soFar: '', line: '', count: 0 },
  ])('"$line" after "$soFar" → $count', ({ soFar, line, count }) => {
    expect(countLabelWords(normalizeLabel(soFar), words(line))).toBe(count);
  });
});
