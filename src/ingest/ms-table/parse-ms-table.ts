// Parses a whole Ministères sociaux table register: preamble, table, footer, with provenance and warnings.
import type { RawRegister } from '../../model/raw-register.ts';
import type { SourceField } from '../../model/source-field.ts';
import { RegisterFormatError } from '../../errors/register-format-error.ts';
import { assembleTreatments } from './assemble-treatments.ts';
import { classifyLine } from './classify-line.ts';
import { readOutsideLine } from './read-outside-line.ts';
import { readSourceLines } from './read-source-lines.ts';
import type { SourceLine } from './source-line.ts';

/**
 * The table runs from the first header row to the last line holding a tab; untabbed lines inside it
 * are cell overflow, those outside are the preamble (address, title, rights) and the footer (footnote,
 * security statement). `file` only names the file in errors and warnings.
 */
export function parseMsTable(text: string, file: string): RawRegister {
  if (text.trim() === '') throw new RegisterFormatError(file, undefined, 'empty file');
  const { lines, warnings } = readSourceLines(text, file);
  const kinds = lines.map((line) => classifyLine(line.text));
  const headerIndex = kinds.indexOf('header');
  if (headerIndex < 0) {
    const stray = kinds.indexOf('row');
    if (stray >= 0) throw new RegisterFormatError(file, stray + 1, 'tab-separated row before any header row');
    throw new RegisterFormatError(file, undefined, 'no header row (a tab-separated line starting "Intitulé", "Finalités")');
  }
  // The last tab-separated line, found by a loop: a 100 MB register has more lines than Math.max(...) takes arguments.
  let lastTabbed = headerIndex;
  lines.forEach((line, index) => {
    if (line.text.includes('\t')) lastTabbed = Math.max(lastTabbed, index);
  });
  const tableEnd = lastTabbed + 1;

  const preamble: SourceField[] = [];
  let title: string | undefined;
  const readOutside = (outside: readonly SourceLine[]): void => {
    for (const line of outside) {
      if (line.text.trim() === '') continue;
      if (line.text.includes('\t')) throw new RegisterFormatError(file, line.number, 'tab-separated row before any header row');
      const read = readOutsideLine(line);
      if (read.kind === 'field') preamble.push(read.field);
      else if (title === undefined) title = read.text;
      // A second "Registre …" line is kept as a note so that it is not lost.
      else preamble.push({ key: 'other', label: 'registre', text: read.text, lines: { first: read.line, last: read.line } });
    }
  };
  readOutside(lines.slice(0, headerIndex));
  if (title === undefined) {
    throw new RegisterFormatError(file, headerIndex + 1, 'no register title line ("Registre de …") before the header row');
  }
  const table = assembleTreatments(lines.slice(headerIndex, tableEnd), file);
  readOutside(lines.slice(tableEnd));

  return {
    file,
    layout: 'ms-table',
    title,
    preamble,
    treatments: table.treatments,
    warnings: [...warnings, ...table.warnings].sort((a, b) => a.line - b.line),
  };
}
