// Input the parser cannot read throws RegisterFormatError naming the file and the line.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { miomBlocksLayout } from '../../../src/ingest/miom-blocks/miom-blocks-layout.ts';
import { RegisterFormatError } from '../../../src/errors/register-format-error.ts';
import { buildRegisterLines } from './synthetic-register.ts';

const realFile = '004_72dad74edd3dbafe.txt';
const realLines = readFileSync(new URL(`../../../data/registers/${realFile}`, import.meta.url), 'utf8').split('\n');
const tableText = readFileSync(new URL('../../../data/registers/000_49a1ce6041cf4ed6.txt', import.meta.url), 'utf8');
const tableLineCount = tableText.replace(/\n$/, '').split('\n').length;

/** Two valid blocks: 1.1 at lines 6–19, 2.1 at lines 21–34 (see buildRegisterLines). */
function buildValidLines(): string[] {
  return buildRegisterLines([
    { activity: '1', number: '1.1', title: 'Annuaire' },
    { activity: '2', number: '2.1', title: 'Messagerie' },
  ]);
}

/** The valid lines after `edit`; cases write `splice(n - 1, …)` to act on line n. */
function editLines(edit: (lines: string[]) => void): string {
  const lines = buildValidLines();
  edit(lines);
  return lines.join('\n');
}

function captureError(text: string, file: string): RegisterFormatError {
  try {
    miomBlocksLayout.parse(text, file);
  } catch (error) {
    if (error instanceof RegisterFormatError) return error;
    throw error;
  }
  throw new Error('parse did not throw');
}

describe('miomBlocksLayout.parse rejects', () => {
  it.each([
    { name: 'an empty file', file: 'empty.txt', text: '', line: 1, reason: 'file is empty' },
    { name: 'a file of blank lines', file: 'blank.txt', text: '\n  \n\t\n', line: 1, reason: 'file is empty' },
    {
      name: 'a file without ACTIVITE/TRAITEMENT lines',
      file: 'prose.txt',
      text: 'REGISTRE DES ACTIVITES\n\nRien ici\n',
      line: 3,
      reason: 'without any "ACTIVITE n°" or "TRAITEMENT n°" line',
    },
    {
      name: 'a table register (000)',
      file: '000_49a1ce6041cf4ed6.txt',
      text: tableText,
      line: tableLineCount,
      reason: 'without any "ACTIVITE n°" or "TRAITEMENT n°" line',
    },
    {
      name: '004 cut in the middle of TRAITEMENT n° 5.15',
      file: realFile,
      text: realLines.slice(0, 555).join('\n'),
      line: 548,
      reason:
        'TRAITEMENT n° 5.15 is incomplete (the file ends inside the block): missing "Catégorie des destinataires des données", ' +
        '"Existence de transferts de données hors UE", "Durée de conservation prévue des données", ' +
        '"Mesures organisationnelles et techniques assurant la sécurité et la confidentialité des données conservées", ' +
        '"Date de dernière mise à jour"',
    },
    {
      name: '004 cut right after its last ACTIVITE line',
      file: realFile,
      text: realLines.slice(0, 562).join('\n'),
      line: 562,
      reason: 'ACTIVITE n° 5 is not followed by any TRAITEMENT line',
    },
    {
      name: 'a block missing one labelled line before the next block',
      file: 'gap.txt',
      text: editLines((lines) => lines.splice(16 - 1, 1)),
      line: 7,
      reason: 'TRAITEMENT n° 1.1 is incomplete: missing "Existence de transferts de données hors UE"',
    },
    {
      name: 'a field line in the preamble, before any TRAITEMENT',
      file: 'early.txt',
      text: editLines((lines) => lines.splice(4 - 1, 0, 'Finalité du traitement\tGérer le courrier')),
      line: 4,
      reason: 'field line "Finalité du traitement" before any TRAITEMENT line',
    },
    {
      name: 'a field line between an ACTIVITE line and its TRAITEMENT line',
      file: 'between.txt',
      text: editLines((lines) => lines.splice(21, 0, 'Finalité du traitement\tGérer le courrier')),
      line: 22,
      reason: 'field line "Finalité du traitement" between ACTIVITE n° 2 (line 21) and its TRAITEMENT line',
    },
    {
      name: 'an unknown label inside a block',
      file: 'unknown.txt',
      text: editLines((lines) => lines.splice(10 - 1, 0, 'Sous-traitants\tAucun\t')),
      line: 10,
      reason: 'unknown label "Sous-traitants" in TRAITEMENT n° 1.1',
    },
    {
      name: 'a label given twice in one block (lost ACTIVITE and TRAITEMENT lines)',
      file: 'twice.txt',
      text: editLines((lines) => lines.splice(21 - 1, 2)),
      line: 21,
      reason: '"Finalité du traitement" given twice in TRAITEMENT n° 1.1 (first at line 8)',
    },
    {
      name: 'a register without a REGISTRE title line',
      file: 'untitled.txt',
      text: editLines((lines) => lines.splice(0, 1)),
      line: 5,
      reason: 'no register title',
    },
  ])('$name', ({ file, text, line, reason }) => {
    const error = captureError(text, file);
    expect(error.file).toBe(file);
    expect(error.line).toBe(line);
    expect(error.reason).toContain(reason);
    expect(error.message).toContain(`${file}:${line}: `);
  });
});
