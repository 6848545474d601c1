// The sensitive-data column: which of a treatment's data categories fall under art. 9 or art. 10 GDPR, or are the NIR.
import { normaliseCitations } from './citation.ts';
import type { CellValue, ReportCell, SourceFieldView } from './cnil-report.ts';

export type SensitiveKind = 'art9' | 'art10' | 'nir' | 'other';

/** Written before each sensitive category, in this order. */
export const SENSITIVE_PREFIXES: Readonly<Record<SensitiveKind, string>> = {
  art9: 'Art. 9 RGPD (catégorie particulière)',
  art10: 'Art. 10 RGPD (infractions et condamnations)',
  nir: 'NIR',
  other: 'Autre donnée sensible',
};
const ORDER: readonly SensitiveKind[] = ['art9', 'art10', 'nir', 'other'];

/** Said when the data categories the graph recognised hold none of these. */
export const NO_SENSITIVE_DATA = 'Aucune parmi les catégories de données reconnues';
/** Said when the register lists data categories but none was recognised: nothing can be said either way. */
export const UNKNOWN_SENSITIVE_DATA = 'Indéterminé : aucune catégorie de données reconnue dans le texte du registre';

export interface SensitiveInputs {
  /** The data-categories cell of the treatment (its values carry the categories' IRIs). */
  readonly categories: ReportCell;
  /** Category IRI → the kinds SENSITIVE_KINDS_QUERY found for it. */
  readonly kinds: ReadonlyMap<string, ReadonlySet<string>>;
  /** The fields that name some of `values`: the sensitive categories' own lines. */
  readonly naming: (values: readonly CellValue[]) => readonly SourceFieldView[];
}

export function buildSensitiveCell(input: SensitiveInputs): ReportCell {
  const { categories } = input;
  if (categories.values.length === 0) return { values: [], verbatim: false, citations: [], notStated: true };
  if (categories.verbatim) return { values: [{ text: UNKNOWN_SENSITIVE_DATA }], verbatim: false, citations: categories.citations };
  const found: { kind: SensitiveKind; value: CellValue }[] = [];
  for (const value of categories.values) {
    if (!value.iri) continue;
    const kinds = input.kinds.get(value.iri);
    const own = ORDER.filter((k) => kinds?.has(k));
    // A category DPV calls sensitive for no article we know still counts: "other" says only that.
    const chosen: SensitiveKind[] = own.length > 0 ? own : value.sensitive ? ['other'] : [];
    for (const kind of chosen) found.push({ kind, value: { text: value.text, iri: value.iri, prefix: SENSITIVE_PREFIXES[kind] } });
  }
  if (found.length === 0) return { values: [{ text: NO_SENSITIVE_DATA }], verbatim: false, citations: categories.citations };
  found.sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) || a.value.text.localeCompare(b.value.text, 'fr'));
  const values = found.map((f) => f.value);
  const naming = input.naming(values);
  return { values, verbatim: false, citations: naming.length > 0 ? normaliseCitations(naming.map((f) => f.citation)) : categories.citations };
}
