// Starts one Oxigraph worker thread running our worker module (compiled JavaScript, or TypeScript through tsx).
import { Worker } from 'node:worker_threads';

/** True when this module runs from dist/ (compiled by `npm install`), false when tsx runs the TypeScript. */
const COMPILED = import.meta.url.endsWith('.js');

/**
 * On Node 20 a worker's `--import tsx` does not cover the worker's own entry module, and the parent's
 * `register()` (bin/ropa.js) does not reach workers; so under tsx a tiny inline bootstrap registers tsx,
 * then imports the worker module. Compiled, the worker is plain JavaScript.
 */
export function startGraphWorker(): Worker {
  if (COMPILED) return new Worker(new URL('./graph-worker.js', import.meta.url), { name: 'ropa-graph' });
  const workerModule = new URL('./graph-worker.ts', import.meta.url).href;
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsxApi)})
    .then((tsx) => { tsx.register(); return import(${JSON.stringify(workerModule)}); })`;
  return new Worker(bootstrap, { eval: true, name: 'ropa-graph' });
}
