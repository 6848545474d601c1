// The local graph: one generation of Turtle documents in named graphs, queried with Oxigraph off the main thread.
import { QueryRefusedError } from '../errors/query-errors.ts';
import { createWorkerPool, type WorkerCounts } from './create-worker-pool.ts';
import { createGenerationFiles, describeSources, readGenerationSources, type GenerationInfo, type GenerationSource, type SourcesDescription } from './graph-generation.ts';
import { inspectQuery, kindOfForm, type QueryForm } from './inspect-query.ts';
import { chooseWorkerCount } from './choose-worker-count.ts';
import { FORMATS, STORE_FORMATS } from '../rdf/formats.ts';

export type GraphStoreOptions = {
  /** Worker threads, each holding a full copy of the graph, or 'auto' (see chooseWorkerCount); default 1. */
  workers?: number | 'auto';
  /** Number of this generation (the live graph counts them); default 1. */
  generation?: number;
  /** Told when a worker is replaced. */
  log?: (line: string) => void;
} & (
  | {
      /** Turtle files, each loaded into the named graph given with it; read once, here. */
      files: { path: string; graph: string }[];
    }
  | {
      /** Turtle already in memory (read by the caller, or harvested); the caller should drop its reference. */
      sources: GenerationSource[];
      /** Their description, when the caller already computed it (to compare fingerprints). */
      described?: SourcesDescription;
    }
);

export interface StoreQueryOptions {
  /**
   * The media type to write the result in, one of STORE_FORMATS for the query's form: the caller negotiated it (the
   * HTTP endpoint, or the in-process endpoint Comunica calls), so the store does not negotiate again.
   */
  format: string;
  /** SPARQL protocol default-graph-uri / named-graph-uri; without them the default graph is the union of all graphs. */
  defaultGraphs?: string[];
  namedGraphs?: string[];
  /** Execution time once a worker takes the query (waiting in the queue does not count); then the worker is replaced. */
  timeoutMs: number;
  /** Aborting drops the query from the queue, or stops it like a timeout. */
  signal?: AbortSignal;
  /** Also count the solutions or triples (only for the media types countSerialisedResults knows). */
  count?: boolean;
  /**
   * What the caller already read of this very text (the SPARQL service did, to prepare it): then the store does not
   * parse it again on the main thread.
   */
  shape?: { form: Exclude<QueryForm, 'UPDATE' | 'UNKNOWN'>; hasDatasetClause: boolean };
}

export interface StoreQueryResult {
  contentType: string;
  body: string;
  /** Solutions or triples in the body, when asked for and countable. */
  count?: number;
}

/** The formats Oxigraph dumps in for exports. */
export const DUMP_STORE_FORMATS = [FORMATS.nTriples.mediaType, FORMATS.nQuads.mediaType, FORMATS.turtle.mediaType] as const;
export type DumpFormat = (typeof DUMP_STORE_FORMATS)[number];

/** What /health says of an external store (serve --store): which build it holds, and what is wrong with it. */
export interface ExternalStoreStatus {
  url: string;
  /** The manifest graph read, when the store has one for this base. */
  manifestGraph?: string | undefined;
  holds?: { inputsHash: string; issued?: string; triples: number; graphs: number };
  /** Why the store cannot serve this project as it should: no manifest graph, or another build than the local one. */
  problem?: string;
  /** The last request to the store that failed (unreachable, 5xx, timeout); cleared by the next that succeeds. */
  lastFailure?: { message: string; at: string };
}

export interface GraphStore {
  /** Quads loaded. */
  size(): number;
  /** The named graphs the files went into. */
  graphs(): string[];
  /** Wall time from reading the files to every worker being ready. */
  readonly loadMillis: number;
  /** What this store holds: its generation's files, fingerprint, triples and load time. */
  readonly generation: GenerationInfo;
  /** Workers loaded and answering, loading a replacement, or broken. */
  countWorkers(): WorkerCounts;
  /** Worker threads of this store (its --workers, or the number 'auto' chose for its graph). */
  readonly workers: number;
  query(sparql: string, options: StoreQueryOptions): Promise<StoreQueryResult>;
  /**
   * The media types whose serialisation by this store can be sent to clients as is (and counted); others are
   * re-encoded by Comunica. Absent: every one the store writes (the embedded store).
   */
  readonly faithfulFormats?: readonly string[];
  /** An external store's state (serve --store); absent for the embedded store. */
  external?(): ExternalStoreStatus | undefined;
  /** A serialisation for exports: one graph, or all of them (merged when the format has no graphs). */
  dump(format: DumpFormat, graph?: string): Promise<string>;
  close(): Promise<void>;
}

export async function createGraphStore(options: GraphStoreOptions): Promise<GraphStore> {
  const started = performance.now();
  const sources = 'sources' in options ? options.sources : await readGenerationSources(options.files);
  const { fingerprint, files } = ('described' in options ? options.described : undefined) ?? describeSources(sources);
  const graphs = [...new Set(sources.map((source) => source.graph))];
  const turtleBytes = sources.reduce((n, source) => n + source.turtle.byteLength, 0);
  const workers = options.workers === 'auto' ? chooseWorkerCount(turtleBytes) : (options.workers ?? 1);
  const pool = await createWorkerPool({ workers, files: createGenerationFiles(sources).files, ...(options.log ? { log: options.log } : {}) });
  const loadMillis = performance.now() - started;
  const generation: GenerationInfo = { id: options.generation ?? 1, fingerprint, files, triples: pool.size, graphs, loadedAt: new Date(), loadMillis };

  return {
    size: () => pool.size,
    graphs: () => [...graphs],
    loadMillis,
    generation,
    countWorkers: () => pool.countWorkers(),
    workers,
    async query(sparql, queryOptions) {
      const shape = queryOptions.shape ?? inspectQuery(sparql);
      if (shape.form === 'UPDATE') throw new QueryRefusedError('SPARQL Update is not accepted: this graph is read-only');
      // An unrecognised form goes to Oxigraph anyway, whose parser then explains what is wrong.
      const form = shape.form === 'UNKNOWN' ? 'SELECT' : shape.form;
      const contentType = queryOptions.format;
      if (!STORE_FORMATS[kindOfForm(form)].some((f) => f.mediaType === contentType)) {
        throw new QueryRefusedError(`No acceptable media type for a ${form} result (${contentType} is not written for it)`, 406);
      }
      const defaultGraphs = dropEmpty(queryOptions.defaultGraphs);
      const namedGraphs = dropEmpty(queryOptions.namedGraphs);
      const { body, count } = await pool.run(
        {
          type: 'query',
          sparql,
          resultsFormat: contentType,
          // Oxigraph lets the union option override FROM, so it is only set when nobody named a dataset.
          unionDefaultGraph: !defaultGraphs && !namedGraphs && !shape.hasDatasetClause,
          ...(defaultGraphs ? { defaultGraphs } : {}),
          ...(namedGraphs ? { namedGraphs } : {}),
          ...(queryOptions.count ? { count: true } : {}),
        },
        { timeoutMs: queryOptions.timeoutMs, ...(queryOptions.signal ? { signal: queryOptions.signal } : {}) },
      );
      return { contentType, body, ...(count !== undefined ? { count } : {}) };
    },
    async dump(format, graph) {
      return (await pool.run({ type: 'dump', format, ...(graph !== undefined ? { graph } : {}) })).body;
    },
    close: () => pool.close(),
  };
}

function dropEmpty(list: string[] | undefined): string[] | undefined {
  return list && list.length > 0 ? list : undefined;
}
