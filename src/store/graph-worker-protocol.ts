// The messages exchanged between the graph store and its Oxigraph workers.

/**
 * Handed to each worker at start. Each worker reads the files itself, so that no copy of the Turtle stays in
 * memory once loaded (at 100 000 treatments that copy was 0.9 GiB); size and mtime, taken when the store opened,
 * stop a restarted worker from loading files a rebuild has since replaced.
 */
export interface GraphWorkerData {
  files: { graph: string; path: string; size: number; mtimeMs: number }[];
}

export type GraphWorkerRequest =
  | {
      type: 'query';
      id: number;
      sparql: string;
      /** A media type Oxigraph writes for this query form. */
      resultsFormat: string;
      /** Set only when neither the request nor the query names a dataset. */
      unionDefaultGraph: boolean;
      defaultGraphs?: string[];
      namedGraphs?: string[];
      /** Count the solutions or triples of the serialised result (media types countSerialisedResults knows). */
      count?: boolean;
    }
  | { type: 'dump'; id: number; format: string; graph?: string };

export type GraphWorkerReply =
  | { type: 'ready'; size: number; millis: number }
  | { type: 'failed'; message: string }
  | { type: 'result'; id: number; body: string; count?: number }
  | {
      type: 'error';
      id: number;
      kind: 'syntax' | 'refused' | 'internal';
      message: string;
      /** The WebAssembly instance may be corrupt (a Rust panic), so the worker must be replaced. */
      fatal: boolean;
    };
