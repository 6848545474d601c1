// Starts one Oxigraph worker thread running our TypeScript worker module.
import { Worker } from 'node:worker_threads';

const WORKER_MODULE = new URL('./graph-worker.ts', import.meta.url).href;
// Resolved here, from our own package, so that the worker finds tsx whatever the working directory.
const TSX_API = import.meta.resolve('tsx/esm/api');

/**
 * On Node 20 a worker's `--import tsx` does not cover the worker's own entry module, and the parent's
 * `register()` (bin/ropa.js) does not reach workers; so a tiny inline bootstrap registers tsx, then
 * imports the worker module.
 */
export function startGraphWorker(): Worker {
  const bootstrap = `import(${JSON.stringify(TSX_API)})
    .then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_MODULE)}); })`;
  return new Worker(bootstrap, { eval: true, name: 'ropa-graph' });
}
