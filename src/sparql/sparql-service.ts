// Runs one SPARQL request on the Comunica engine: checks it, applies the protocol dataset, caps and serialises.
import type * as RDF from '@rdfjs/types';
import { ArrayIterator, type AsyncIterator } from 'asynciterator';
import { BindingsFactory } from '@comunica/utils-bindings-factory';
import { ActionContext } from '@comunica/core';
import { DataFactory } from 'n3';
import sparqljs from 'sparqljs';
import type { QueryEngineSetup } from './create-query-engine.ts';
import { QueryRefusedError, QuerySyntaxError, QueryTimeoutError } from '../errors/query-errors.ts';
import { inspectQuery, type QueryForm } from '../store/inspect-query.ts';
import { serialiseRdfXml } from './serialise-rdf-xml.ts';
import { buildDatasetEndpointUrl, type EndpointDataset } from './local-endpoint-fetch.ts';
import { FederationReport, federationReports, type SourceFailure } from './federation-report.ts';
import { text as readText } from 'node:stream/consumers';
import { separateFinalDots } from '../rdf/separate-final-dots.ts';

export type ResultKind = 'bindings' | 'boolean' | 'quads';

export interface QueryDataset {
  defaultGraphUris?: readonly string[];
  namedGraphUris?: readonly string[];
}

export interface PreparedQuery {
  /** The text given to the engine: the request's, or regenerated when the protocol dataset replaced its FROM. */
  text: string;
  form: Exclude<QueryForm, 'UPDATE' | 'UNKNOWN'>;
  kind: ResultKind;
  /** Things the client should know about its request (e.g. a dataset graph we do not hold). */
  warnings: string[];
  /** The RDF dataset of the query when it is not the default (union of all graphs). */
  dataset?: EndpointDataset;
}

export interface SerialisedResult {
  contentType: string;
  body: string;
  /** Rows or triples in the body. */
  count: number;
  /** True when the result had more than the limit and was cut. */
  truncated: boolean;
  /** Federated sources that failed (lenient mode: they counted as empty). */
  failedSources: SourceFailure[];
}

export interface ExecuteOptions {
  signal?: AbortSignal;
  /** Values bound to variables before evaluation (Comunica initialBindings): never spliced into the text. */
  bindings?: Record<string, RDF.Term>;
  /** Federation: fail when a source fails, instead of answering without it (default: the server's setting). */
  strict?: boolean;
}

export interface SparqlService {
  readonly timeoutMs: number;
  readonly resultLimit: number;
  /** Checks a query before running it; throws QuerySyntaxError or QueryRefusedError. */
  prepare(query: string, dataset?: QueryDataset): PreparedQuery;
  /** Runs a prepared query and serialises its result in `mediaType` with the engine's serialisers. */
  execute(prepared: PreparedQuery, mediaType: string, options?: ExecuteOptions): Promise<SerialisedResult>;
  /** For in-process callers (pages, explorer, checks): the rows of a SELECT. */
  selectRows(query: string, options?: ExecuteOptions): Promise<Record<string, RDF.Term>[]>;
  /** For in-process callers: the quads of a CONSTRUCT or DESCRIBE. */
  constructQuads(query: string, options?: ExecuteOptions): Promise<RDF.Quad[]>;
}

export const RDF_XML = 'application/rdf+xml';
/** Comunica writes these with N3.js, which glues a number to a statement's final dot. */
const N3_FAMILY = new Set(['text/turtle', 'application/trig', 'text/n3']);

/** What the store writes and countSerialisedResults counts exactly, per result kind. */
const DIRECT_MEDIA_TYPES: Record<ResultKind, readonly string[]> = {
  bindings: ['application/sparql-results+json', 'application/sparql-results+xml', 'text/csv', 'text/tab-separated-values'],
  boolean: ['application/sparql-results+json', 'application/sparql-results+xml'],
  quads: ['application/n-triples'],
};

