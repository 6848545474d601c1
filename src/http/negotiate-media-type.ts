// Content negotiation, done once for every route: ?format= wins, else the Accept header (see chooseMediaType).
import type { Request } from 'express';
import { HttpError } from '../errors/http-error.ts';
import { chooseMediaType } from '../rdf/choose-media-type.ts';
import { NAMED_FORMATS } from '../rdf/formats.ts';

/**
 * Returns the media type to answer with, among `offered` (first = default for * / *).
 * Throws HttpError 406 naming what is offered, or 400 for an unknown ?format=.
 */
export function negotiateMediaType(req: Request, offered: readonly string[], options: { formatParameter?: boolean } = {}): string {
  // A route that reads format parameters of its own (the SPARQL endpoint) negotiates the Accept header only.
  const format = options.formatParameter !== false && typeof req.query.format === 'string' ? req.query.format : undefined;
  if (format !== undefined) {
    const type = findNamedFormat(format) ?? (offered.includes(format) ? format : undefined);
    if (type === undefined || !offered.includes(type)) {
      throw new HttpError(400, `unknown or unsupported format "${format}"; use one of: ${formatNamesFor(offered).join(', ')}`);
    }
    return type;
  }
  const chosen = chooseMediaType(req.get('accept'), offered);
  if (chosen === undefined) {
    throw new HttpError(406, `none of the requested media types (Accept: ${req.get('accept') ?? ''}) is available; this resource is offered as: ${offered.join(', ')}`);
  }
  return chosen;
}

/** The media type a short name of ?format= stands for (json is SPARQL JSON here; the endpoint reads graph names too). */
export function findNamedFormat(name: string): string | undefined {
  const lower = name.toLowerCase();
  return NAMED_FORMATS.find((f) => f.names.includes(lower))?.mediaType;
}

/** The short names of ?format= that stand for one of `offered`. */
export function formatNamesFor(offered: readonly string[]): string[] {
  return NAMED_FORMATS.filter((f) => offered.includes(f.mediaType)).flatMap((f) => f.names);
}
