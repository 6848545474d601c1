// Refuses a query that is too long, nested too deep or lists too many terms, in one linear pass before any parser reads it.
import { nameConfigOption } from '../config/config-options.ts';
import { QueryRefusedError } from '../errors/query-errors.ts';

/**
 * Parsing (sparqljs here, traqula in Comunica) and planning run on the main thread, and their cost grows with the
 * text (a few µs a character), faster than linearly with the nesting, and with the terms of a list; Oxigraph's
 * parser overflows its stack near 1 000 levels. Bounding the three keeps what one request costs the event loop small.
 */
export interface QueryLimits {
  /** Characters (UTF-16 code units) of the query text. */
  maxLength: number;
  /** Open brackets ( { [ at once. */
  maxDepth: number;
  /** Terms in one VALUES block, or items of one IN / NOT IN list. */
  maxValues: number;
}

interface OpenList {
  keyword: 'VALUES' | 'IN';
  /** The depth of its own bracket. */
  depth: number;
  terms: number;
}

/** Throws QueryRefusedError: 413 when too long or a list is too long, 400 when nested too deep. */
export function checkQueryLimits(text: string, limits: QueryLimits): void {
  if (text.length > limits.maxLength) {
    throw new QueryRefusedError(`the query is ${text.length} characters long; the limit is ${limits.maxLength} (set with ${nameConfigOption('maxQueryLength')})`, 413);
  }
  const lists: OpenList[] = [];
  /** A VALUES or IN keyword waiting for the bracket that opens its list. */
  let pending: OpenList['keyword'] | undefined;
  let depth = 0;
  const countTerm = () => {
    const list = lists.at(-1);
    // Every term inside a VALUES block counts (rows are bracketed); an IN list counts its items (commas at its depth).
    if (list?.keyword === 'VALUES') addTerm(list, limits.maxValues);
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '#') {
      i = skipComment(text, i);
    } else if (c === '"' || c === "'") {
      i = skipString(text, i);
      countTerm();
    } else if (c === '<') {
      const end = findIriEnd(text, i);
      if (end > 0) countTerm();
      i = end > 0 ? end : i + 1;
    } else if (c === '(' || c === '{' || c === '[') {
      depth += 1;
      if (depth > limits.maxDepth) {
        throw new QueryRefusedError(`the query nests brackets ( { [ more than ${limits.maxDepth} deep, the limit (set with ${nameConfigOption('maxQueryDepth')})`, 400);
      }
      if ((pending === 'VALUES' && c === '{') || (pending === 'IN' && c === '(')) {
        lists.push({ keyword: pending, depth, terms: pending === 'IN' ? 1 : 0 });
        pending = undefined;
      }
      i += 1;
    } else if (c === ')' || c === '}' || c === ']') {
      if (lists.at(-1)?.depth === depth) lists.pop();
      depth = Math.max(0, depth - 1);
      i += 1;
    } else if (c === ',') {
      const list = lists.at(-1);
      if (list?.keyword === 'IN' && list.depth === depth) addTerm(list, limits.maxValues);
      i += 1;
    } else if (c === '^' || c === '@') {
      // A datatype (^^xsd:integer, ^^<…>) or a language tag (@fr) belongs to the literal before it.
      const next = skipWhile(text, i, (ch) => ch === '^' || ch === '@');
      i = text[next] === '<' ? Math.max(findIriEnd(text, next), next + 1) : skipWord(text, next);
    } else if (c === '?' || c === '$' || isWordChar(c)) {
      const end = skipWord(text, i + 1);
      const word = text.slice(i, end).toUpperCase();
      if (word === 'VALUES' || word === 'IN') pending = word;
      else if (c !== '?' && c !== '$') countTerm();
      i = end;
    } else {
      i += 1;
    }
  }
}

function addTerm(list: OpenList, max: number): void {
  list.terms += 1;
  if (list.terms > max) {
    const what = list.keyword === 'VALUES' ? 'a VALUES block of the query holds' : 'an IN list of the query has';
    throw new QueryRefusedError(`${what} more than ${max} terms, the limit (set with ${nameConfigOption('maxQueryValues')})`, 413);
  }
}

function skipComment(text: string, i: number): number {
  return skipWhile(text, i, (ch) => ch !== '\n' && ch !== '\r');
}

/** Past the closing quote of a short or long ("""…""") string, escapes included; the end of the text if unclosed. */
function skipString(text: string, start: number): number {
  const quote = text[start]!;
  const long = text.startsWith(quote.repeat(3), start);
  let i = start + (long ? 3 : 1);
  while (i < text.length) {
    const c = text[i]!;
    if (c === '\\') i += 2;
    else if (long ? text.startsWith(quote.repeat(3), i) : c === quote) return i + (long ? 3 : 1);
    else if (!long && (c === '\n' || c === '\r')) return i;
    else i += 1;
  }
  return i;
}

/**
 * Past the `>` of an IRIREF starting at `start`, or 0 when the `<` is the less-than operator. The look-ahead stops at
 * the first character an IRI cannot hold, `<` included, so no character is looked at more than twice in all.
 */
function findIriEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i]!;
    if (c === '>') return i + 1;
    if (c <= ' ' || '<"{}|^`\\'.includes(c)) return 0;
  }
  return 0;
}

/** Past a name, number, prefixed name or keyword (a dot inside one, as in ex:a.b or 1.5, stays part of it). */
function skipWord(text: string, i: number): number {
  return skipWhile(text, i, (ch) => isWordChar(ch) || ch === ':' || ch === '.' || ch === '-' || ch === '%' || ch === '\\');
}

function skipWhile(text: string, i: number, keep: (ch: string) => boolean): number {
  while (i < text.length && keep(text[i]!)) i += 1;
  return i;
}

function isWordChar(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c === '_' || c === ':' || c > '\u007f';
}
