// The detector recognises the block layout from content: 004 yes, the table registers 000–003 no.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { miomBlocksLayout } from '../../../src/ingest/miom-blocks/miom-blocks-layout.ts';
import { buildRegisterLines } from './synthetic-register.ts';

const registersDir = new URL('../../../data/registers/', import.meta.url);

describe('miomBlocksLayout.detect', () => {
  it.each([
    { file: '000_49a1ce6041cf4ed6.txt', expected: false },
    { file: '001_16106fe6b7c9f12d.txt', expected: false },
    { file: '002_f61adf4d39622cae.txt', expected: false },
    { file: '003_60ea04d657be5b10.txt', expected: false },
    { file: '004_72dad74edd3dbafe.txt', expected: true },
  ])('$file → $expected', ({ file, expected }) => {
    expect(miomBlocksLayout.detect(readFileSync(new URL(file, registersDir), 'utf8'))).toBe(expected);
  });

  const valid = buildRegisterLines([{ activity: '1', number: '1.1', title: 'Annuaire' }]);
  it.each([
    { name: 'a synthetic block register', text: valid.join('\n'), expected: true },
    { name: 'the same with CRLF line endings', text: valid.join('\r\n'), expected: true },
    { name: 'an empty text', text: '', expected: false },
    { name: 'TRAITEMENT headers without any purpose line', text: valid.filter((line) => !line.startsWith('Finalité')).join('\n'), expected: false },
    { name: 'purpose lines without TRAITEMENT headers', text: valid.filter((line) => !line.startsWith('TRAITEMENT')).join('\n'), expected: false },
    { name: 'a TRAITEMENT header not followed by a tab', text: valid.map((line) => line.replace('1.1\t\t', '1.1 ')).join('\n'), expected: false },
    { name: 'a table header row', text: 'Intitulé\tFinalités\tRT\nAnnuaire\tGestion\tDDC\n', expected: false },
  ])('$name → $expected', ({ text, expected }) => {
    expect(miomBlocksLayout.detect(text)).toBe(expected);
  });
});
