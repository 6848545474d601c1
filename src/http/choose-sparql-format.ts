// The media type of a SPARQL answer: Fuseki-style format/output/results parameters first, else the Accept header.
import type { Request } from 'express';
import { HttpError } from '../errors/http-error.ts';
import { ENDPOINT_FORMATS, formatKindOf, listMediaTypes, PLAIN_JSON, type Format, type ResultKind } from '../rdf/formats.ts';
import { findNamedFormat, negotiateMediaType } from './negotiate-media-type.ts';

/**
 * The parameters clients use to name a result format instead of (or besides) Accept: Fuseki reads all three, Virtuoso
 * "format", Joseki "output", and SPARQLWrapper sends all three at once (format=xml&output=xml&results=xml by default).
 */
export const FORMAT_PARAMETERS = ['format', 'output', 'results'] as const;

export function chooseSparqlFormat(req: Request, params: Record<string, unknown>, kind: ResultKind): string {
  const offered = listMediaTypes(ENDPOINT_FORMATS[kind]);
  const named = FORMAT_PARAMETERS.flatMap((name) => {
    const value = params[name];
    return (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => ({ name, value: v.trim() }));
  });
  if (named.length > 0) {
    // SPARQLWrapper may send a name and a media type for the same format (format=rdf+xml&format=application/rdf+xml).
    for (const { value } of named) {
      const type = mapFormatName(value, kind);
      if (type !== undefined && offered.includes(type)) return type;
    }
    const given = named.map((n) => `${n.name}=${n.value}`).join('&');
    throw new HttpError(400, `unknown or unsupported result format (${given}) for a ${kind === 'quads' ? 'CONSTRUCT or DESCRIBE' : 'SELECT or ASK'} query; use one of: ${namesFor(kind).join(', ')}, or a media type: ${offered.join(', ')}`);
  }
  const chosen = negotiateMediaType(req, [...offered, PLAIN_JSON], { formatParameter: false });
  return chosen === PLAIN_JSON ? plainJsonFor(kind) : chosen;
}

/** A client asking for plain JSON gets the JSON the result has: SPARQL JSON for a table, JSON-LD for a graph. */
function plainJsonFor(kind: ResultKind): string {
  const format = ENDPOINT_FORMATS[kind].find((f) => f.aliases.includes(PLAIN_JSON) && f.kinds.includes(formatKindOf(kind)));
  if (format === undefined) throw new Error(`no JSON format offered for a ${kind} result`);
  return format.mediaType;
}

function mapFormatName(value: string, kind: ResultKind): string | undefined {
  const lower = value.toLowerCase();
  if (lower.includes('/')) return lower === PLAIN_JSON ? plainJsonFor(kind) : lower;
  return (kind === 'quads' ? graphFormatNamed(lower)?.mediaType : undefined) ?? findNamedFormat(lower);
}

/** Names that mean another type for a graph result (CONSTRUCT, DESCRIBE) than for a table, as Fuseki maps them. */
function graphFormatNamed(name: string): Format | undefined {
  return ENDPOINT_FORMATS.quads.find((f) => f.graphNames.includes(name));
}

function namesFor(kind: ResultKind): string[] {
  const offered = ENDPOINT_FORMATS[kind];
  const names = offered.flatMap((f) => f.names);
  return kind === 'quads' ? [...offered.flatMap((f) => f.graphNames), ...names] : names;
}
