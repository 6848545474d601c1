// Content negotiation: the media type, among those Oxigraph writes, that best fits an Accept header.
import Negotiator from 'negotiator';
import type { QueryForm } from './inspect-query.ts';

/** Preference order when the client accepts several equally: the first is also the default. */
const SOLUTION_FORMATS = [
  'application/sparql-results+json',
  'application/sparql-results+xml',
  'text/csv',
  'text/tab-separated-values',
] as const;
const GRAPH_FORMATS = ['application/n-triples', 'text/turtle', 'application/rdf+xml', 'application/ld+json'] as const;

/** Returns the chosen media type, or undefined when the client accepts none we can write. */
export function chooseResultFormat(form: QueryForm, accept: string | undefined): string | undefined {
  const candidates: string[] = [...(form === 'CONSTRUCT' || form === 'DESCRIBE' ? GRAPH_FORMATS : SOLUTION_FORMATS)];
  // No Accept (or an empty one) means anything (RFC 9110 §12.5.1); negotiator reads "" as nothing.
  const header = accept === undefined || accept.trim() === '' ? '*/*' : accept;
  return new Negotiator({ headers: { accept: header } }).mediaType(candidates);
}
