// A text register cut at its tabs (a table saved as text, or a PDF's table extracted with its tabs) as a sheet of cells.
import type { Workbook, WorkbookCell } from '../workbook/workbook.ts';

/** Row r is line r + 1; the cells are cited by their lines, as the other text layouts cite theirs. */
export function readTextTable(text: string, file: string): Workbook {
  const rows = text.split('\n').map((line): (WorkbookCell | undefined)[] | undefined => {
    const cells = line.replace(/\r$/, '').split('\t').map((value) => {
      const trimmed = value.trim();
      return trimmed === '' ? undefined : ({ text: trimmed, kind: 'text' } as const);
    });
    return cells.some(Boolean) ? cells : undefined;
  });
  return { file, format: 'csv', sheets: [{ name: file, hidden: false, rows, textLines: true }], warnings: [] };
}
