// The DCAT-AP catalogue at /catalog on a real server, against the official DCAT-AP 3.0.1 shapes in two SHACL engines,
// read in its three formats, and as data.gouv.fr's harvester (udata's DCAT backend) reads it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type * as RDF from '@rdfjs/types';
import { DataFactory, Parser, Store, type Quad } from 'n3';
import jsonld from 'jsonld';
import * as $rdf from 'rdflib';
import { Validator } from 'shacl-engine';
import SHACLValidator from 'rdf-validate-shacl';
import { PROJECT_ROOT } from '../../src/config/project-paths.ts';
import { PREFIXES } from '../../src/vocab/namespaces.ts';
import { startTestServer, type TestServer } from '../support/start-test-server.ts';

const { namedNode } = DataFactory;
const { dcat, dct, rdf } = PREFIXES;
const SH = 'http://www.w3.org/ns/shacl#';
const SHAPES_DIR = join(PROJECT_ROOT, 'test', 'fixtures', 'dcat-ap-3.0.1');
/** Every DCAT-AP 3.0.1 shapes file: core, ranges, recommended, deprecated URIs, EU controlled vocabularies. */
const SHAPE_FILES = ['shapes.ttl', 'range.ttl', 'shapes_recommended.ttl', 'deprecateduris.ttl', 'mdr-vocabularies.shape.ttl'];

let server: TestServer;
let shapes: Quad[];
let catalogue: Store;

interface Finding {
  severity: string;
  focus: string;
  path: string;
  shape: string;
}

beforeAll(async () => {
  server = await startTestServer();
  shapes = (await Promise.all(SHAPE_FILES.map(async (f) => new Parser({ format: 'Turtle' }).parse(await readFile(join(SHAPES_DIR, f), 'utf8'))))).flat();
  // The first request makes every dump once, to give its size.
  const response = await fetch(`${server.url}catalog`, { headers: { Accept: 'text/turtle' } });
  expect(response.status).toBe(200);
  catalogue = new Store(new Parser({ format: 'Turtle' }).parse(await response.text()));
}, 180_000);

afterAll(async () => {
  await server?.close();
});

async function validateWithShaclEngine(data: Store): Promise<Finding[]> {
  const factory = { ...DataFactory, dataset: (quads?: Quad[]) => new Store(quads) };
  const report = await new Validator(new Store(shapes), { factory }).validate({ dataset: data });
  return report.results.map((r) => ({
    severity: r.severity.value.slice(SH.length),
    focus: r.focusNode.term?.value ?? '',
    path: (r as unknown as { path?: { predicates?: RDF.Term[] }[] }).path?.[0]?.predicates?.[0]?.value ?? '',
    shape: r.constraintComponent.value.slice(SH.length),
  }));
}

async function validateWithRdfValidateShacl(data: Store): Promise<Finding[]> {
  // deprecateduris.ttl owl:imports ADMS's SKOS file, which only names the old URIs: nothing is fetched.
  const report = await new SHACLValidator(new Store(shapes), { importGraph: () => new Store() }).validate(data);
  return report.results.map((r) => ({
    severity: r.severity?.value.slice(SH.length) ?? '',
    focus: r.focusNode?.value ?? '',
    path: r.path?.value ?? '',
    shape: r.sourceConstraintComponent?.value.slice(SH.length) ?? '',
  }));
}

/**
 * The recommendations (severity Warning) we cannot meet, each for a reason: a register that gives no date has no
 * temporal coverage; the countries are code-list terms, without a bounding box or centroid of ours; our publishers are
 * French administrations, not bodies of the EU corporate-body table the vocabulary shapes expect; whoever deploys this
 * service publishes the catalogue, and its kind (dct:type) is not ours to state.
 */
