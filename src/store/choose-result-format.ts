// Content negotiation: the media type, among those Oxigraph writes, that best fits an Accept header.
import type { QueryForm } from './inspect-query.ts';

/** Preference order when the client accepts several equally: the first is also the default. */
const SOLUTION_FORMATS = [
  'application/sparql-results+json',
  'application/sparql-results+xml',
  'text/csv',
  'text/tab-separated-values',
] as const;
const GRAPH_FORMATS = ['application/n-triples', 'text/turtle', 'application/rdf+xml', 'application/ld+json'] as const;

interface MediaRange {
  type: string;
  subtype: string;
  q: number;
}

/** Returns the chosen media type, or undefined when the client accepts none we can write. */
export function chooseResultFormat(form: QueryForm, accept: string | undefined): string | undefined {
  const candidates: readonly string[] = form === 'CONSTRUCT' || form === 'DESCRIBE' ? GRAPH_FORMATS : SOLUTION_FORMATS;
  const ranges = parseAccept(accept ?? '');
  if (ranges.length === 0) return candidates[0];
  let best: { mediaType: string; q: number } | undefined;
  for (const mediaType of candidates) {
    const q = rateMediaType(mediaType, ranges);
    // Strictly greater, so that among equals our preference order decides.
    if (q > 0 && (best === undefined || q > best.q)) best = { mediaType, q };
  }
  return best?.mediaType;
}

function parseAccept(accept: string): MediaRange[] {
  const ranges: MediaRange[] = [];
  for (const part of accept.split(',')) {
    const [range = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    const [type, subtype] = range.split('/');
    if (!type || !subtype) continue;
    const qParam = params.find((p) => p.startsWith('q='));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    ranges.push({ type, subtype, q: Number.isFinite(q) ? q : 0 });
  }
  return ranges;
}

/** The q of the most specific range matching the media type (RFC 9110 §12.5.1), 0 if none does. */
function rateMediaType(mediaType: string, ranges: readonly MediaRange[]): number {
  const [type, subtype] = mediaType.split('/');
  let specificity = -1;
  let q = 0;
  for (const range of ranges) {
    const s =
      range.type === type && range.subtype === subtype ? 2
      : range.type === type && range.subtype === '*' ? 1
      : range.type === '*' && range.subtype === '*' ? 0
      : -1;
    if (s > specificity) {
      specificity = s;
      q = range.q;
    }
  }
  return q;
}
