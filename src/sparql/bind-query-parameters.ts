// Turns the `name=value` strings of a canned query's run (CLI --param, HTTP query string) into RDF terms by the declared type.
import type * as RDF from '@rdfjs/types';
import { DataFactory } from 'n3';
import type { CannedQuery } from './load-canned-queries.ts';
import { PREFIXES, xsd } from '../vocab/namespaces.ts';

const { namedNode, literal } = DataFactory;

type Param = CannedQuery['params'][number];

/** A value that does not fit its parameter; `parameter` names it, the message says what is expected. */
export class QueryParameterError extends Error {
  override readonly name = 'QueryParameterError';
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(message);
  }
}

/** Longest accepted value: parameters are names, dates and words, never documents. */
export const MAX_PARAMETER_LENGTH = 500;

/**
 * The initial bindings (Comunica `initialBindings`) for one run of `query`: each given value typed by its
 * declaration, and, unless `applyDefaults` is false, the declared default of each parameter not given.
 * Unknown names, values given twice and values that do not fit their type throw QueryParameterError.
 */
export function bindQueryParameters(
  query: Pick<CannedQuery, 'name' | 'params'>,
  values: Iterable<readonly [string, string]>,
  options: { applyDefaults?: boolean } = {},
): Record<string, RDF.Term> {
  const declared = new Map(query.params.map((p) => [p.name, p]));
  const bindings: Record<string, RDF.Term> = {};
  for (const [name, value] of values) {
    const param = declared.get(name);
    if (!param) {
      const known = query.params.map((p) => p.name);
      throw new QueryParameterError(
        name,
        `unknown parameter "${name}" for query ${query.name}; ${known.length > 0 ? `it takes: ${known.join(', ')}` : 'it takes no parameter'}`,
      );
    }
    if (name in bindings) throw new QueryParameterError(name, `parameter "${name}" is given more than once; give it once`);
    bindings[name] = parameterTerm(param, value);
  }
  if (options.applyDefaults !== false) {
    for (const param of query.params) {
      if (!(param.name in bindings) && param.default !== undefined) bindings[param.name] = parameterTerm(param, param.default);
    }
  }
  return bindings;
}

/** One value as the RDF term its declared type asks for. */
export function parameterTerm(param: Pick<Param, 'name' | 'type'>, value: string): RDF.Term {
  const fail = (expected: string): never => {
    const shown = value.length > 60 ? `${value.slice(0, 57)}…` : value;
    throw new QueryParameterError(param.name, `invalid value "${shown}" for parameter "${param.name}" (${param.type}): expected ${expected}`);
  };
  if (value.length > MAX_PARAMETER_LENGTH) fail(`at most ${MAX_PARAMETER_LENGTH} characters`);
  switch (param.type) {
    case 'iri': {
      const iri = expandKnownPrefix(value);
      if (!isAbsoluteIri(iri)) fail('an absolute IRI such as https://w3id.org/dpv#Employee, or a CURIE with a prefix of the project such as dpv:Employee');
      return namedNode(iri);
    }
    case 'string':
      if (value.trim() === '') fail('a non-empty text');
      return literal(value);
    case 'date':
      if (!isCalendarDate(value)) fail('a date YYYY-MM-DD such as 2023-01-01');
      return literal(value, xsd.date);
    case 'integer': {
      if (!/^[+-]?\d+$/.test(value.trim())) fail('a whole number such as 5');
      // Canonical lexical form ("+05" → "5"), which SPARQL string functions then read as written.
      return literal(BigInt(value.trim()).toString(), xsd.integer);
    }
  }
}

/** "pd:Health" → "https://w3id.org/dpv/pd#Health" for the prefixes of src/vocab/namespaces.ts (none is an IRI scheme in use). */
function expandKnownPrefix(value: string): string {
  const m = /^([A-Za-z][\w-]*):([^/].*)?$/.exec(value);
  const ns = m ? (PREFIXES as Record<string, string>)[m[1]!] : undefined;
  return ns === undefined ? value : ns + (m![2] ?? '');
}

/** An absolute IRI (RFC 3987): a scheme, then no character IRIs forbid (spaces, <>"{}|\^`, controls). */
function isAbsoluteIri(value: string): boolean {
  // eslint-disable-next-line no-control-regex
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`\u0000-\u001f\u007f-\u009f]+$/.test(value)) return false;
  return URL.canParse(value);
}

/** YYYY-MM-DD naming a day that exists (2023-02-29 does not). */
function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** `--param k=v` strings as [name, value] pairs: the value is everything after the first "=". */
export function parseParameterAssignments(assignments: readonly string[]): [string, string][] {
  return assignments.map((assignment) => {
    const i = assignment.indexOf('=');
    const name = i < 0 ? assignment : assignment.slice(0, i);
    if (i <= 0) throw new QueryParameterError(name, `malformed parameter "${assignment}": expected name=value, e.g. --param years=10`);
    return [name, assignment.slice(i + 1)];
  });
}
