// The messages exchanged between the graph store and its Oxigraph workers.

/** One file of a generation as a worker loads it: the bytes read once by the store, never the path. */
export interface GraphWorkerFile {
  graph: string;
  /** Named in a load error. */
  name: string;
  /** Turtle; shared (SharedArrayBuffer) between the workers of a first load, a private copy for a replacement. */
  turtle: Uint8Array;
}

/** The first message a worker gets: what to load. Sent as a message, not as workerData, so that it can be freed. */
export interface GraphWorkerLoad {
  type: 'load';
  files: GraphWorkerFile[];
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
