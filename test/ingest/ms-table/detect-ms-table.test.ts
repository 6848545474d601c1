// Tests that the layout is recognised from content only.
import { describe, expect, it } from 'vitest';
import { msTableLayout } from '../../../src/ingest/ms-table/ms-table-layout.ts';
import { buildText, header, readRegisterText, registerFiles } from './fixtures.ts';

describe('msTableLayout.detect', () => {
  it.each(registerFiles)('recognises %s', (file) => {
    expect(msTableLayout.detect(readRegisterText(file))).toBe(true);
  });

  it('does not recognise the block layout of 004', () => {
    expect(msTableLayout.detect(readRegisterText('004_72dad74edd3dbafe.txt'))).toBe(false);
  });

  it.each([
    { name: 'a header row', text: buildText('Registre', header, ['a', 'b', 'c', 'd', 'e', 'f']), detected: true },
    { name: 'a header with CRLF line ends', text: 'Registre\r\nIntitulé\tFinalités\tRT\r\n', detected: true },
    { name: 'a header with a look-alike letter', text: 'Intitulé\tFinаlités\tRT\n', detected: true },
    { name: 'the words without tabs', text: 'Intitulé Finalités RT\n', detected: false },
    { name: 'Finalités first', text: 'Finalités\tIntitulé\tRT\n', detected: false },
    { name: 'an empty text', text: '', detected: false },
    { name: 'a key/value block', text: 'TRAITEMENT n° 1.1\t\tNIS\nFinalité du traitement\tFaire\t\n', detected: false },
  ])('$name → $detected', ({ text, detected }) => {
    expect(msTableLayout.detect(text)).toBe(detected);
  });
});
