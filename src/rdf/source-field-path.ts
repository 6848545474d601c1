// The path of a source field's node under its treatment: {treatment}/field/{key}, and a spreadsheet's cell after it.
import { makeSlug } from '../model/make-slug.ts';
import type { CellLocation, SourceField } from '../model/source-field.ts';

/** A spreadsheet gives a key one field per cell: the cell tells them apart ("field/retention/4-exemple-de-fiche-E23"). */
export function sourceFieldPath(field: Pick<SourceField, 'key' | 'location'>): string[] {
  return field.location ? ['field', field.key, cellSegment(field.location)] : ['field', field.key];
}

/** "4-exemple-de-fiche-B21": the sheet and the top-left cell, unique within a workbook. */
function cellSegment(location: CellLocation): string {
  return `${makeSlug(location.sheet, 40) || 'feuille'}-${location.cell.split(':')[0]}`;
}
