// Content negotiation, done once for every route: ?format= wins, else the Accept header (via `accepts`).
import accepts from 'accepts';
import type { Request } from 'express';
import { FORMAT_NAMES } from './media-types.ts';
import { HttpError } from '../errors/http-error.ts';

/**
 * Returns the media type to answer with, among `offered` (first = default for * / *).
 * Throws HttpError 406 naming what is offered, or 400 for an unknown ?format=.
 */
export function negotiateMediaType(req: Request, offered: readonly string[], options: { formatParameter?: boolean } = {}): string {
  // A route that reads format parameters of its own (the SPARQL endpoint) negotiates the Accept header only.
  const format = options.formatParameter !== false && typeof req.query.format === 'string' ? req.query.format : undefined;
  if (format !== undefined) {
    const type = FORMAT_NAMES[format.toLowerCase()] ?? (offered.includes(format) ? format : undefined);
    if (type === undefined || !offered.includes(type)) {
      throw new HttpError(400, `unknown or unsupported format "${format}"; use one of: ${formatNamesFor(offered).join(', ')}`);
    }
    return type;
  }
  const chosen = accepts(req).type([...offered]) as string | false;
  if (chosen === false) {
    throw new HttpError(406, `none of the requested media types (Accept: ${req.get('accept') ?? ''}) is available; this resource is offered as: ${offered.join(', ')}`);
  }
  return chosen;
}

function formatNamesFor(offered: readonly string[]): string[] {
  return Object.entries(FORMAT_NAMES)
    .filter(([, type]) => offered.includes(type))
    .map(([name]) => name);
}
