// Tests the sorting of table-region lines into kinds.
import { describe, expect, it } from 'vitest';
import { classifyLine } from '../../../src/ingest/ms-table/classify-line.ts';

describe('classifyLine', () => {
  it.each([
    { line: '', kind: 'blank' },
    { line: '   ', kind: 'blank' },
    { line: '\t\t\t\t\t', kind: 'blank' },
    { line: 'Intitulé\tFinalités\tRT\tDonnées traitées', kind: 'header' },
    { line: ' Intitulé \t Finalités \tResponsable de traitement (et co-RT)', kind: 'header' },
    { line: 'Inti\u0074ule\u0301\tFinalite\u0301s\tRT', kind: 'header' },
    { line: '--\t--\t--\t--\t---\t--', kind: 'dashes' },
    { line: '---\t---\t-------------\t---\t---\t---', kind: 'dashes' },
    { line: '---', kind: 'dashes' },
    { line: 'Collecte-Pro\tCollecte-pro est un service\tDNUM\t\t\t', kind: 'row' },
    { line: '\t\t\tDurée de conservation : 4 ans\t\t', kind: 'row' },
    { line: 'Conservation :', kind: 'untabbed' },
    { line: '- Données relatives aux professionnels de santé :', kind: 'untabbed' },
  ])('reads "$line" as $kind', ({ line, kind }) => {
    expect(classifyLine(line)).toBe(kind);
  });
});
