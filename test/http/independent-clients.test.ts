// Another Comunica and a raw fetch client, querying the endpoint over HTTP, get the in-process answers.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { QueryEngine } from '@comunica/query-sparql';
import type * as RDF from '@rdfjs/types';
import { startTestServer, type TestServer } from '../support/start-test-server.ts';

const QUERIES: Record<string, string> = {
  'treatments per register': `PREFIX dct: <http://purl.org/dc/terms/>
    SELECT ?register (COUNT(?t) AS ?n) WHERE { ?register a <https://w3id.org/dpv#ROPA> ; dct:hasPart ?t } GROUP BY ?register`,
  'systems shared by several registers': `PREFIX dpv: <https://w3id.org/dpv#> PREFIX dct: <http://purl.org/dc/terms/>
    SELECT ?system (COUNT(DISTINCT ?register) AS ?registers) WHERE {
      ?t dpv:isImplementedUsingTechnology ?system ; dct:isPartOf ?register } GROUP BY ?system HAVING (COUNT(DISTINCT ?register) > 1)`,
  'treatments without a legal basis, with OPTIONAL and FILTER NOT EXISTS': `PREFIX dpv: <https://w3id.org/dpv#> PREFIX dct: <http://purl.org/dc/terms/>
    SELECT ?t ?title ?modified WHERE { ?t a dpv:PersonalDataProcess ; dct:title ?title OPTIONAL { ?t dct:modified ?modified }
      FILTER NOT EXISTS { ?t dpv:hasLegalBasis ?b } }`,
  'accent-insensitive search': `PREFIX dct: <http://purl.org/dc/terms/>
    SELECT ?t WHERE { ?t dct:title ?title FILTER(CONTAINS(LCASE(STR(?title)), "messagerie")) }`,
  'property path to the register title': `PREFIX dct: <http://purl.org/dc/terms/> PREFIX dpv: <https://w3id.org/dpv#>
    SELECT ?t ?registerTitle WHERE { ?t a dpv:PersonalDataProcess ; dct:isPartOf/dct:title ?registerTitle }`,
};

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** Rows as sorted strings, so that order and blank-node labels do not matter. */
function normalise(rows: Record<string, RDF.Term | { type: string; value: string; datatype?: string; 'xml:lang'?: string }>[]): string[] {
  return rows
    .map((row) =>
      Object.keys(row)
        .sort()
        .map((k) => {
          const t = row[k]!;
          const value = 'termType' in t ? t.value : t.value;
          return `${k}=${value}`;
        })
        .join(' '),
    )
    .sort();
}

describe.each(Object.entries(QUERIES))('%s', (_name, query) => {
  it('gives the same rows in process, through a remote Comunica and through raw fetch', async () => {
    const local = normalise(await server.deps.sparql.selectRows(query));
    expect(local.length).toBeGreaterThan(0);

    const remote = new QueryEngine();
    const stream = await remote.queryBindings(query, { sources: [{ type: 'sparql', value: `${server.url}sparql` }] });
    const remoteRows = (await stream.toArray()).map((b) => Object.fromEntries([...b].map(([v, t]) => [v.value, t])));
    expect(normalise(remoteRows)).toEqual(local);

    const res = await fetch(`${server.url}sparql`, {
      method: 'POST',
      headers: { 'content-type': 'application/sparql-query', accept: 'application/sparql-results+json' },
      body: query,
    });
    const json = (await res.json()) as { results: { bindings: Record<string, { type: string; value: string }>[] } };
    expect(normalise(json.results.bindings)).toEqual(local);
  });
});