export function createSparqlService(options: {
  setup: QueryEngineSetup;
  /** Named graphs of the store: the only IRIs a FROM or a default-graph-uri may name. */
  graphs: () => readonly string[];
  timeoutMs: number;
  resultLimit: number;
  /** Base IRI for queries with relative IRIs and no BASE, e.g. the endpoint's own URL. */
  serviceBaseIri?: string;
  /** Federation default: fail when a source fails. */
  federationStrict?: boolean;
  /**
   * Answer from the store's own serialisation when Comunica would add nothing (default true); false sends every
   * query through Comunica, as the tests that compare both paths do.
   */
  directAnswers?: boolean;
}): SparqlService {
  const { engine, context } = options.setup;
  const bindingsFactory = new BindingsFactory(DataFactory);

  function prepare(requestText: string, dataset: QueryDataset = {}): PreparedQuery {
    const shape = inspectQuery(requestText, options.serviceBaseIri);
    const query = shape.resolvedText ?? requestText;
    if (shape.syntaxError !== undefined) throw new QuerySyntaxError(shape.syntaxError);
    if (shape.form === 'UPDATE') throw new QueryRefusedError('SPARQL Update is not accepted: this endpoint is read-only');
    if (shape.form === 'UNKNOWN') throw new QuerySyntaxError('not a SPARQL query');
    if (shape.serviceIris.length > 0) {
      throw new QueryRefusedError(`SERVICE is not allowed (${shape.serviceIris.join(', ')}): this endpoint only reads its own graph and never fetches other URLs`);
    }
    const known = new Set(options.graphs());
    const unknownInQuery = shape.datasetIris.filter((iri) => !known.has(iri));
    if (unknownInQuery.length > 0) {
      throw new QueryRefusedError(
        `unknown graph ${unknownInQuery.map((i) => `<${i}>`).join(', ')}: FROM and FROM NAMED may only name graphs of this dataset (see the service description); the endpoint never fetches URLs`,
      );
    }
    // The protocol's dataset parameters name graphs, and a graph the service does not hold is empty
    // (SPARQL 1.1 Protocol §2.1.4; the W3C tests rely on it): answer, but say so, and never fetch it.
    const unknownInProtocol = [...(dataset.defaultGraphUris ?? []), ...(dataset.namedGraphUris ?? [])].filter((iri) => !known.has(iri));
    const warnings = unknownInProtocol.map((iri) => `graph <${iri}> is not in this dataset and was read as empty; this endpoint never fetches URLs`);
    const kind: ResultKind = shape.form === 'SELECT' ? 'bindings' : shape.form === 'ASK' ? 'boolean' : 'quads';
    const hasProtocolDataset = (dataset.defaultGraphUris?.length ?? 0) + (dataset.namedGraphUris?.length ?? 0) > 0;
    if (!hasProtocolDataset && !shape.hasDatasetClause) return { text: query, form: shape.form, kind, warnings };
    // The dataset goes to the store beside the query, not inside it: Comunica 5.4 turns `ASK FROM …` into a
    // bindings result. The protocol's parameters win over the query's own FROM (SPARQL 1.1 Protocol §2.1.4).
    const { text, from } = removeDatasetClauses(query);
    const endpointDataset = hasProtocolDataset
      ? { defaultGraphs: [...(dataset.defaultGraphUris ?? [])], namedGraphs: [...(dataset.namedGraphUris ?? [])] }
      : from;
    return { text, form: shape.form, kind, warnings, dataset: endpointDataset };
  }

  async function run<T>(
    prepared: PreparedQuery,
    options2: ExecuteOptions,
    consume: (result: RDF.Query<RDF.Bindings> | RDF.Query<RDF.Quad> | RDF.Query<boolean>, signal: AbortSignal) => Promise<T>,
    report: FederationReport = new FederationReport(options2.strict ?? options.federationStrict ?? false),
  ): Promise<T> {
    const controller = new AbortController();
    const onAbort = () => controller.abort();
    options2.signal?.addEventListener('abort', onAbort);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(new QueryTimeoutError(`the query ran longer than ${options.timeoutMs} ms and was stopped`));
      }, options.timeoutMs);
    });
    try {
      const queryContext = {
        ...context,
        ...(prepared.dataset
          ? {
              sources: [
                { type: 'sparql', value: buildDatasetEndpointUrl(options.setup.endpointUrl, prepared.dataset) },
                ...options.setup.remotes.map((url) => ({ type: 'sparql', value: url })),
              ],
            }
          : {}),
        httpAbortSignal: controller.signal,
        ...(options2.bindings ? { initialBindings: bindingsFactory.fromRecord(options2.bindings) } : {}),
      };
      const work = federationReports.run(report, async () => consume(await engine.query(prepared.text, queryContext as never), controller.signal));
      work.catch(() => undefined); // settled by the race below; avoid an unhandled rejection after a timeout
      return await Promise.race([work, timeout]);
    } catch (error) {
      throw translateEngineError(error);
    } finally {
      clearTimeout(timer);
      options2.signal?.removeEventListener('abort', onAbort);
    }
  }

  /**
   * With the local store as the only source, Comunica hands it the query text whole and then only re-encodes its
   * answer: parse the store's SPARQL JSON into terms, write them out again. When nothing else is needed (no
   * federation, no initial bindings, a media type the store writes and can count), the store's body is the answer.
   * Returns undefined when the result is over the cap, so that the Comunica path cuts it as usual.
   */
  async function answerDirectly(prepared: PreparedQuery, mediaType: string, options2: ExecuteOptions): Promise<SerialisedResult | undefined> {
    const result = await options.setup.local.query(prepared.text, {
      accept: mediaType,
      timeoutMs: options.timeoutMs,
      count: true,
      ...(prepared.dataset ? { defaultGraphs: prepared.dataset.defaultGraphs, namedGraphs: prepared.dataset.namedGraphs } : {}),
      ...(options2.signal ? { signal: options2.signal } : {}),
    });
    if (result.count === undefined || result.count > options.resultLimit) return undefined;
    return { contentType: result.contentType, body: result.body, count: result.count, truncated: false, failedSources: [] };
  }

  function canAnswerDirectly(prepared: PreparedQuery, mediaType: string, options2: ExecuteOptions): boolean {
    return (
      options.directAnswers !== false &&
      options.setup.remotes.length === 0 &&
      options2.bindings === undefined &&
      DIRECT_MEDIA_TYPES[prepared.kind].includes(mediaType)
    );
  }

  async function execute(prepared: PreparedQuery, mediaType: string, options2: ExecuteOptions = {}): Promise<SerialisedResult> {
    if (canAnswerDirectly(prepared, mediaType, options2)) {
      const direct = await answerDirectly(prepared, mediaType, options2).catch((error: unknown) => {
        throw translateEngineError(error);
      });
      if (direct) return direct;
    }
    const report = new FederationReport(options2.strict ?? options.federationStrict ?? false);
    const result = await run(prepared, options2, async (result) => {
      if (result.resultType === 'boolean') {
        const data = await serialiseBoolean(engine, await result.execute(), mediaType);
        return { contentType: mediaType, body: await readText(data), count: 1, truncated: false as boolean };
      }
      const stream = (await result.execute()) as AsyncIterator<RDF.Bindings | RDF.Quad>;
      const items = await takeItems(stream, options.resultLimit + 1);
      const truncated = items.length > options.resultLimit;
      const kept = truncated ? items.slice(0, options.resultLimit) : items;
      if (result.resultType === 'quads' && mediaType === RDF_XML) {
        return { contentType: mediaType, body: await serialiseRdfXml(kept as RDF.Quad[]), count: kept.length, truncated };
      }
      const capped = { ...result, execute: async () => new ArrayIterator(kept, { autoStart: false }) } as RDF.Query<never>;
      const { data } = await engine.resultToString(capped, mediaType);
      const text = await readText(data);
      const body = result.resultType === 'quads' && N3_FAMILY.has(mediaType) ? separateFinalDots(text) : text;
      return { contentType: mediaType, body, count: kept.length, truncated };
    }, report);
    return { ...result, failedSources: report.failures };
  }

  return {
    timeoutMs: options.timeoutMs,
    resultLimit: options.resultLimit,
    prepare,
    execute,
    async selectRows(query, options2 = {}) {
      const prepared = prepare(query);
      if (prepared.kind !== 'bindings') throw new QueryRefusedError('expected a SELECT query');
      return run(prepared, options2, async (result) => {
        const rows = await takeItems((await result.execute()) as AsyncIterator<RDF.Bindings>, Number.POSITIVE_INFINITY);
        return rows.map((b) => Object.fromEntries([...b].map(([v, t]) => [v.value, t])));
      });
    },
    async constructQuads(query, options2 = {}) {
      const prepared = prepare(query);
      if (prepared.kind !== 'quads') throw new QueryRefusedError('expected a CONSTRUCT or DESCRIBE query');
      return run(prepared, options2, async (result) => takeItems((await result.execute()) as AsyncIterator<RDF.Quad>, Number.POSITIVE_INFINITY));
    },
  };
}

