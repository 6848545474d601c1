// A GraphStore over an external SPARQL 1.1 endpoint (serve --store): every query and dump is a request to it.
import { DataFactory, Parser, Store, type Quad } from 'n3';
import { QueryRefusedError } from '../errors/query-errors.ts';
import { StoreFailedError, StoreUnavailableError } from '../errors/store-errors.ts';
import { FORMATS, STORE_FORMATS } from '../rdf/formats.ts';
import { writeN3 } from '../rdf/write-n3.ts';
import { askRemoteStore } from './ask-remote-store.ts';
import { writePlainStrings } from './write-plain-strings.ts';
import { canCountResults, countSerialisedResults } from './count-serialised-results.ts';
import type { GenerationInfo } from './graph-generation.ts';
import type { DumpFormat, GraphStore, StoreQueryResult } from './graph-store.ts';
import { inspectQuery, kindOfForm } from './inspect-query.ts';
import type { ManifestOutcome } from './read-store-manifest.ts';

const { sparqlJson, sparqlXml, nTriples, nQuads, turtle } = FORMATS;

/** Every triple of the dataset the request names: the dump of one graph, or of the union. */
const DUMP_QUERY = 'CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }';

export interface RemoteStoreOptions {
  /** The store's SPARQL query endpoint. */
  url: string;
  /** What its manifest graph said when this generation was opened. */
  outcome: ManifestOutcome;
  /** The inputs hash of the local build (data/graph/manifest.json), when there is one: another one is reported. */
  localInputsHash?: string;
  generation: number;
  /** For dumps, which are one large request per graph: the query timeout is too short for them. */
  dumpTimeoutMs: number;
  /** Time spent reading the manifest. */
  loadMillis: number;
  /**
   * Send no graph list: the store's own default graph (Virtuoso: the union of all its graphs, its system graphs
   * included) is taken for the project's. Faster on Virtuoso, whose joins slow down with each graph listed.
   */
  union?: boolean;
}

/**
 * The dataset is the manifest's graphs: a query that names none gets them as default-graph-uri (their union, as the
 * embedded store's default graph) and as named-graph-uri, so that neither the store's system graphs nor another
 * project's graphs are ever read. Results are the store's own serialisation, except for graphs: the store is asked
 * for Turtle (Virtuoso writes durations faithfully only there) and N-Triples is written here from it.
 */
