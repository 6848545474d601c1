// One page of a query's results: LIMIT and OFFSET set in the parsed query (sparqljs), never spliced into its text.
import sparqljs from 'sparqljs';
import { UsageError } from '../errors/usage-error.ts';

/** Rows of a canned query's page when the caller names none: at 100 000 treatments no page takes over 2 s. */
export const DEFAULT_PAGE_SIZE = 1000;

export interface PageRequest {
  limit: number;
  offset: number;
}

/**
 * A SELECT limited to one page. A query with a LIMIT or OFFSET of its own keeps them, the page being taken inside
 * them; other forms are left as they are (ASK has no rows; graphs are capped by the result limit).
 */
export function pageQuery(text: string, page: PageRequest): string {
  const parsed = new sparqljs.Parser({ sparqlStar: false }).parse(text);
  if (parsed.type !== 'query' || parsed.queryType !== 'SELECT') return text;
  const ownOffset = parsed.offset ?? 0;
  const ownLimit = parsed.limit ?? Number.POSITIVE_INFINITY;
  const offset = ownOffset + page.offset;
  const limit = Math.max(0, Math.min(page.limit, ownLimit - page.offset));
  return new sparqljs.Generator().stringify({ ...parsed, limit, ...(offset > 0 ? { offset } : { offset: undefined }) });
}

/** `limit` and `offset` given as text (query string, command line): whole numbers; limit at least 1 and at most `max`. */
export function readPageRequest(given: { limit?: string; offset?: string }, max: number, name: { limit: string; offset: string }): PageRequest {
  const limit = given.limit === undefined ? Math.min(DEFAULT_PAGE_SIZE, max) : readWholeNumber(given.limit, name.limit, 1);
  const offset = given.offset === undefined ? 0 : readWholeNumber(given.offset, name.offset, 0);
  if (limit > max) throw new UsageError(`${name.limit} is at most ${max} (the result limit of this server); page with ${name.offset}`);
  return { limit, offset };
}

function readWholeNumber(text: string, name: string, min: number): number {
  if (!/^\d{1,9}$/.test(text.trim()) || Number(text) < min) throw new UsageError(`${name} must be a whole number ${min === 0 ? 'from 0' : 'from 1'}, not "${text}"`);
  return Number(text);
}
