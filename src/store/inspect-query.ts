// Reads a SPARQL text with sparqljs to learn its form, its dataset clauses and any SERVICE it calls.
import { LRUCache } from 'lru-cache';
import sparqljs from 'sparqljs';
import type { ResultKind } from '../rdf/formats.ts';

export type QueryForm = 'SELECT' | 'ASK' | 'CONSTRUCT' | 'DESCRIBE' | 'UPDATE' | 'UNKNOWN';

export interface QueryShape {
  form: QueryForm;
  /** Whether the query names its own dataset (FROM / FROM NAMED), which must then win over our union default. */
  hasDatasetClause: boolean;
  /** IRIs of FROM and FROM NAMED clauses. */
  datasetIris: string[];
  /** IRIs (or variable names) of SERVICE clauses, at any depth. */
  serviceIris: string[];
  /** The query with its relative IRIs resolved against the service base, when it had any. */
  resolvedText?: string;
  /** The parser's message when the text is not SPARQL 1.1 (form is then UNKNOWN). */
  syntaxError?: string;
}

/** At most this many bytes of query texts and what was read from them (a client chooses the texts). */
const CACHE_BYTES = 8 * 1024 * 1024;

/**
 * The same text is read by the service, then by the store (and a client repeats its queries): parsing once
 * saves a few milliseconds a query. Shapes are shared between callers, hence frozen. Bounded in bytes, not
 * entries: a thousand distinct 900 kB texts held 0.9 GB when it counted entries.
 */
const shapes = new LRUCache<string, Readonly<QueryShape>>({ maxSize: CACHE_BYTES, sizeCalculation: measureShape });

/** What the cache holds now, in entries and estimated bytes, and its bound. */
export function describeQueryShapeCache(): { entries: number; bytes: number; maxBytes: number } {
  return { entries: shapes.size, bytes: shapes.calculatedSize, maxBytes: CACHE_BYTES };
}

/** Two bytes a character (strings may be UTF-16), for the key and every string of the shape, plus the objects. */
function measureShape(shape: Readonly<QueryShape>, key: string): number {
  const strings = [key, shape.resolvedText ?? '', shape.syntaxError ?? '', ...shape.datasetIris, ...shape.serviceIris];
  return 2 * strings.reduce((n, s) => n + s.length, 0) + 256;
}

/**
 * `baseIri` is the service-defined base (SPARQL 1.1 Protocol §2.1.4 lets the endpoint choose one): a query
 * using relative IRIs without BASE is read against it, and `resolvedText` then carries absolute IRIs.
 */
export function inspectQuery(sparql: string, baseIri?: string): Readonly<QueryShape> {
  const key = `${baseIri ?? ''}\n${sparql}`;
  let shape = shapes.get(key);
  if (shape === undefined) {
    shape = Object.freeze(readQueryShape(sparql, baseIri));
    shapes.set(key, shape);
  }
  return shape;
}

function readQueryShape(sparql: string, baseIri?: string): QueryShape {
  let parsed: sparqljs.SparqlQuery;
  let resolvedText: string | undefined;
  try {
    parsed = new sparqljs.Parser({ sparqlStar: false }).parse(sparql);
  } catch (error) {
    const message = (error as Error).message;
    if (baseIri === undefined || !/relative IRI/i.test(message)) {
      return { form: 'UNKNOWN', hasDatasetClause: false, datasetIris: [], serviceIris: [], syntaxError: message };
    }
    parsed = new sparqljs.Parser({ sparqlStar: false, baseIRI: baseIri }).parse(sparql);
    resolvedText = new sparqljs.Generator().stringify(parsed);
  }
  if (sparql.trim() === '' || (parsed.type === 'update' && parsed.updates.length === 0)) {
    // sparqljs reads an empty text as an empty update; for an endpoint it is simply no query.
    return { form: 'UNKNOWN', hasDatasetClause: false, datasetIris: [], serviceIris: [], syntaxError: 'the query is empty' };
  }
  if (parsed.type === 'update') {
    return { form: 'UPDATE', hasDatasetClause: false, datasetIris: [], serviceIris: [] };
  }
  const datasetIris = [...(parsed.from?.default ?? []), ...(parsed.from?.named ?? [])].map((t) => t.value);
  return {
    ...(resolvedText !== undefined ? { resolvedText } : {}),
    form: parsed.queryType,
    hasDatasetClause: datasetIris.length > 0,
    datasetIris,
    serviceIris: collectServices(parsed),
  };
}

/** SERVICE may hide in any group, subquery, OPTIONAL, UNION, MINUS or FILTER EXISTS: walk the whole tree. */
function collectServices(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) {
    for (const child of node) collectServices(child, found);
  } else if (node !== null && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (record.type === 'service') found.push(String((record.name as { value?: unknown } | undefined)?.value ?? ''));
    for (const value of Object.values(record)) if (typeof value === 'object') collectServices(value, found);
  }
  return found;
}

/** The kind of result a query form gives; an unrecognised form is read as SELECT (see query). */
export function kindOfForm(form: QueryForm): ResultKind {
  return form === 'ASK' ? 'boolean' : form === 'CONSTRUCT' || form === 'DESCRIBE' ? 'quads' : 'bindings';
}
