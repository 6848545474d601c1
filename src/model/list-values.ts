// Values registers pick from lists (the CNIL model's drop-downs, tools' codes) and what each means (ontology/tables/list-values.json).
import { z } from 'zod';
import { foldText } from '../text/fold.ts';
import { readOntologyTable } from './read-ontology-table.ts';

const curie = z.string().regex(/^[a-z][a-z-]*:[A-Za-z0-9_.-]+$/);
const values = z.array(z.string().min(1)).min(1);

const listValuesSchema = z.object({
  source: z.string(),
  personalData: z.array(z.object({ values, categories: z.array(z.string()).min(1) })),
  dataSubjects: z.array(z.object({ values, categories: z.array(z.string()).min(1) })),
  recipientTypes: z.array(z.object({ values, types: z.array(curie), processor: z.boolean().optional() })),
  securityMeasures: z.array(z.object({ values, measure: curie })),
  transferSafeguards: z.array(z.object({ values, safeguard: curie.optional(), legalBasis: curie.optional(), warning: z.string().optional() })),
  legalBases: z.array(z.object({ values, basis: z.string().regex(/^A\d+-\d+-[a-z]$/) })),
});
export type ListValues = z.infer<typeof listValuesSchema>;
type Table = Exclude<keyof ListValues, 'source'>;
type Entry<K extends Table> = ListValues[K][number];

export interface ListValueReader {
  readonly tables: ListValues;
  /** The entries of `table` whose value is the whole text or one whole line of it, else a long value written inside it. */
  find<K extends Table>(table: K, text: string): Entry<K>[];
}

/** The tables whose values are also read inside a longer text ("Clauses contractuelles types (CCT) signées le …"):
 * a safeguard, a measure or a type of recipient is one item of its cell; data categories, people and legal bases are
 * lists, read by whole lines only (and by the catalogues' recognition around them). */
const CONTAINED: ReadonlySet<Table> = new Set(['transferSafeguards', 'securityMeasures', 'recipientTypes']);

/** Values match without case, accents, spacing or a final "…"; a long value (12+ characters) also inside a longer text. */
export function createListValueReader(tables: ListValues = loadListValues()): ListValueReader {
  const fold = (text: string) => foldText(text).replace(/…$/, '').trim();
  const indexes = new Map<Table, { exact: Map<string, unknown[]>; long: { value: string; entry: unknown }[] }>();
  for (const key of Object.keys(tables) as (keyof ListValues)[]) {
    if (key === 'source') continue;
    const exact = new Map<string, unknown[]>();
    const long: { value: string; entry: unknown }[] = [];
    for (const entry of tables[key] as { values: string[] }[]) {
      for (const value of entry.values) {
        const folded = fold(value);
        exact.set(folded, [...(exact.get(folded) ?? []), entry]);
        if (folded.length >= 12 && CONTAINED.has(key)) long.push({ value: folded, entry });
      }
    }
    indexes.set(key, { exact, long });
  }
  return {
    tables,
    find(table, text) {
      const index = indexes.get(table)!;
      const found = new Set<unknown>();
      const lines = text.includes('\n') ? [text, ...text.split('\n')] : [text];
      for (const line of lines) for (const entry of index.exact.get(fold(line)) ?? []) found.add(entry);
      if (found.size === 0 && index.long.length > 0) {
        const whole = fold(text);
        for (const { value, entry } of index.long) if (whole.includes(value)) found.add(entry);
      }
      return [...found] as never;
    },
  };
}

export function loadListValues(): ListValues {
  return readOntologyTable('list-values.json', listValuesSchema);
}
