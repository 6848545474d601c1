// The generations of an external store (serve --store): its manifest graph read at start and on each refresh.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { QueryError } from '../errors/query-errors.ts';
import type { LiveGraph, NextGeneration } from './live-graph.ts';
import { openRemoteStore } from './open-remote-store.ts';
import { readStoreManifest, type ManifestOutcome } from './read-store-manifest.ts';

export interface StoreReaderOptions {
  url: string;
  baseIri: string;
  /** Per request: the query timeout. */
  timeoutMs: number;
  /** Take the store's own default graph for the project's union (see RemoteStoreOptions.union). */
  union?: boolean;
  /** A local build folder whose manifest.json says which build the store should hold (when it exists). */
  graphDir?: string;
  log: (line: string) => void;
}

/**
 * At start, a store that cannot be read still gives a generation (served degraded, every page answering 503 with
 * the reason), so that the server comes up and /health says what is wrong; on a refresh, a failure keeps the last
 * good generation instead (the live graph records the error).
 */
export function createStoreReader(options: StoreReaderOptions): () => Promise<NextGeneration> {
  let first = true;
  return async () => {
    const started = performance.now();
    const starting = first;
    first = false;
    let outcome: ManifestOutcome;
    try {
      outcome = await readStoreManifest(options.url, options.baseIri, { timeoutMs: options.timeoutMs });
    } catch (error) {
      if (!starting || !(error instanceof QueryError)) throw error;
      outcome = { status: 'missing', message: error.message };
    }
    const localInputsHash = options.graphDir ? await readLocalInputsHash(options.graphDir) : undefined;
    const loadMillis = performance.now() - started;
    const fingerprint = outcome.status === 'found' ? outcome.manifest.inputsHash : `missing: ${outcome.message}`;
    return {
      fingerprint,
      open: async (id) => {
        const store = openRemoteStore({ url: options.url, outcome, generation: id, union: options.union === true, dumpTimeoutMs: Math.max(options.timeoutMs, 300_000), loadMillis, ...(localInputsHash ? { localInputsHash } : {}) });
        const status = store.external?.();
        if (status?.holds) options.log(`store: ${options.url} holds build ${status.holds.inputsHash.slice(0, 12)} (${status.holds.triples} triples in ${status.holds.graphs} graphs${status.holds.issued ? `, published ${status.holds.issued}` : ''})`);
        if (status?.problem) options.log(`store: WARNING ${status.problem}`);
        return store;
      },
    };
  };
}

/** Reads the manifest again every `seconds`; a new inputs hash there makes a new generation. Stops with the graph. */
export function scheduleStoreRefresh(live: Pick<LiveGraph<unknown>, 'reload' | 'onClose'>, seconds: number): void {
  const timer = setInterval(() => void live.reload('store refresh'), seconds * 1000);
  timer.unref();
  live.onClose(() => clearInterval(timer));
}

async function readLocalInputsHash(graphDir: string): Promise<string | undefined> {
  const text = await readFile(join(graphDir, 'manifest.json'), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  try {
    const hash = (JSON.parse(text) as { inputsHash?: unknown }).inputsHash;
    return typeof hash === 'string' ? hash : undefined;
  } catch {
    return undefined;
  }
}
