// Tests that unreadable input throws RegisterFormatError naming the file and the line.
import { describe, expect, it } from 'vitest';
import { msTableLayout } from '../../../src/ingest/ms-table/ms-table-layout.ts';
import { RegisterFormatError } from '../../../src/errors/register-format-error.ts';
import { buildText, captureError, header, preambleLines } from './fixtures.ts';

const row = ['Titre', 'But', 'DNUM', 'Données', 'Agents', 'Interne'];

describe('msTableLayout.parse on bad input', () => {
  it.each([
    { name: 'an empty file', text: '', line: undefined, reason: /^empty file$/ },
    { name: 'a file of blank lines', text: '\n  \n\t\n', line: undefined, reason: /^empty file$/ },
    { name: 'no header row', text: buildText(...preambleLines, 'Intitulé Finalités RT'), line: undefined, reason: /no header row/ },
    { name: 'a tab-separated row before the header', text: buildText('Registre de test', row, header, row), line: 2, reason: /tab-separated row before any header row/ },
    { name: 'a row with too few cells', text: buildText(...preambleLines, header, row, ['Titre', 'But', 'DNUM']), line: 6, reason: /row has 3 cells where the header \(line 4\) has 6/ },
    { name: 'a row with too many cells', text: buildText(...preambleLines, header, [...row, 'extra']), line: 5, reason: /row has 7 cells where the header \(line 4\) has 6/ },
    { name: 'a continuation row before any treatment', text: buildText(...preambleLines, header, ['', 'suite', '', '', '', ''], row), line: 5, reason: /a row that cannot be attached/ },
    { name: 'a cut title before any treatment', text: buildText(...preambleLines, header, ['fin du titre', 'suite', '', '', '', '']), line: 5, reason: /a row that cannot be attached/ },
    { name: 'an untabbed line before any treatment', text: buildText(...preambleLines, header, 'texte perdu', row), line: 5, reason: /a row that cannot be attached/ },
    { name: 'a header but no treatment', text: buildText(...preambleLines, header), line: 4, reason: /header row but no treatment/ },
    { name: 'a header and dash rows only', text: buildText(...preambleLines, header, ['--', '--', '--', '--', '--', '--']), line: 4, reason: /header row but no treatment/ },
    { name: 'a repeated header with other columns', text: buildText(...preambleLines, header, row, '', ['Intitulé', 'Finalités', 'RT']), line: 7, reason: /header differs from the header at line 4/ },
    { name: 'an unknown column', text: buildText(...preambleLines, ['Intitulé', 'Finalités', 'Durée'], ['a', 'b', 'c']), line: 4, reason: /unknown column header "Durée"/ },
    { name: 'no register title', text: buildText('Ministères sociaux, 75007 Paris', header, row), line: 2, reason: /no register title line/ },
  ])('$name', ({ text, line, reason }) => {
    const error = captureError(() => msTableLayout.parse(text, 'bad.txt'));
    expect(error).toBeInstanceOf(RegisterFormatError);
    const formatError = error as RegisterFormatError;
    expect(formatError.file).toBe('bad.txt');
    expect(formatError.line).toBe(line);
    expect(formatError.reason).toMatch(reason);
    expect(formatError.message).toContain(line === undefined ? 'bad.txt: ' : `bad.txt:${line}: `);
  });
});
