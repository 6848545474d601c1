// Reads the table region (first header to last tabbed line) into treatments, joining page-break continuations.
import type { ParseWarning, RawTreatment } from '../../model/raw-register.ts';
import { RegisterFormatError } from '../../errors/register-format-error.ts';
import { chooseSpillColumn } from './choose-spill-column.ts';
import { classifyLine } from './classify-line.ts';
import { finishTreatment } from './finish-treatment.ts';
import { judgeRowStart } from './judge-row-start.ts';
import { mapHeaderColumns } from './map-header-columns.ts';
import type { SourceLine } from './source-line.ts';
import { splitCells } from './split-cells.ts';
import type { TableColumn } from './table-column.ts';
import { appendFragment, type TreatmentDraft } from './treatment-draft.ts';

interface Header {
  readonly line: number;
  readonly columns: TableColumn[];
}

/**
 * Blank lines and dash rows (page-break artefacts) are skipped; repeated headers must match the first;
 * each data row either opens a treatment or appends its cells to the same columns of the open one;
 * untabbed lines are the overflow of one open cell (see chooseSpillColumn).
 */
export function assembleTreatments(
  lines: readonly SourceLine[],
  file: string,
): { treatments: RawTreatment[]; warnings: ParseWarning[] } {
  const warnings: ParseWarning[] = [];
  const drafts: TreatmentDraft[] = [];
  let header: Header | undefined;
  let current: TreatmentDraft | undefined;
  let previousCells: string[] = [];

  const readRow = (line: SourceLine): string[] => {
    if (header === undefined) throw new RegisterFormatError(file, line.number, 'data row before any header row');
    const cells = splitCells(line.text);
    if (cells.length !== header.columns.length) {
      throw new RegisterFormatError(
        file,
        line.number,
        `row has ${cells.length} cells where the header (line ${header.line}) has ${header.columns.length}`,
      );
    }
    return cells;
  };

  let index = 0;
  while (index < lines.length) {
    const line = lines[index] as SourceLine;
    const kind = classifyLine(line.text);
    if (kind === 'blank' || kind === 'dashes') {
      index += 1;
    } else if (kind === 'header') {
      header = checkHeader(header, line, file);
      index += 1;
    } else if (kind === 'row') {
      const cells = readRow(line);
      const columns = (header as Header).columns;
      const start = judgeRowStart(cells, columns);
      if (start.doubt !== undefined) warnings.push({ file, line: line.number, message: start.doubt });
      if (start.startsTreatment) {
        current = { ordinal: drafts.length + 1, firstLine: line.number, lastLine: line.number, cells: new Map() };
        drafts.push(current);
      } else if (current === undefined) {
        throw new RegisterFormatError(
          file,
          line.number,
          `a row that cannot be attached: continuation row (empty ${columns[0]?.label ?? 'title'} or anchor cell) before any treatment`,
        );
      }
      cells.forEach((cell, column) => appendFragment(current as TreatmentDraft, column, cell, line.number));
      previousCells = cells;
      index += 1;
    } else {
      if (current === undefined) {
        throw new RegisterFormatError(file, line.number, 'a row that cannot be attached: untabbed line before any treatment');
      }
      const end = findSpillEnd(lines, index);
      const next = findNextContinuation(lines, end, header as Header);
      const choice = chooseSpillColumn(previousCells, next);
      if (choice.doubt !== undefined) warnings.push({ file, line: line.number, message: choice.doubt });
      for (const spill of lines.slice(index, end)) appendFragment(current, choice.column, spill.text, spill.number);
      index = end;
    }
  }

  if (header === undefined) throw new RegisterFormatError(file, lines[0]?.number, 'no header row');
  if (drafts.length === 0) throw new RegisterFormatError(file, header.line, 'header row but no treatment in the table');
  const columns = header.columns;
  return { treatments: drafts.map((draft) => finishTreatment(draft, columns)), warnings };
}

/** Page headers repeat the first one; a different header would mean cells change meaning mid-table. */
function checkHeader(first: Header | undefined, line: SourceLine, file: string): Header {
  const columns = mapHeaderColumns(splitCells(line.text), file, line.number);
  if (first === undefined) return { line: line.number, columns };
  const same = columns.length === first.columns.length && columns.every((c, i) => c.key === first.columns[i]?.key);
  if (!same) throw new RegisterFormatError(file, line.number, `header differs from the header at line ${first.line}`);
  return first;
}

/** A spill block is its untabbed lines and the blank lines among them (the extraction doubles newlines). */
function findSpillEnd(lines: readonly SourceLine[], from: number): number {
  let end = from;
  let scan = from;
  while (scan < lines.length) {
    const kind = classifyLine((lines[scan] as SourceLine).text);
    if (kind === 'untabbed') end = scan + 1;
    else if (kind !== 'blank') break;
    scan += 1;
  }
  return end;
}

/** The cells of the next data row when it continues the open treatment (page furniture skipped). */
function findNextContinuation(lines: readonly SourceLine[], from: number, header: Header): string[] | undefined {
  for (const line of lines.slice(from)) {
    const kind = classifyLine(line.text);
    if (kind === 'blank' || kind === 'dashes' || kind === 'header') continue;
    if (kind !== 'row') return undefined;
    const cells = splitCells(line.text);
    if (cells.length !== header.columns.length) return undefined;
    return judgeRowStart(cells, header.columns).startsTreatment ? undefined : cells;
  }
  return undefined;
}