/** Takes FROM / FROM NAMED out of a query (through the sparqljs syntax tree, never by text surgery). */
function removeDatasetClauses(query: string): { text: string; from: EndpointDataset } {
  const parsed = new sparqljs.Parser().parse(query) as sparqljs.Query;
  const from = { defaultGraphs: (parsed.from?.default ?? []).map((t) => t.value), namedGraphs: (parsed.from?.named ?? []).map((t) => t.value) };
  delete parsed.from;
  return { text: new sparqljs.Generator().stringify(parsed), from };
}

/**
 * Comunica's SPARQL/XML serialiser reads the variables of every result, but `resultToString` drops the
 * metadata of a boolean result on its way in (Comunica 5.4): hand the serialiser bus a complete one.
 */
async function serialiseBoolean(engine: QueryEngineSetup['engine'], value: boolean, mediaType: string): Promise<NodeJS.ReadableStream> {
  const context = ActionContext.ensureActionContext({});
  const handle = { type: 'boolean', execute: async () => value, metadata: async () => ({ variables: [] }), context };
  const init = (engine as unknown as { actorInitQuery: { mediatorQueryResultSerialize: { mediate(action: unknown): Promise<{ handle: { data: NodeJS.ReadableStream } }> } } }).actorInitQuery;
  return (await init.mediatorQueryResultSerialize.mediate({ context, handle, handleMediaType: mediaType })).handle.data;
}

function takeItems<T>(stream: AsyncIterator<T>, max: number): Promise<T[]> {
  return new Promise((resolve, reject) => {
    const items: T[] = [];
    if (max <= 0) return resolve(items);
    stream.on('data', (item: T) => {
      items.push(item);
      if (items.length >= max) {
        stream.destroy();
        resolve(items);
      }
    });
    stream.on('end', () => resolve(items));
    stream.on('error', reject);
  });
}


/** Comunica reports a parse error as a plain Error before any fetch: give it its HTTP meaning. */
function translateEngineError(error: unknown): unknown {
  if (error instanceof Error && !('status' in error) && /parse error|syntax/i.test(error.message)) return new QuerySyntaxError(error.message);
  return error;
}
