// A spreadsheet as the layouts see it, whatever the file (XLSX, ODS, XLS, CSV): sheets of cells with their addresses.
import type { LineRange } from '../../model/source-field.ts';
import type { ParseWarning } from '../../model/raw-register.ts';

export type CellKind = 'text' | 'number' | 'date' | 'boolean' | 'error' | 'formula-without-value';

export interface WorkbookCell {
  /** What the spreadsheet shows ("26/05/2018", "75001", "#REF!"), trimmed, line ends as "\n". */
  readonly text: string;
  readonly kind: CellKind;
  /** A number formatted as a date: the calendar date it stands for, YYYY-MM-DD. */
  readonly isoDate?: string;
  /** A numeric cell's value: a date column may hold a date serial without a date format. */
  readonly number?: number;
  /** The formula whose computed value `text` is. */
  readonly formula?: string;
  /** Set on the top-left cell of a merged range: how many rows and columns the range spans. */
  readonly span?: { readonly rows: number; readonly columns: number };
}

export interface WorkbookSheet {
  readonly name: string;
  readonly hidden: boolean;
  /** rows[r][c], 0-based; a hole is an empty cell or row. Cells covered by a merge (not its top left) are holes. */
  readonly rows: ReadonlyArray<ReadonlyArray<WorkbookCell | undefined> | undefined>;
  /** A delimited text file: the text lines of each row (a quoted cell may span several). Else row r is line r + 1. */
  readonly lines?: ReadonlyArray<LineRange>;
  /** A text register cut at its tabs: cited by its lines, as the text layouts are, never by cell. */
  readonly textLines?: boolean;
}

export interface Workbook {
  /** File name only, as provenance names it. */
  readonly file: string;
  readonly format: 'xlsx' | 'xls' | 'ods' | 'csv';
  readonly sheets: readonly WorkbookSheet[];
  /** What reading the file met and the register should say (an encoding converted, a formula without a value…). */
  readonly warnings: readonly ParseWarning[];
}
