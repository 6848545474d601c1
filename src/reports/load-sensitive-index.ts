// Which data categories are sensitive, and under which article: read once per engine, since every register asks.
import type { SparqlService } from '../sparql/sparql-service.ts';
import { SENSITIVE_CATEGORIES_QUERY, SENSITIVE_KINDS_QUERY } from './report-queries.ts';

export interface SensitiveIndex {
  /** Categories typed as, or falling under, DPV's sensitive personal data: marked "(donnée sensible)". */
  readonly sensitive: ReadonlySet<string>;
  /** Category → "art9", "art10" or "nir". */
  readonly kinds: ReadonlyMap<string, ReadonlySet<string>>;
}

// The graph an engine serves does not change: a failure is forgotten so that the next call retries.
const cache = new WeakMap<SparqlService, Promise<SensitiveIndex>>();

export function loadSensitiveIndex(sparql: SparqlService): Promise<SensitiveIndex> {
  let pending = cache.get(sparql);
  if (!pending) {
    pending = readSensitiveIndex(sparql);
    cache.set(sparql, pending);
    pending.catch(() => cache.delete(sparql));
  }
  return pending;
}

async function readSensitiveIndex(sparql: SparqlService): Promise<SensitiveIndex> {
  const sensitiveRows = await sparql.selectRows(SENSITIVE_CATEGORIES_QUERY);
  const kindRows = await sparql.selectRows(SENSITIVE_KINDS_QUERY);
  const kinds = new Map<string, Set<string>>();
  for (const row of kindRows) kinds.set(row.category!.value, (kinds.get(row.category!.value) ?? new Set()).add(row.kind!.value));
  return { sensitive: new Set(sensitiveRows.map((r) => r.category!.value)), kinds };
}