function explainWarning(f: Finding): boolean {
  if (f.path === `${dct}temporal` && /#dataset-\d{3}-/.test(f.focus)) return true;
  if ((f.path === `${dcat}bbox` || f.path === `${dcat}centroid`) && f.focus.startsWith('http://publications.europa.eu/resource/authority/country/')) return true;
  if (f.path === `${dct}publisher` && f.shape === 'NodeConstraintComponent') return true;
  if (f.path === `${dct}type` && f.focus.endsWith('/catalog#publisher')) return true;
  return false;
}

const subjectsOf = (store: Store, type: string) => store.getSubjects(namedNode(`${rdf}type`), namedNode(type), null);
const objectsOf = (store: Store, subject: RDF.Term, predicate: string) => store.getObjects(subject as RDF.Quad_Subject, namedNode(predicate), null);

describe('the DCAT-AP catalogue', () => {
  it('is a dcat:Catalog listing a dataset per register and one for the whole graph, and the SPARQL service', async () => {
    const [catalog] = subjectsOf(catalogue, `${dcat}Catalog`);
    expect(catalog?.value).toBe(`${server.url}catalog#catalog`);
    const registers = server.deps.store.graphs().filter((g) => g.startsWith(`${server.url}register/`));
    const datasets = objectsOf(catalogue, catalog!, `${dcat}dataset`);
    expect(datasets).toHaveLength(registers.length + 1);
    expect(subjectsOf(catalogue, `${dcat}Dataset`)).toHaveLength(registers.length + 1);
    expect(objectsOf(catalogue, catalog!, `${dcat}service`)).toHaveLength(1);
  });

  it('gives every dataset and the service a dct:identifier, a publisher, and the Etalab licence as a dct:LicenseDocument', () => {
    for (const node of [...subjectsOf(catalogue, `${dcat}Dataset`), ...subjectsOf(catalogue, `${dcat}DataService`)]) {
      expect(objectsOf(catalogue, node, `${dct}identifier`).map((i) => i.value), node.value).toEqual([node.value]);
      expect(objectsOf(catalogue, node, `${dct}publisher`), node.value).toHaveLength(1);
      const [licence] = objectsOf(catalogue, node, `${dct}license`);
      expect(licence?.value).toBe('https://www.etalab.gouv.fr/licence-ouverte-open-licence/');
      expect(objectsOf(catalogue, licence!, `${rdf}type`).map((t) => t.value)).toContain(`${dct}LicenseDocument`);
    }
  });

  it('names each register\'s controller as its publisher, and titles the EDPS records in English only', () => {
    const dnum = subjectsOf(catalogue, `${dcat}Dataset`).find((d) => d.value.endsWith('#dataset-001-16106fe6b7c9f12d'))!;
    const [publisher] = objectsOf(catalogue, dnum, `${dct}publisher`);
    expect(publisher?.value).toBe(`${server.url}organisation/dnum`);
    expect(objectsOf(catalogue, publisher!, 'http://xmlns.com/foaf/0.1/name')[0]?.value).toMatch(/Direction du numérique/);
    const edps = subjectsOf(catalogue, `${dcat}Dataset`).find((d) => d.value.includes('#dataset-eu-edps-record-57'))!;
    expect((objectsOf(catalogue, edps, `${dct}title`) as RDF.Literal[]).map((t) => t.language)).toEqual(['en']);
    expect(objectsOf(catalogue, edps, `${dct}spatial`).map((s) => s.value)).toEqual(['http://publications.europa.eu/resource/authority/country/EUR']);
  });

  it('gives each download its EU file type, its IANA media type as a dct:MediaType, its size in bytes', async () => {
    const distributions = subjectsOf(catalogue, `${dcat}Distribution`).filter((d) => objectsOf(catalogue, d, `${dcat}downloadURL`).length > 0);
    expect(distributions.length).toBe((server.deps.store.graphs().filter((g) => g.startsWith(`${server.url}register/`)).length + 1) * 6);
    const sample = distributions.find((d) => d.value.endsWith('#dataset-nq'))!;
    expect(objectsOf(catalogue, sample, `${dct}format`).map((f) => f.value)).toEqual(['http://publications.europa.eu/resource/authority/file-type/RDF_N_QUADS']);
    const [mediaType] = objectsOf(catalogue, sample, `${dcat}mediaType`);
    expect(mediaType?.value).toBe('https://www.iana.org/assignments/media-types/application/n-quads');
    expect(objectsOf(catalogue, mediaType!, `${rdf}type`).map((t) => t.value)).toEqual([`${dct}MediaType`]);
    const [url] = objectsOf(catalogue, sample, `${dcat}downloadURL`);
    const body = Buffer.from(await (await fetch(url!.value)).arrayBuffer());
    expect(Number(objectsOf(catalogue, sample, `${dcat}byteSize`)[0]?.value)).toBe(body.length);
  });

  it.each([
    ['shacl-engine', validateWithShaclEngine],
    ['rdf-validate-shacl', validateWithRdfValidateShacl],
  ] as const)('has no violation of DCAT-AP 3.0.1 (shapes, ranges, recommended, deprecated URIs, vocabularies) in %s, and only the warnings we explain', async (_engine, validate) => {
    const findings = await validate(catalogue);
    expect(findings.filter((f) => f.severity !== 'Warning'), JSON.stringify(findings.slice(0, 10), null, 1)).toEqual([]);
    const unexplained = findings.filter((f) => !explainWarning(f));
    expect(unexplained, JSON.stringify(unexplained.slice(0, 10), null, 1)).toEqual([]);
  });

  it('is DCAT-AP valid inside the VoID description too, whose datasets are the same nodes', async () => {
    const response = await fetch(`${server.url}.well-known/void`, { headers: { Accept: 'text/turtle' } });
    const voidDescription = new Store(new Parser({ format: 'Turtle' }).parse(await response.text()));
    expect((await validateWithShaclEngine(voidDescription)).filter((f) => f.severity !== 'Warning' || !explainWarning(f))).toEqual([]);
    expect(voidDescription.has(DataFactory.quad(namedNode(`${server.url}catalog#dataset`), namedNode(`${rdf}type`), namedNode(`${dcat}Dataset`)))).toBe(true);
  });

  it.each([
    ['catalog.rdf', 'application/rdf+xml'],
    ['catalog.jsonld', 'application/ld+json'],
    ['catalog.ttl', 'text/turtle'],
  ])('is served as %s (%s) with the same triples, read by rdflib and jsonld', async (path, mediaType) => {
    const response = await fetch(`${server.url}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(new RegExp(`^${mediaType.replace('+', '\\+')}`));
    const text = await response.text();
    let size: number;
    if (mediaType === 'application/ld+json') {
      const nquads = (await jsonld.toRDF(JSON.parse(text), { format: 'application/n-quads' })) as unknown as string;
      size = new Store(new Parser({ format: 'N-Quads' }).parse(nquads)).size;
    } else {
      const graph = $rdf.graph();
      $rdf.parse(text, graph, server.url, mediaType);
      size = graph.statements.length;
    }
    expect(size).toBe(catalogue.size);
  });

  it('is what /export answers to Turtle and JSON-LD clients, and a page for a browser', async () => {
    for (const accept of ['text/turtle', 'application/ld+json']) {
      const response = await fetch(`${server.url}export`, { headers: { Accept: accept } });
      expect(response.status, accept).toBe(200);
      expect(response.headers.get('content-type')).toMatch(new RegExp(`^${accept.replace('+', '\\+')}`));
      expect(response.headers.get('content-location')).toBe('/catalog');
      await response.text();
    }
    const page = await fetch(`${server.url}catalog`, { headers: { Accept: 'text/html' } });
    expect(await page.text()).toContain('<h1>Catalogue DCAT-AP</h1>');
  });
});

/**
 * What udata's DCAT backend (opendatateam/udata: udata/harvest/backends/dcat.py, udata/core/dataset/rdf.py) does with
 * a catalogue, re-traced: every node typed dcat:Dataset is an item whose remote id is its dct:identifier (an item
 * without one is skipped, "missing identifier"); one with no dct:title is skipped; the description is dct:description
 * in the default language (fr); each dcat:distribution becomes a resource if it has a dcat:downloadURL or
 * dcat:accessURL, its format from dct:format or dcat:mediaType; the licence is guessed from dct:license by URL.
 */
describe('as data.gouv.fr harvests it', () => {
  it.each(['catalog.ttl', 'catalog.rdf'])('imports every dataset of %s, each with a unique identifier, a title, a French description, downloads and the Licence Ouverte', async (path) => {
    const text = await (await fetch(`${server.url}${path}`)).text();
    const graph = $rdf.graph();
    $rdf.parse(text, graph, server.url, path.endsWith('.rdf') ? 'application/rdf+xml' : 'text/turtle');
    const sym = (iri: string) => $rdf.sym(iri);
    const datasets = graph.each(undefined, sym(`${rdf}type`), sym(`${dcat}Dataset`));
    const imported = datasets.map((node) => {
      const identifier = graph.any(node as never, sym(`${dct}identifier`))?.value;
      const title = graph.any(node as never, sym(`${dct}title`))?.value;
      const descriptions = graph.each(node as never, sym(`${dct}description`)) as { value: string; language?: string }[];
      const description = (descriptions.find((d) => d.language === 'fr') ?? descriptions[0])?.value;
      const resources = graph.each(node as never, sym(`${dcat}distribution`)).map((d) => ({
        url: (graph.any(d as never, sym(`${dcat}downloadURL`)) ?? graph.any(d as never, sym(`${dcat}accessURL`)))?.value,
        format: (graph.any(d as never, sym(`${dct}format`)) ?? graph.any(d as never, sym(`${dcat}mediaType`)))?.value,
      }));
      const licence = graph.any(node as never, sym(`${dct}license`))?.value ?? '';
      return { identifier, title, description, resources, licence };
    });
    expect(imported).toHaveLength(server.deps.store.graphs().filter((g) => g.startsWith(`${server.url}register/`)).length + 1);
    expect(new Set(imported.map((d) => d.identifier)).size).toBe(imported.length);
    for (const d of imported) {
      expect(d.identifier, JSON.stringify(d)).toBeTruthy();
      expect(d.title).toBeTruthy();
      expect(d.description).toBeTruthy();
      expect(d.resources.length).toBeGreaterThanOrEqual(6);
      for (const r of d.resources) {
        expect(r.url).toMatch(new RegExp(`^${server.url}(export|sparql)`));
        expect(r.format).toBeTruthy();
      }
      // udata compares licence URLs without scheme and trailing slash: "www.etalab.gouv.fr/licence-ouverte-open-licence" is its "lov2".
      expect(new URL(d.licence).host + new URL(d.licence).pathname.replace(/\/$/, '')).toBe('www.etalab.gouv.fr/licence-ouverte-open-licence');
    }
    // The service too has the identifier udata requires of a dcat:DataService.
    for (const service of graph.each(undefined, sym(`${rdf}type`), sym(`${dcat}DataService`))) expect(graph.any(service as never, sym(`${dct}identifier`))?.value).toBeTruthy();
  });
});
