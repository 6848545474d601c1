// Our own export read back: one value a line, each line the exact name of an entry (else read as free text, edited).
import type { SourceField, FieldKey } from './source-field.ts';
import type { CatalogueKind } from './catalogue.ts';
import type { NameIndex } from './create-name-index.ts';
import { POLICY_PREFIX } from './export-conventions.ts';

type Recognise = (text: string) => string[];

export interface OwnExportLists {
  readonly purposes: string[];
  readonly controllers: string[];
  readonly processors: string[];
  readonly recipients: string[];
  readonly systems: string[];
  readonly dataCategories: string[];
  readonly dataSubjects: string[];
  /** Each line a retention statement, read again as the text layouts read theirs. */
  readonly retentionTexts: string[];
  /** The policies listed among the measures ("Politique : PSSI-MCAS"). */
  readonly policies: string[];
}

/** A line our writer put there names one entry exactly; a line a DPO typed or changed is recognised as free text. */
export function readOwnExportLists(fields: readonly SourceField[], names: NameIndex, recognise: Readonly<Record<'organisation' | 'system' | 'data-category' | 'data-subject' | 'policy', Recognise>>): OwnExportLists {
  const lines = (key: FieldKey) =>
    fields
      .filter((f) => f.key === key)
      .flatMap((f) => (f.reading ?? f.text).split('\n'))
      .map((line) => line.trim())
      .filter((line) => line !== '');
  const ids = (key: FieldKey, kind: keyof typeof recognise & CatalogueKind) => [...new Set(lines(key).flatMap((line) => names.find(kind, line) ?? recognise[kind](line)))];
  return {
    purposes: lines('purposes'),
    controllers: ids('controllers', 'organisation'),
    processors: ids('processors', 'organisation'),
    recipients: ids('recipients', 'organisation'),
    systems: ids('systems', 'system'),
    dataCategories: ids('dataCategories', 'data-category'),
    dataSubjects: ids('dataSubjects', 'data-subject'),
    retentionTexts: lines('retention'),
    policies: fields
      .filter((f) => f.key === 'securityMeasures')
      .flatMap((f) => f.text.split('\n'))
      .flatMap((line) => (line.startsWith(`${POLICY_PREFIX} : `) ? [line.slice(POLICY_PREFIX.length + 3).trim()] : []))
      .flatMap((name) => names.find('policy', name) ?? recognise.policy(name)),
  };
}
