// Test fixtures: the four real ms-table registers, a builder for small inline registers, an error catcher.
import { readFileSync } from 'node:fs';

export const registerFiles = [
  '000_49a1ce6041cf4ed6.txt',
  '001_16106fe6b7c9f12d.txt',
  '002_f61adf4d39622cae.txt',
  '003_60ea04d657be5b10.txt',
] as const;
export type RegisterFile = (typeof registerFiles)[number];

const registersDir = new URL('../../../data/registers/', import.meta.url);

export function readRegisterText(file: string): string {
  return readFileSync(new URL(file, registersDir), 'utf8');
}

/** Builds a file: a string is one raw line, an array is one row of tab-separated cells. */
export function buildText(...rows: ReadonlyArray<string | readonly string[]>): string {
  return rows.map((row) => (typeof row === 'string' ? row : row.join('\t'))).join('\n') + '\n';
}

export const header = ['Intitulé', 'Finalités', 'RT', 'Données traitées', 'Catégories de personnes concernées', 'Catégories de destinataires*'];

/** Preamble lines 1-3 of every inline register; the header is then line 4. */
export const preambleLines = ['Ministères sociaux, 14 avenue Duquesne, 75007 PARIS SP 07', 'Registre de test', ''];

/** Runs `run` and returns what it threw, failing when it throws nothing. */
export function captureError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}
