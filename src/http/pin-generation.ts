// Middleware: each request holds the generation it started on until its response ends.
import type { RequestHandler } from 'express';
import type { AppDeps } from './app-deps.ts';

/**
 * A request started before a switch finishes on the old graph (its pages, its queries, its caches), a request
 * after it sees only the new one; the old generation closes when its last request ends.
 */
export function createGenerationPin(deps: Pick<AppDeps, 'live'>): RequestHandler {
  return (_req, res, next) => {
    const { generation, release } = deps.live.lease();
    res.once('close', release);
    deps.live.run(generation, next);
  };
}
