// What the query page's script needs (endpoint, prefixes, starting query, the canned queries), sent as JSON.
import type { CannedQuery } from '../../sparql/load-canned-queries.ts';
import { PREFIXES, type Prefix } from '../../vocab/namespaces.ts';

export interface QueryPageConfig {
  /** Path of the SPARQL endpoint on this server; the page resolves it against its own origin. */
  endpoint: string;
  /** Where the page asks for the labels of the IRIs of a result (POST { iris }). */
  labelsUrl: string;
  /** Prefixes YASR uses to shorten IRIs in result tables. */
  prefixes: Record<string, string>;
  /** The query of the first tab on a first visit. */
  defaultQuery: string;
  queries: Pick<CannedQuery, 'name' | 'title' | 'questionFr' | 'questionEn' | 'params' | 'text'>[];
}

const STARTER_PREFIXES: readonly Prefix[] = ['dpv', 'pd', 'dct', 'rdfs', 'skos', 'ropa'];

export function buildQueryPageConfig(queries: readonly CannedQuery[], labelsUrl: string): QueryPageConfig {
  const prologue = STARTER_PREFIXES.map((p) => `PREFIX ${p}: <${PREFIXES[p]}>`).join('\n');
  return {
    endpoint: '/sparql',
    labelsUrl,
    prefixes: { ...PREFIXES },
    defaultQuery: `${prologue}\n\n# Les traitements et leur registre\nSELECT ?traitement ?titre ?registre\nWHERE {\n  ?traitement a dpv:PersonalDataProcess ;\n    dct:title ?titre ;\n    dct:isPartOf/dct:title ?registre .\n}\nORDER BY ?registre ?titre\nLIMIT 100\n`,
    queries: queries.map(({ name, title, questionFr, questionEn, params, text }) => ({ name, title, questionFr, questionEn, params, text })),
  };
}
