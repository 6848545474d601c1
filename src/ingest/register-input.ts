// What a register file is read into before its layout is detected: a text document or a workbook of cells.
import type { Workbook } from './workbook/workbook.ts';

/**
 * The file's extension chooses the reader (pdf.js, SheetJS, the CSV parser, plain UTF-8); the layout is then
 * detected from this content alone, never from the file name.
 */
export type RegisterInput =
  | { readonly kind: 'text'; readonly file: string; readonly text: string }
  | { readonly kind: 'workbook'; readonly file: string; readonly workbook: Workbook };
