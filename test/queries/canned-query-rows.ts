// Helpers for the canned-query tests: run a query of queries/ on the test server, name its rows by register and title.
import type * as RDF from '@rdfjs/types';
import type { TestServer } from '../support/start-test-server.ts';
import type { CannedQuery } from '../../src/sparql/load-canned-queries.ts';
import { bindQueryParameters } from '../../src/sparql/bind-query-parameters.ts';

export type Row = Record<string, RDF.Term>;

export function findQuery(server: TestServer, name: string): CannedQuery {
  const query = server.deps.queries.find((q) => q.name === name);
  if (!query) throw new Error(`queries/${name}.rq is missing`);
  return query;
}

/** Runs a query with parameters typed as declared (strings, as on the command line); unbound when none are given. */
export function run(server: TestServer, name: string, params: Record<string, string> = {}): Promise<Row[]> {
  const query = findQuery(server, name);
  const entries = Object.entries(params);
  const bindings = entries.length > 0 ? bindQueryParameters(query, entries, { applyDefaults: false }) : undefined;
  return server.deps.sparql.selectRows(query.text, bindings ? { bindings } : {});
}

/**
 * A short, base-independent name for a register: "000" … "004" for the French registers (file 000_….txt),
 * "edps-57" for the EDPS record 57, from the IRI of the register or of anything below it.
 */
export function registerKey(iri: RDF.Term | undefined): string {
  const slug = /\/register\/([^/]+)/.exec(iri?.value ?? '')?.[1] ?? '';
  const french = /^(\d{3})-/.exec(slug);
  if (french) return french[1]!;
  const edps = /^eu-edps-record-([0-9a-z]+)-/.exec(slug);
  return edps ? `edps-${edps[1]}` : slug;
}

/** "000 Gestion budgétaire": the register key and the title of a row's treatment. */
export function treatmentKey(row: Row, treatment = 'treatment', title = 'title'): string {
  return `${registerKey(row[treatment])} ${row[title]?.value ?? ''}`;
}

export function keys(rows: readonly Row[], treatment = 'treatment', title = 'title'): string[] {
  return rows.map((r) => treatmentKey(r, treatment, title)).sort();
}

export function value(row: Row | undefined, variable: string): string | undefined {
  return row?.[variable]?.value;
}

export function numberOf(row: Row | undefined, variable: string): number {
  return Number(row?.[variable]?.value);
}

/** The last segment of an IRI of ours ("organisation/microsoft") or a DPV term ("dpv:Child"), whatever the base. */
export function entityKey(term: RDF.Term | undefined): string {
  const iri = term?.value ?? '';
  const ours = /\/((?:organisation|system|data-category|data-subject|policy|country|legal-basis)\/[^/]+)$/.exec(iri);
  if (ours) return ours[1]!;
  for (const [prefix, ns] of [['dpv', 'https://w3id.org/dpv#'], ['pd', 'https://w3id.org/dpv/pd#'], ['eu-gdpr', 'https://w3id.org/dpv/legal/eu/gdpr#'], ['ropa', 'https://w3id.org/ropa-graph/ns#']] as const) {
    if (iri.startsWith(ns)) return `${prefix}:${iri.slice(ns.length)}`;
  }
  return iri;
}
