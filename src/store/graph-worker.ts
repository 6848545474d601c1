// Worker thread holding one Oxigraph copy of the graph; answers one request at a time, synchronously.
import { parentPort } from 'node:worker_threads';
import { Store, namedNode } from 'oxigraph';
import { countSerialisedResults } from './count-serialised-results.ts';
import type { GraphWorkerLoad, GraphWorkerReply, GraphWorkerRequest } from './graph-worker-protocol.ts';
import { FORMATS } from '../rdf/formats.ts';

// Oxigraph reports every parse failure as "error at line:column: ...".
const SYNTAX_ERROR = /^error at \d+:\d+/;
const TRIPLE_FORMATS = new Set<string>([FORMATS.nTriples.mediaType, FORMATS.turtle.mediaType]);

const port = parentPort ?? failOutsideWorker();

// The first message says what to load; every later one is a request. The load message is dropped once
// loaded, so that the worker keeps no reference to the bytes (the generation decides how long they live).
port.once('message', (load: GraphWorkerLoad) => {
  const store = loadStore(load);
  if (store) port.on('message', (request: GraphWorkerRequest) => port.postMessage(answer(store, request)));
});

function loadStore({ files }: GraphWorkerLoad): Store | undefined {
  const started = performance.now();
  const store = new Store();
  let current = '';
  try {
    for (const file of files) {
      current = file.name;
      // no_transaction: a bulk load into a fresh store needs no rollback, and skips buffering.
      store.load(file.turtle, { format: FORMATS.turtle.mediaType, to_graph_name: namedNode(file.graph), no_transaction: true });
    }
  } catch (error) {
    send({ type: 'failed', message: `${current}: ${getMessage(error)}` });
    return undefined;
  }
  send({ type: 'ready', size: store.size, millis: performance.now() - started });
  return store;
}

function answer(store: Store, request: GraphWorkerRequest): GraphWorkerReply {
  try {
    if (request.type === 'dump') return { type: 'result', id: request.id, body: runDump(store, request) };
    const body = runQuery(store, request);
    // Counted here, off the main thread, which only forwards the body.
    const count = request.count ? countSerialisedResults(body, request.resultsFormat) : undefined;
    return { type: 'result', id: request.id, body, ...(count !== undefined ? { count } : {}) };
  } catch (error) {
    const message = getMessage(error);
    const fatal = error instanceof WebAssembly.RuntimeError;
    const kind = fatal ? 'internal' : SYNTAX_ERROR.test(message) ? 'syntax' : 'refused';
    return { type: 'error', id: request.id, kind, message, fatal };
  }
}

function runQuery(store: Store, request: Extract<GraphWorkerRequest, { type: 'query' }>): string {
  const result = store.query(request.sparql, {
    results_format: request.resultsFormat,
    ...(request.unionDefaultGraph ? { use_default_graph_as_union: true } : {}),
    ...(request.defaultGraphs ? { default_graph: request.defaultGraphs.map((g) => namedNode(g)) } : {}),
    ...(request.namedGraphs ? { named_graphs: request.namedGraphs.map((g) => namedNode(g)) } : {}),
  });
  if (typeof result !== 'string') throw new Error('Oxigraph returned no serialised result');
  return result;
}

function runDump(store: Store, request: Extract<GraphWorkerRequest, { type: 'dump' }>): string {
  if (request.graph !== undefined) {
    return store.dump({ format: request.format, from_graph_name: namedNode(request.graph) });
  }
  if (TRIPLE_FORMATS.has(request.format)) {
    // A triple format cannot say which graph a triple came from: write the merge of all graphs.
    const merged = store.query('CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }', {
      results_format: request.format,
      use_default_graph_as_union: true,
    });
    return String(merged);
  }
  return store.dump({ format: request.format });
}

function send(reply: GraphWorkerReply): void {
  port.postMessage(reply);
}

function failOutsideWorker(): never {
  throw new Error('graph-worker.ts must run in a worker thread');
}

function getMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