export function openRemoteStore(options: RemoteStoreOptions): GraphStore {
  const { url, outcome } = options;
  const manifest = outcome.status === 'found' ? outcome.manifest : undefined;
  const graphs = manifest?.graphs.map((g) => g.iri) ?? [];
  const problem =
    outcome.status === 'missing'
      ? outcome.message
      : options.localInputsHash !== undefined && options.localInputsHash !== manifest!.inputsHash
        ? `the store ${url} holds the build ${manifest!.inputsHash.slice(0, 12)}, not the local build ${options.localInputsHash.slice(0, 12)} (data/graph/manifest.json): publish it again`
        : undefined;
  let lastFailure: { message: string; at: string } | undefined;
  const generation: GenerationInfo = {
    id: options.generation,
    fingerprint: manifest?.inputsHash ?? 'none',
    files: [],
    triples: manifest?.triples ?? 0,
    graphs,
    loadedAt: new Date(),
    loadMillis: options.loadMillis,
  };

  /** Every request goes through here, to remember the last failure for /health. */
  /** Nothing is answered without the manifest: the store's union of every graph is not the project's dataset. */
  function requireManifest(): void {
    if (!manifest) throw new StoreUnavailableError(outcome.status === 'missing' ? outcome.message : `the store ${url} holds no project graph`);
  }

  async function ask(query: string, request: Parameters<typeof askRemoteStore>[2]) {
    requireManifest();
    try {
      const answer = await askRemoteStore(url, writePlainStrings(query), request);
      lastFailure = undefined;
      return answer;
    } catch (error) {
      if (error instanceof Error && !(error instanceof QueryRefusedError)) lastFailure = { message: error.message, at: new Date().toISOString() };
      throw error;
    }
  }

  const expected = new Map(manifest?.graphs.map((g) => [g.iri, g.triples]) ?? []);

  /**
   * One named graph, checked against the manifest's count: Virtuoso cuts a CONSTRUCT at its ResultSetMaxRows
   * without a word (a SELECT at least gets a header), and a cut dump must not pass for the graph.
   */
  async function readGraph(graph: string): Promise<{ turtle: string; quads: Quad[] }> {
    const answer = await ask(DUMP_QUERY, { accept: turtle.mediaType, defaultGraphs: [graph], namedGraphs: [], timeoutMs: options.dumpTimeoutMs });
    const quads = parseTurtle(url, answer.body);
    const count = expected.get(graph);
    if (count !== undefined && quads.length < count) {
      throw new StoreFailedError(`the store ${url} gave ${quads.length} of the ${count} triples of <${graph}>: it cuts results (Virtuoso: ResultSetMaxRows); raise that limit above ${count}`);
    }
    return { turtle: answer.body, quads };
  }

  const store: GraphStore = {
    size: () => generation.triples,
    graphs: () => [...graphs],
    loadMillis: options.loadMillis,
    generation,
    // The store answers (or /health says why not): ready, and degraded when it lacks the project's graphs.
    countWorkers: () => ({ alive: 1, loading: 0, broken: 0 }),
    workers: 1,
    // SPARQL JSON and XML as the store writes them are valid and countable; CSV and TSV (Virtuoso's are not the
    // SPARQL 1.1 ones) are re-encoded by Comunica from JSON.
    faithfulFormats: [sparqlJson.mediaType, sparqlXml.mediaType, nTriples.mediaType],
    external: () => ({
      url,
      manifestGraph: manifest?.iri,
      ...(manifest ? { holds: { inputsHash: manifest.inputsHash, ...(manifest.issued ? { issued: manifest.issued } : {}), triples: manifest.triples, graphs: graphs.length } } : {}),
      ...(problem ? { problem } : {}),
      ...(lastFailure ? { lastFailure } : {}),
    }),
    async query(sparql, queryOptions): Promise<StoreQueryResult> {
      const shape = queryOptions.shape ?? inspectQuery(sparql);
      if (shape.form === 'UPDATE') throw new QueryRefusedError('SPARQL Update is not accepted: this graph is read-only');
      const form = shape.form === 'UNKNOWN' ? 'SELECT' : shape.form;
      const format = queryOptions.format;
      const kind = kindOfForm(form);
      if (!STORE_FORMATS[kind].some((f) => f.mediaType === format)) {
        throw new QueryRefusedError(`No acceptable media type for a ${form} result (${format} is not written for it)`, 406);
      }
      const dataset = chooseDataset(graphs, queryOptions.defaultGraphs, queryOptions.namedGraphs, shape.hasDatasetClause || options.union === true);
      const limits = { timeoutMs: queryOptions.timeoutMs, ...(queryOptions.signal ? { signal: queryOptions.signal } : {}), ...dataset };
      // Graphs are read in Turtle, the store's one faithful graph syntax, and rewritten when another one is asked.
      const rewrite = kind === 'quads' && (format === nTriples.mediaType || format === turtle.mediaType);
      const answer = await ask(sparql, { accept: rewrite ? turtle.mediaType : format, ...limits });
      // The body may go to the client as is: a store that sent a broken one (cut, or not what it says) is a 502 here.
      if (rewrite) {
        const quads = parseTurtle(url, answer.body);
        const body = format === nTriples.mediaType ? await writeN3(quads, { format: 'N-Triples' }) : answer.body;
        return { contentType: format, body, ...(queryOptions.count ? { count: quads.length } : {}) };
      }
      const checked = checkResults(url, answer.body, format);
      const count = queryOptions.count ? (checked ?? (canCountResults(format) ? countSerialisedResults(answer.body, format) : undefined)) : undefined;
      return { contentType: format, body: answer.body, ...(count !== undefined ? { count } : {}) };
    },
    async dump(format: DumpFormat, graph?: string) {
      requireManifest();
      if (graph !== undefined && format === turtle.mediaType) return (await readGraph(graph)).turtle;
      const targets = graph !== undefined ? [graph] : graphs;
      if (format === nQuads.mediaType) {
        const quads: Quad[] = [];
        for (const target of targets) {
          const named = DataFactory.namedNode(target);
          for (const q of (await readGraph(target)).quads) quads.push(DataFactory.quad(q.subject, q.predicate, q.object, named));
        }
        return writeN3(quads, { format: 'N-Quads' });
      }
      // A triple format cannot name graphs: the merge of them, each triple once, as the embedded store writes it.
      const merged = new Store();
      for (const target of targets) for (const q of (await readGraph(target)).quads) merged.addQuad(q.subject, q.predicate, q.object);
      return writeN3(merged.getQuads(null, null, null, null), { format: format === turtle.mediaType ? 'Turtle' : 'N-Triples' });
    },
    close: async () => {},
  };
  return store;
}

/** The protocol graphs to send: the caller's, the query's own FROM (or the store's union), or else the manifest's graphs. */
function chooseDataset(graphs: readonly string[], defaultGraphs: string[] | undefined, namedGraphs: string[] | undefined, keepStoreDataset: boolean): { defaultGraphs?: readonly string[]; namedGraphs?: readonly string[] } {
  const givenDefault = defaultGraphs && defaultGraphs.length > 0 ? defaultGraphs : undefined;
  const givenNamed = namedGraphs && namedGraphs.length > 0 ? namedGraphs : undefined;
  if (!givenDefault && !givenNamed) return keepStoreDataset ? {} : { defaultGraphs: graphs, namedGraphs: graphs };
  // As in the embedded store, named graphs not restricted by the caller are the dataset's graphs.
  return { ...(givenDefault ? { defaultGraphs: givenDefault } : {}), namedGraphs: givenNamed ?? graphs };
}

function parseTurtle(url: string, body: string): Quad[] {
  try {
    return new Parser({ format: turtle.n3 }).parse(body);
  } catch (error) {
    throw new StoreFailedError(`the store ${url} sent Turtle that does not parse (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** SPARQL JSON is parsed (and its solutions counted), XML checked for its end; undefined: not counted here. */
function checkResults(url: string, body: string, format: string): number | undefined {
  if (format === sparqlJson.mediaType) {
    let json: { head?: unknown; boolean?: unknown; results?: { bindings?: unknown } };
    try {
      json = JSON.parse(body) as typeof json;
    } catch (error) {
      throw new StoreFailedError(`the store ${url} sent SPARQL JSON results that do not parse (${error instanceof Error ? error.message : String(error)})`);
    }
    if (typeof json.boolean === 'boolean') return 1;
    if (typeof json.head === 'object' && Array.isArray(json.results?.bindings)) return json.results.bindings.length;
    throw new StoreFailedError(`the store ${url} sent JSON that is not SPARQL results (no head and results.bindings, nor boolean)`);
  }
  if (format === sparqlXml.mediaType && !body.trimEnd().endsWith('</sparql>')) throw new StoreFailedError(`the store ${url} sent SPARQL XML results that end before </sparql>`);
  return undefined;
}
