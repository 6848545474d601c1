// The store's own serialisation, served directly, says what Comunica would have said, with the same count and cap.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataFactory } from 'n3';
import { DEFAULT_GRAPH_DIR } from '../../src/config/project-paths.ts';
import { createIriMinter } from '../../src/rdf/mint-iris.ts';
import { createQueryEngine } from '../../src/sparql/create-query-engine.ts';
import { createSparqlService, type SparqlService } from '../../src/sparql/sparql-service.ts';
import { createGraphStore, type GraphStore } from '../../src/store/graph-store.ts';
import { listGraphFiles } from '../../src/store/list-graph-files.ts';
import { normaliseResult } from '../../bench/lib/normalise-result.ts';
import { PREFIXES } from '../../src/vocab/namespaces.ts';

const BASE = 'http://localhost:3000/';
const PROLOGUE = `PREFIX dpv: <${PREFIXES.dpv}> PREFIX dct: <${PREFIXES.dct}> PREFIX ropa: <${PREFIXES.ropa}> PREFIX rdfs: <${PREFIXES.rdfs}>\n`;
const JSON_TYPE = 'application/sparql-results+json';
const NTRIPLES = 'application/n-triples';

/** name → query; each runs through both paths in every media type the direct path serves for its form. */
const QUERIES: Record<string, string> = {
  'verbatim cells (quotes, commas, line breaks)':
    'SELECT ?field ?text (CONCAT(?text, "\\n\\"a, b\\"\\t{x}\\r\\n<result>") AS ?awkward) WHERE { ?field ropa:verbatim ?text }',
  'group-by count': 'SELECT ?register (COUNT(?t) AS ?n) WHERE { ?t dct:isPartOf ?register } GROUP BY ?register ORDER BY ?register',
  'OPTIONAL with unbound values': 'SELECT ?t ?basis WHERE { ?t a dpv:PersonalDataProcess OPTIONAL { ?t dpv:hasLegalBasis ?basis } }',
  'no solution': 'SELECT ?t WHERE { ?t dct:title "no such title" }',
  'one empty solution': 'SELECT * WHERE { }',
  'ASK true': 'ASK { ?t a dpv:PersonalDataProcess }',
  'ASK false': 'ASK { ?t dct:title "no such title" }',
  CONSTRUCT: 'CONSTRUCT { ?t rdfs:label ?title } WHERE { ?t a dpv:PersonalDataProcess ; dct:title ?title }',
  DESCRIBE: 'DESCRIBE ?s WHERE { ?s ropa:ordinal 1 }',
};

const SOLUTION_TYPES = [JSON_TYPE, 'application/sparql-results+xml', 'text/csv', 'text/tab-separated-values'];

let store: GraphStore;
let direct: SparqlService;
let viaComunica: SparqlService;
let capped: SparqlService;

beforeAll(async () => {
  const files = await listGraphFiles(DEFAULT_GRAPH_DIR, createIriMinter(BASE));
  store = await createGraphStore({ files });
  const setup = createQueryEngine({ store, timeoutMs: 20_000 });
  const common = { setup, graphs: () => store.graphs(), timeoutMs: 20_000, serviceBaseIri: `${BASE}sparql` };
  direct = createSparqlService({ ...common, resultLimit: 100_000 });
  viaComunica = createSparqlService({ ...common, resultLimit: 100_000, directAnswers: false });
  capped = createSparqlService({ ...common, resultLimit: 5 });
}, 60_000);

afterAll(async () => {
  await store?.close();
});

function mediaTypesFor(query: string): string[] {
  if (/^\s*ASK/.test(query)) return [JSON_TYPE, 'application/sparql-results+xml'];
  if (/^\s*(CONSTRUCT|DESCRIBE)/.test(query)) return [NTRIPLES];
  return SOLUTION_TYPES;
}

describe('direct answers from the store', () => {
  for (const [name, body] of Object.entries(QUERIES)) {
    for (const mediaType of mediaTypesFor(body)) {
      it(`${name}, ${mediaType}: same count as Comunica's answer, and the same content`, async () => {
        const query = PROLOGUE + body;
        const ours = await direct.execute(direct.prepare(query), mediaType);
        const theirs = await viaComunica.execute(viaComunica.prepare(query), mediaType);
        expect(ours.contentType).toBe(mediaType);
        expect(ours.count).toBe(theirs.count);
        expect(ours.truncated).toBe(false);
        if (mediaType === JSON_TYPE || mediaType === NTRIPLES) {
          expect(normaliseResult(ours.body, mediaType, query).lines).toEqual(normaliseResult(theirs.body, mediaType, query).lines);
        }
      });
    }
  }

  it('counts the real verbatim cells, with quotes, line breaks, braces and tags in the values', async () => {
    const query = PROLOGUE + QUERIES['verbatim cells (quotes, commas, line breaks)'];
    const rows = await viaComunica.selectRows(query);
    expect(rows.length).toBeGreaterThan(500);
    expect(rows.some((row) => /"/.test(row.text!.value))).toBe(true);
    expect(rows.every((row) => row.awkward!.value.includes('\n"a, b"\t{x}\r\n<result>'))).toBe(true);
    for (const mediaType of SOLUTION_TYPES) {
      expect((await direct.execute(direct.prepare(query), mediaType)).count).toBe(rows.length);
    }
  });

  it('applies FROM and the protocol dataset the same way', async () => {
    const register = createIriMinter(BASE).register('000-49a1ce6041cf4ed6').value;
    const query = `${PROLOGUE}SELECT (COUNT(?t) AS ?n) FROM <${register}> WHERE { ?t a dpv:PersonalDataProcess }`;
    const ours = await direct.execute(direct.prepare(query), JSON_TYPE);
    expect(JSON.parse(ours.body).results.bindings[0].n.value).toBe('9');
    const protocol = `${PROLOGUE}SELECT (COUNT(?t) AS ?n) WHERE { ?t a dpv:PersonalDataProcess }`;
    const viaParameter = await direct.execute(direct.prepare(protocol, { defaultGraphUris: [register] }), JSON_TYPE);
    expect(JSON.parse(viaParameter.body).results.bindings[0].n.value).toBe('9');
  });

  it('leaves a result over the cap to the Comunica path, which cuts it and says so', async () => {
    const query = `${PROLOGUE}SELECT ?t WHERE { ?t a dpv:PersonalDataProcess }`;
    const result = await capped.execute(capped.prepare(query), JSON_TYPE);
    expect(result.truncated).toBe(true);
    expect(result.count).toBe(5);
    expect(JSON.parse(result.body).results.bindings).toHaveLength(5);
  });

  it('writes Comunica\'s Turtle with a space before a final dot after a number, which other stores misread', async () => {
    const result = await direct.execute(direct.prepare(`${PROLOGUE}CONSTRUCT { ?t ropa:ordinal ?n } WHERE { ?t ropa:ordinal ?n }`), 'text/turtle');
    expect(result.body).toMatch(/ns#ordinal> \d+ \.\n/);
    expect(result.body).not.toMatch(/\d\.\n/);
  });

  it('leaves initial bindings to Comunica', async () => {
    const query = `${PROLOGUE}SELECT ?title WHERE { ?t dct:title ?title }`;
    const treatment = DataFactory.namedNode(createIriMinter(BASE).register('000-49a1ce6041cf4ed6').value + '/treatment/03-dihomed');
    const result = await direct.execute(direct.prepare(query), JSON_TYPE, { bindings: { t: treatment } });
    expect(result.count).toBe(1);
    expect(JSON.parse(result.body).results.bindings[0].title.value).toBe('DIHOMED');
  });
});
