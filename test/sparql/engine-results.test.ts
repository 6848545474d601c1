// Comunica over the local store answers like Oxigraph itself and like plain Comunica over an N3 store.
import { readFile } from 'node:fs/promises';
import { QueryEngine } from '@comunica/query-sparql';
import type * as RDF from '@rdfjs/types';
import { DataFactory, Parser, Store } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createQueryEngine, type QueryEngineSetup } from '../../src/sparql/create-query-engine.ts';
import { createGraphStore, type GraphStore } from '../../src/store/graph-store.ts';
import { PREFIXES } from '../../src/vocab/namespaces.ts';
import { EX, writeFixtureGraph, type FixtureGraph } from '../store/write-fixture-graph.ts';

const PROLOGUE = `PREFIX ex: <${EX}> PREFIX dpv: <${PREFIXES.dpv}> PREFIX pd: <${PREFIXES.pd}> PREFIX dct: <${PREFIXES.dct}>
PREFIX skos: <${PREFIXES.skos}> PREFIX ropa: <${PREFIXES.ropa}> PREFIX xsd: <${PREFIXES.xsd}>
`;
const XSD_STRING = `${PREFIXES.xsd}string`;

/** name → [query, whether its ORDER BY fixes the row order]. */
const QUERIES: Record<string, [string, boolean]> = {
  'group-by count': [
    'SELECT ?c (COUNT(?t) AS ?n) WHERE { ?t dpv:hasDataController ?c } GROUP BY ?c ORDER BY ?c',
    true,
  ],
  'count per named graph, HAVING': [
    'SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g HAVING (COUNT(*) > 12)',
    false,
  ],
  OPTIONAL: ['SELECT ?t ?r ?title WHERE { ?t a dpv:PersonalDataProcess OPTIONAL { ?t dpv:hasRecipient ?r } OPTIONAL { ?t dct:title ?title } }', false],
  'FILTER NOT EXISTS': ['SELECT ?t WHERE { ?t a dpv:PersonalDataProcess FILTER NOT EXISTS { ?t dpv:hasPurpose ?p } }', false],
  CONTAINS: [
    'SELECT ?t ?title WHERE { ?t dct:title ?title FILTER(CONTAINS(LCASE(STR(?title)), "vidéo")) }',
    false,
  ],
  'property path': ['SELECT ?d ?top WHERE { ?d skos:broader+ ?top FILTER NOT EXISTS { ?top skos:broader ?up } }', false],
  'typed literals, BIND, UNION': [
    `SELECT ?t ?label ?n WHERE {
      { ?t dct:modified ?m FILTER(?m >= "2024-01-01"^^xsd:date) BIND("recent" AS ?label) }
      UNION { ?t ropa:registerNumber ?n FILTER(?n = 2) BIND(STRLEN(STR(?t)) AS ?label) } }`,
    false,
  ],
  'DISTINCT, ORDER BY, LIMIT': ['SELECT DISTINCT ?d WHERE { ?t dpv:hasPersonalData ?d } ORDER BY DESC(?d) LIMIT 3', true],
  ASK: ['ASK { ?t dpv:hasPersonalData pd:Picture ; dpv:hasRecipient ?r }', false],
  'ASK false': ['ASK { ?t dpv:hasPersonalData pd:Salary ; dpv:hasRecipient ex:police }', false],
  CONSTRUCT: ['CONSTRUCT { ?t ex:uses ?d . ?d skos:prefLabel ?l } WHERE { ?t dpv:hasPersonalData ?d OPTIONAL { ?d skos:prefLabel ?l } }', false],
  DESCRIBE: ['DESCRIBE ex:t1', false],
};

let fixture: FixtureGraph;
let store: GraphStore;
let local: QueryEngineSetup;
const plain = new QueryEngine();
const n3Store = new Store();

beforeAll(async () => {
  fixture = await writeFixtureGraph();
  store = await createGraphStore({ files: fixture.files });
  local = createQueryEngine({ store, timeoutMs: 10_000 });
  for (const file of fixture.files) {
    const quads = new Parser().parse(await readFile(file.path, 'utf8'));
    for (const q of quads) n3Store.addQuad(q.subject, q.predicate, q.object, DataFactory.namedNode(file.graph));
  }
});

