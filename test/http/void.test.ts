// The VoID description at /.well-known/void on a real server (with the DCAT-AP catalogue it describes): counts equal the store's, links resolve.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as RDF from '@rdfjs/types';
import { DataFactory, Parser, Store } from 'n3';
import jsonld from 'jsonld';
import * as $rdf from 'rdflib';
import { startTestServer, type TestServer } from '../support/start-test-server.ts';
import { PREFIXES } from '../../src/vocab/namespaces.ts';

const { namedNode } = DataFactory;
const V = PREFIXES.void;
const { dcat, dct, rdf } = PREFIXES;
const COUNT_GRAPH = 'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }';

let server: TestServer;
let description: Store;
let dataset: RDF.Term;

beforeAll(async () => {
  server = await startTestServer();
  const response = await fetch(`${server.url}.well-known/void`, { headers: { Accept: 'text/turtle' } });
  expect(response.status).toBe(200);
  description = new Store(new Parser({ format: 'Turtle' }).parse(await response.text()));
  // The datasets are the catalogue's nodes: VoID and DCAT-AP describe the same ones.
  dataset = namedNode(`${server.url}catalog#dataset`);
});

afterAll(async () => {
  await server?.close();
});

function objects(subject: RDF.Term, predicate: string): RDF.Term[] {
  return description.getObjects(subject as RDF.Quad_Subject, namedNode(predicate), null);
}

function one(subject: RDF.Term, predicate: string): RDF.Term {
  const found = objects(subject, predicate);
  expect(found, `${subject.value} ${predicate}`).toHaveLength(1);
  return found[0]!;
}

/** A register's graph is named by the register's IRI; other graphs (catalogues, editions…) are not registers. */
async function listRegisterGraphs(): Promise<string[]> {
  const rows = await server.deps.sparql.selectRows(`PREFIX ropa: <${PREFIXES.ropa}> SELECT DISTINCT ?g WHERE { GRAPH ?g { ?g a ropa:Register } }`);
  return rows.map((row) => row.g!.value);
}

async function countGraph(graph: string): Promise<number> {
  const rows = await server.deps.sparql.selectRows(COUNT_GRAPH, { bindings: { g: namedNode(graph) } });
  return Number(rows[0]!.n!.value);
}

