// The messages exchanged between the graph store and its Oxigraph workers.

/** Handed to each worker at start: the files' bytes live in shared memory, so no worker copies them over. */
export interface GraphWorkerData {
  files: { graph: string; bytes: Uint8Array }[];
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
    }
  | { type: 'dump'; id: number; format: string; graph?: string };

export type GraphWorkerReply =
  | { type: 'ready'; size: number; millis: number }
  | { type: 'failed'; message: string }
  | { type: 'result'; id: number; body: string }
  | {
      type: 'error';
      id: number;
      kind: 'syntax' | 'refused' | 'internal';
      message: string;
      /** The WebAssembly instance may be corrupt (a Rust panic), so the worker must be replaced. */
      fatal: boolean;
    };