afterAll(async () => {
  await store?.close();
  await fixture?.remove();
});

type Answer = boolean | string[];

function formatTerm(term: RDF.Term): string {
  if (term.termType === 'Literal') return term.language ? `"${term.value}"@${term.language}` : `"${term.value}"^^${term.datatype.value}`;
  return term.termType === 'NamedNode' ? `<${term.value}>` : `${term.termType}:${term.value}`;
}

async function askComunica(engine: QueryEngine, query: string, context: Parameters<QueryEngine['query']>[1]): Promise<Answer> {
  const result = await engine.query(query, context);
  if (result.resultType === 'boolean') return result.execute();
  if (result.resultType === 'quads') {
    const quads = await (await result.execute()).toArray();
    return collectTriples(quads);
  }
  if (result.resultType !== 'bindings') throw new Error('unexpected result type');
  const rows = await (await result.execute()).toArray();
  return rows.map((row) =>
    JSON.stringify(Object.fromEntries([...row].map(([v, term]) => [v.value, formatTerm(term)]).sort(([a], [b]) => (a! < b! ? -1 : 1)))),
  );
}

async function askOxigraph(query: string): Promise<Answer> {
  const graphQuery = /^\s*(CONSTRUCT|DESCRIBE)/.test(query.slice(PROLOGUE.length));
  const result = await store.query(query, {
    format: graphQuery ? 'application/n-triples' : 'application/sparql-results+json',
    timeoutMs: 10_000,
  });
  if (graphQuery) {
    return collectTriples(new Parser({ format: 'N-Triples' }).parse(result.body));
  }
  type JsonTerm = { type: string; value: string; 'xml:lang'?: string; datatype?: string };
  const json = JSON.parse(result.body) as { boolean?: boolean; results?: { bindings: Record<string, JsonTerm>[] } };
  if (json.boolean !== undefined) return json.boolean;
  return json.results!.bindings.map((row) =>
    JSON.stringify(
      Object.fromEntries(
        Object.entries(row)
          .map(([v, t]) => [v, formatJsonTerm(t)])
          .sort(([a], [b]) => (a! < b! ? -1 : 1)),
      ),
    ),
  );

  function formatJsonTerm(t: JsonTerm): string {
    if (t.type === 'uri') return `<${t.value}>`;
    if (t.type === 'bnode') return `BlankNode:${t.value}`;
    if (t['xml:lang']) return `"${t.value}"@${t['xml:lang']}`;
    return `"${t.value}"^^${t.datatype ?? XSD_STRING}`;
  }
}

/** A graph result is a set: Oxigraph drops the duplicates a CONSTRUCT template makes, Comunica over N3 keeps them. */
function collectTriples(quads: RDF.Quad[]): string[] {
  return [...new Set(quads.map((q) => `${formatTerm(q.subject)} ${formatTerm(q.predicate)} ${formatTerm(q.object)}`))];
}

function normalise(answer: Answer, ordered: boolean): Answer {
  return typeof answer === 'boolean' || ordered ? answer : [...answer].sort();
}

describe('Comunica over the local store', () => {
  it.each(Object.entries(QUERIES))('%s: same answer as Oxigraph directly and as Comunica over N3', async (_name, [body, ordered]) => {
    const query = PROLOGUE + body;
    const viaLocal = normalise(await askComunica(local.engine, query, local.context), ordered);
    const direct = normalise(await askOxigraph(query), ordered);
    const viaN3 = normalise(await askComunica(plain, query, { sources: [n3Store], unionDefaultGraph: true }), ordered);
    expect(viaLocal).toEqual(direct);
    expect(viaLocal).toEqual(viaN3);
    // An empty answer would make the comparison vacuous.
    if (Array.isArray(viaLocal)) expect(viaLocal.length).toBeGreaterThan(0);
  });

  it('keeps language tags apart from plain strings', async () => {
    const answer = await askComunica(local.engine, `${PROLOGUE}SELECT ?title WHERE { ex:t3 dct:title ?title }`, local.context);
    expect(answer).toEqual([JSON.stringify({ title: '"Paie"@fr' })]);
  });
});
