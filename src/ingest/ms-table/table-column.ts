// One column of the table: the field it feeds and its header as printed.
import type { FieldKey } from '../../model/source-field.ts';

export interface TableColumn {
  readonly key: FieldKey;
  /** Header cell as printed (trimmed), e.g. "Catégories de destinataires*". */
  readonly label: string;
}
