// Maps the cells of a header row onto field keys, keeping each header as printed for the label.
import type { FieldKey } from '../../model/source-field.ts';
import { RegisterFormatError } from '../../errors/register-format-error.ts';
import { normaliseHeaderText } from './normalise-header-text.ts';
import type { TableColumn } from './table-column.ts';

/** Header wordings seen across editions of the Ministères sociaux registers (compared normalised). */
const headerPatterns: ReadonlyArray<readonly [RegExp, FieldKey]> = [
  [/^intitulé$/, 'title'],
  [/^finalités?$/, 'purposes'],
  [/^(rt|responsables? de traitement\b.*)$/, 'controllers'],
  [/^((catégories?|catégorie\(s\)) de )?données traitées$/, 'dataCategories'],
  [/^(catégories?|catégorie\(s\)) de personnes concernées$/, 'dataSubjects'],
  [/^(catégories?|catégorie\(s\)) de destinataires$/, 'recipients'],
];

/** Throws on an unknown or repeated column: a silent 'other' would hide a new edition's layout change. */
export function mapHeaderColumns(cells: readonly string[], file: string, line: number): TableColumn[] {
  const seen = new Map<FieldKey, string>();
  return cells.map((cell): TableColumn => {
    const label = cell.trim();
    const normalised = normaliseHeaderText(cell);
    const key = headerPatterns.find(([pattern]) => pattern.test(normalised))?.[1];
    if (key === undefined) {
      throw new RegisterFormatError(file, line, `unknown column header "${label}"`);
    }
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      throw new RegisterFormatError(file, line, `columns "${earlier}" and "${label}" both map to field "${key}"`);
    }
    seen.set(key, label);
    return { key, label };
  });
}
