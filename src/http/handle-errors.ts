// The one error middleware: typed errors become their status with a message the client can act on.
import type { ErrorRequestHandler } from 'express';
import escapeHtml from 'escape-html';
import { HttpError } from '../errors/http-error.ts';
import { QueryError } from '../errors/query-errors.ts';

export function createErrorHandler(log: (line: string) => void): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const { status, message, headers } = describe(error);
    // Typed failures are expected (a timeout, a dead federated source): one line; anything else: the stack.
    if (status >= 500) log(`error ${status} ${req.method} ${req.originalUrl}: ${error instanceof HttpError || error instanceof QueryError ? message : error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    if (res.headersSent) return void res.end();
    res.status(status).set(headers);
    // Browsers get a page; SPARQL clients and scripts get plain text they can show as is.
    const wantsHtml = req.accepts(['text/plain', 'text/html']) === 'text/html' && req.get('accept')?.includes('text/html');
    if (wantsHtml) {
      res.type('html').send(`<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${status}</title><link rel="stylesheet" href="/assets/site.css"></head><body><main><h1>Erreur ${status}</h1><pre>${escapeHtml(message)}</pre><p><a href="/">Retour à la page de requêtes</a></p></main></body></html>`);
    } else {
      res.type('text/plain; charset=utf-8').send(`${message}\n`);
    }
  };
}

function describe(error: unknown): { status: number; message: string; headers: Record<string, string> } {
  if (error instanceof HttpError) return { status: error.status, message: error.message, headers: error.headers };
  if (error instanceof QueryError) return { status: error.status, message: error.message, headers: error.status === 503 ? { 'Retry-After': '5' } : {} };
  // body-parser errors carry their status (413 too large, 400 malformed) and a safe message.
  const e = error as { status?: unknown; statusCode?: unknown; expose?: unknown; message?: unknown; type?: unknown };
  const status = typeof e.status === 'number' ? e.status : typeof e.statusCode === 'number' ? e.statusCode : 500;
  if (status < 500 && e.expose !== false) {
    const message = e.type === 'entity.too.large' ? 'request body too large' : String(e.message ?? 'bad request');
    return { status, message, headers: {} };
  }
  return { status: 500, message: 'internal error; see the server log', headers: {} };
}
