// GET /health: is the graph served, which generation, how many workers, and the last failure to load a new one.
import { Router } from 'express';
import type { AppDeps } from './app-deps.ts';

/** The JSON documented in docs/live-graph.md; 200 when ready, 503 when no worker can answer. */
export function createHealthRouter(deps: AppDeps): Router {
  const router = Router();
  router.get('/health', (_req, res) => {
    const status = deps.live.status();
    const { id, triples, graphs, loadedAt, loadMillis, fingerprint, files } = status.generation;
    // With --store: what the store holds, and why it is degraded (no manifest graph, another build, a failed request).
    const store = deps.live.current().store.external?.();
    const message = store?.problem ?? store?.lastFailure?.message ?? status.lastError?.message;
    res
      .status(status.ready ? 200 : 503)
      .set('Cache-Control', 'no-store')
      .json({
        ready: status.ready,
        status: !status.ready ? 'down' : message !== undefined ? 'degraded' : 'ok',
        ...(message !== undefined ? { message } : {}),
        generation: { id, triples, graphs: graphs.length, files: files.length, loadedAt: loadedAt.toISOString(), loadMillis: Math.round(loadMillis), fingerprint },
        workers: status.workers,
        loading: status.loading,
        lastError: status.lastError,
        // With --mirror: each source, its mode (mirrored or live), freshness, and why it is stale.
        ...(deps.mirror ? { mirror: deps.mirror.status() } : {}),
        ...(store ? { store } : {}),
      });
  });
  return router;
}
