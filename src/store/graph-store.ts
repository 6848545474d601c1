// The local graph: Turtle files in named graphs, queried with Oxigraph off the main thread.
import { stat } from 'node:fs/promises';
import { QueryRefusedError } from '../errors/query-errors.ts';
import { chooseResultFormat } from './choose-result-format.ts';
import { createWorkerPool } from './create-worker-pool.ts';
import type { GraphWorkerData } from './graph-worker-protocol.ts';
import { inspectQuery } from './inspect-query.ts';

export interface GraphStoreOptions {
  /** Turtle files, each loaded into the named graph given with it. */
  files: { path: string; graph: string }[];
  /** Worker threads, each holding a full copy of the graph; default 1. */
  workers?: number;
}

export interface StoreQueryOptions {
  /** An Accept header: a single media type or a weighted list. */
  accept: string;
  /** SPARQL protocol default-graph-uri / named-graph-uri; without them the default graph is the union of all graphs. */
  defaultGraphs?: string[];
  namedGraphs?: string[];
  /** Execution time once a worker takes the query (waiting in the queue does not count); then the worker is replaced. */
  timeoutMs: number;
  /** Aborting drops the query from the queue, or stops it like a timeout. */
  signal?: AbortSignal;
  /** Also count the solutions or triples (only for the media types countSerialisedResults knows). */
  count?: boolean;
}

export interface StoreQueryResult {
  contentType: string;
  body: string;
  /** Solutions or triples in the body, when asked for and countable. */
  count?: number;
}

export type DumpFormat = 'application/n-triples' | 'application/n-quads' | 'text/turtle';

export interface GraphStore {
  /** Quads loaded. */
  size(): number;
  /** The named graphs the files went into. */
  graphs(): string[];
  /** Wall time from reading the files to every worker being ready. */
  readonly loadMillis: number;
  query(sparql: string, options: StoreQueryOptions): Promise<StoreQueryResult>;
  /** A serialisation for exports: one graph, or all of them (merged when the format has no graphs). */
  dump(format: DumpFormat, graph?: string): Promise<string>;
  close(): Promise<void>;
}

export async function createGraphStore(options: GraphStoreOptions): Promise<GraphStore> {
  const started = performance.now();
  const files = await Promise.all(
    options.files.map(async ({ path, graph }) => {
      const { size, mtimeMs } = await stat(path);
      return { graph, path, size, mtimeMs };
    }),
  );
  const data: GraphWorkerData = { files };
  const pool = await createWorkerPool({ workers: options.workers ?? 1, data });
  const loadMillis = performance.now() - started;
  const graphs = [...new Set(options.files.map((file) => file.graph))];

  return {
    size: () => pool.size,
    graphs: () => [...graphs],
    loadMillis,
    async query(sparql, queryOptions) {
      const shape = inspectQuery(sparql);
      if (shape.form === 'UPDATE') throw new QueryRefusedError('SPARQL Update is not accepted: this graph is read-only');
      // An unrecognised form goes to Oxigraph anyway, whose parser then explains what is wrong.
      const form = shape.form === 'UNKNOWN' ? 'SELECT' : shape.form;
      const contentType = chooseResultFormat(form, queryOptions.accept);
      if (contentType === undefined) {
        throw new QueryRefusedError(`No acceptable media type for a ${form} result (Accept: ${queryOptions.accept})`, 406);
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