describe('/.well-known/void', () => {
  it('describes the dataset as a void:Dataset and a dcat:Dataset, titled in French', () => {
    const types = objects(dataset, `${rdf}type`).map((t) => t.value);
    expect(types).toEqual(expect.arrayContaining([`${V}Dataset`, `${dcat}Dataset`]));
    const titles = objects(dataset, `${dct}title`) as RDF.Literal[];
    expect(titles.some((t) => t.language === 'fr' && /registres des activités de traitement/i.test(t.value))).toBe(true);
    expect((objects(dataset, `${dct}description`) as RDF.Literal[]).some((t) => t.language === 'fr')).toBe(true);
  });

  it('counts the triples of the whole dataset as the store does', async () => {
    // The store's own merge of every graph, written by Oxigraph without SPARQL.
    const merged = new Parser({ format: 'N-Triples' }).parse(await server.deps.store.dump('application/n-triples'));
    expect(Number(one(dataset, `${V}triples`).value)).toBe(merged.length);
    expect(merged.length).toBeLessThanOrEqual(server.deps.store.size());
  });

  it('has one subset per register graph, with its title and its triple count', async () => {
    const prefix = `${server.url}register/`;
    const registerGraphs = await listRegisterGraphs();
    expect(registerGraphs.length).toBeGreaterThan(4);
    const subsets = objects(dataset, `${V}subset`);
    let sum = 0;
    for (const graph of registerGraphs) {
      const subset = subsets.find((s) => objects(s, `${V}rootResource`).some((r) => r.value === graph));
      expect(subset, graph).toBeDefined();
      expect(Number(one(subset!, `${V}triples`).value)).toBe(await countGraph(graph));
      // Titled in the register's own language: French, or English for the EDPS records.
      expect((one(subset!, `${dct}title`) as RDF.Literal).language).toBe(graph.includes('/eu-edps-') ? 'en' : 'fr');
      expect(objects(subset!, `${V}dataDump`).map((d) => d.value)).toContain(`${server.url}export/register/${graph.slice(prefix.length)}.ttl`);
      expect(one(subset!, `${PREFIXES.prov}wasDerivedFrom`).value).toBe(`${graph}/source`);
    }
    for (const subset of subsets) sum += Number(one(subset, `${V}triples`).value);
    // Registers, catalogues and ontology: the subsets cover every named graph.
    expect(subsets).toHaveLength(server.deps.store.graphs().length);
    expect(sum).toBe(server.deps.store.size());
  });

  it('names the endpoint, the URI space, the vocabularies, example resources, licence and sources', async () => {
    expect(one(dataset, `${V}sparqlEndpoint`).value).toBe(`${server.url}sparql`);
    expect(one(dataset, `${V}uriSpace`).value).toBe(server.url);
    expect(objects(dataset, `${V}vocabulary`).map((v) => v.value)).toEqual(expect.arrayContaining([PREFIXES.dpv, PREFIXES.pd, PREFIXES.ropa]));
    expect(one(dataset, `${dct}license`).termType).toBe('NamedNode');
    // The source documents, as provenance: dct:source would say they are datasets (DCAT-AP's range).
    expect(objects(dataset, `${PREFIXES.prov}wasDerivedFrom`)).toHaveLength((await listRegisterGraphs()).length);
    const examples = objects(dataset, `${V}exampleResource`);
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) {
      expect(example.value.startsWith(server.url)).toBe(true);
      expect((await fetch(example.value, { headers: { Accept: 'text/turtle' } })).status).toBe(200);
    }
  });

  it('lists every dump as void:dataDump and as a dcat:Distribution with its download URL and media type', async () => {
    const index = (await (await fetch(`${server.url}export`, { headers: { Accept: 'application/json' } })).json()) as {
      dumps: { name: string; downloads: { url: string; mediaType: string }[] }[];
    };
    const whole = index.dumps.find((d) => d.name === 'all')!;
    expect(objects(dataset, `${V}dataDump`).map((d) => d.value).sort()).toEqual(whole.downloads.map((d) => d.url).sort());
    // Six downloads, and the SPARQL endpoint as an access.
    const distributions = objects(dataset, `${dcat}distribution`).filter((d) => objects(d, `${dcat}downloadURL`).length > 0);
    expect(distributions).toHaveLength(6);
    for (const distribution of distributions) {
      expect(one(distribution, `${rdf}type`).value).toBe(`${dcat}Distribution`);
      const url = one(distribution, `${dcat}downloadURL`).value;
      const download = whole.downloads.find((d) => d.url === url)!;
      expect(one(distribution, `${dcat}mediaType`).value).toBe(`https://www.iana.org/assignments/media-types/${download.mediaType}`);
    }
    const response = await fetch(whole.downloads[0]!.url, { method: 'HEAD' });
    expect(response.status).toBe(200);
  });

  it('describes the SPARQL endpoint as a dcat:DataService serving the dataset', () => {
    const services = description.getSubjects(namedNode(`${rdf}type`), namedNode(`${dcat}DataService`), null);
    expect(services).toHaveLength(1);
    expect(one(services[0]!, `${dcat}endpointURL`).value).toBe(`${server.url}sparql`);
    expect(objects(services[0]!, `${dcat}servesDataset`).some((d) => d.equals(dataset))).toBe(true);
  });

  it.each(['application/ld+json', 'application/n-triples', 'application/rdf+xml'])('is also given as %s, with the same triples', async (mediaType) => {
    const response = await fetch(`${server.url}.well-known/void`, { headers: { Accept: mediaType } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(`${mediaType}; charset=utf-8`);
    expect(response.headers.get('vary')).toMatch(/Accept/);
    const body = await response.text();
    let size: number;
    if (mediaType === 'application/rdf+xml') {
      const graph = $rdf.graph();
      $rdf.parse(body, graph, server.url, mediaType);
      size = graph.statements.length;
    } else if (mediaType === 'application/ld+json') {
      const nquads = (await jsonld.toRDF(JSON.parse(body), { format: 'application/n-quads' })) as unknown as string;
      size = new Parser({ format: 'N-Quads' }).parse(nquads).length;
    } else {
      size = new Parser({ format: 'N-Triples' }).parse(body).length;
    }
    expect(size).toBe(description.size);
  });

  it('answers 406 when no RDF format is acceptable', async () => {
    expect((await fetch(`${server.url}.well-known/void`, { headers: { Accept: 'image/png' } })).status).toBe(406);
  });
});
