// The media type of a SPARQL answer: Fuseki-style format/output/results parameters first, else the Accept header.
import type { Request } from 'express';
import { HttpError } from '../errors/http-error.ts';
import { FORMAT_NAMES, MEDIA_TYPES, type ResultKindName } from './media-types.ts';
import { negotiateMediaType } from './negotiate-media-type.ts';

/**
 * The parameters clients use to name a result format instead of (or besides) Accept: Fuseki reads all three, Virtuoso
 * "format", Joseki "output", and SPARQLWrapper sends all three at once (format=xml&output=xml&results=xml by default).
 */
export const FORMAT_PARAMETERS = ['format', 'output', 'results'] as const;

/**
 * Names that mean another type for a graph result (CONSTRUCT, DESCRIBE) than for a table, as Fuseki maps them:
 * "xml" is RDF/XML and "json" JSON-LD; "text" and "n3" are Turtle.
 */
const GRAPH_FORMAT_NAMES: Record<string, string> = {
  xml: 'application/rdf+xml',
  json: 'application/ld+json',
  text: 'text/turtle',
  n3: 'text/turtle',
  'rdf+xml': 'application/rdf+xml',
  'json-ld': 'application/ld+json',
};

/** A client asking for plain JSON gets the JSON the result has: SPARQL JSON for a table, JSON-LD for a graph. */
const PLAIN_JSON = 'application/json';

export function chooseSparqlFormat(req: Request, params: Record<string, unknown>, kind: ResultKindName): string {
  const offered = MEDIA_TYPES[kind];
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
  return chosen === PLAIN_JSON ? (kind === 'quads' ? 'application/ld+json' : 'application/sparql-results+json') : chosen;
}

function mapFormatName(value: string, kind: ResultKindName): string | undefined {
  const lower = value.toLowerCase();
  if (lower.includes('/')) return lower === PLAIN_JSON ? (kind === 'quads' ? 'application/ld+json' : 'application/sparql-results+json') : lower;
  return (kind === 'quads' ? GRAPH_FORMAT_NAMES[lower] : undefined) ?? FORMAT_NAMES[lower];
}

function namesFor(kind: ResultKindName): string[] {
  const names = Object.keys(FORMAT_NAMES).filter((n) => MEDIA_TYPES[kind].includes(FORMAT_NAMES[n]!));
  return kind === 'quads' ? [...Object.keys(GRAPH_FORMAT_NAMES), ...names] : names;
}

