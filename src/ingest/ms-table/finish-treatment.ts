// Turns a treatment draft into a RawTreatment: one SourceField per filled column, in column order.
import type { RawTreatment } from '../../model/raw-register.ts';
import type { SourceField } from '../../model/source-field.ts';
import type { TableColumn } from './table-column.ts';
import type { TreatmentDraft } from './treatment-draft.ts';

/**
 * Fragments of one cell (from rows cut by page breaks, or untabbed spill lines) are joined with a
 * single space. A word cut by a page break ("Directi" / "on") therefore comes out as "Directi on":
 * the PDF text gives no way to tell a cut word from two words, so repair is left to a later stage.
 */
export function finishTreatment(draft: TreatmentDraft, columns: readonly TableColumn[]): RawTreatment {
  const fields = [...draft.cells.entries()]
    .sort(([a], [b]) => a - b)
    .map(([index, cell]): SourceField => {
      const column = columns[index];
      if (column === undefined) throw new Error(`internal: fragment for column ${index} outside the header`);
      return { key: column.key, label: column.label, text: cell.texts.join(' '), lines: { first: cell.first, last: cell.last } };
    });
  return { ordinal: draft.ordinal, lines: { first: draft.firstLine, last: draft.lastLine }, fields };
}
