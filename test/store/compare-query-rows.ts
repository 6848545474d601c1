// Compares the rows of one query on two stores as multisets of RDF terms, normalising only what is representation.
import type * as RDF from '@rdfjs/types';
import sparqljs from 'sparqljs';

export type Row = Record<string, RDF.Term>;

const XSD = 'http://www.w3.org/2001/XMLSchema#';
/**
 * Integer datatypes are one value space: Virtuoso types COUNT and whole numbers as xsd:int or xsd:long where
 * Oxigraph says xsd:integer, and "1"^^xsd:int and "1"^^xsd:integer are the same number. Only these are merged;
 * decimals, doubles, dates, language tags and plain strings must match as they are.
 */
const INTEGER_TYPES = new Set(['integer', 'int', 'long', 'short', 'byte', 'nonNegativeInteger', 'positiveInteger', 'unsignedInt', 'unsignedLong'].map((t) => XSD + t));

/**
 * The separator of each GROUP_CONCAT of the projection ("?durations" → ", "): SPARQL leaves the order of a
 * GROUP_CONCAT list unspecified (an ORDER BY in a sub-select does not bind the aggregate either), so the items of
 * these lists are compared sorted; the number of items and each item must still match.
 */
export function findListSeparators(query: string): Map<string, string> {
  const separators = new Map<string, string>();
  // Anywhere in the query: a list made in a sub-select is projected as it is by the queries around it.
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    const bound = node as { expression?: unknown; variable?: RDF.Variable };
    const found = bound.variable?.termType === 'Variable' ? findGroupConcat(bound.expression) : undefined;
    if (found !== undefined) separators.set(bound.variable!.value, found);
    for (const child of Object.values(node)) visit(child);
  };
  visit(new sparqljs.Parser().parse(query));
  return separators;
}

function findGroupConcat(expression: unknown): string | undefined {
  if (typeof expression !== 'object' || expression === null) return undefined;
  const e = expression as { type?: string; aggregation?: string; separator?: string; args?: unknown[] };
  if (e.type === 'aggregate' && e.aggregation?.toLowerCase() === 'group_concat') return e.separator ?? ' ';
  for (const arg of e.args ?? []) {
    const found = findGroupConcat(arg);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** One term as text, with integer types merged and a GROUP_CONCAT list's items sorted. */
export function showTerm(term: RDF.Term, separator?: string): string {
  if (term.termType === 'NamedNode') return `<${term.value}>`;
  if (term.termType === 'BlankNode') return '_:b';
  if (term.termType !== 'Literal') return `?${term.value}`;
  const lexical = separator === undefined ? term.value : term.value.split(separator).sort().join(separator);
  if (term.language) return `${JSON.stringify(lexical)}@${term.language}`;
  if (INTEGER_TYPES.has(term.datatype.value) && /^[+-]?\d+$/.test(lexical)) return `${BigInt(lexical).toString()}^^xsd:integer`;
  const datatype = term.datatype.value.startsWith(XSD) ? `xsd:${term.datatype.value.slice(XSD.length)}` : `<${term.datatype.value}>`;
  return datatype === 'xsd:string' ? JSON.stringify(lexical) : `${JSON.stringify(lexical)}^^${datatype}`;
}

/** A row as one line: its bound variables in name order (an unbound variable is absent on both engines). */
export function showRow(row: Row, separators: ReadonlyMap<string, string>): string {
  return Object.keys(row)
    .sort()
    .map((name) => `?${name}=${showTerm(row[name]!, separators.get(name))}`)
    .join(' ');
}

export interface RowDifference {
  /** Rows the first store gives (more often) that the second does not. */
  onlyLeft: string[];
  onlyRight: string[];
}

/** The multiset difference of two answers, each row counted as often as it comes. */
export function compareRows(left: readonly Row[], right: readonly Row[], separators: ReadonlyMap<string, string>): RowDifference {
  const counts = new Map<string, number>();
  for (const row of left) counts.set(showRow(row, separators), (counts.get(showRow(row, separators)) ?? 0) + 1);
  for (const row of right) counts.set(showRow(row, separators), (counts.get(showRow(row, separators)) ?? 0) - 1);
  const onlyLeft: string[] = [];
  const onlyRight: string[] = [];
  for (const [line, n] of [...counts].sort()) {
    for (let i = 0; i < Math.abs(n); i++) (n > 0 ? onlyLeft : onlyRight).push(line);
  }
  return { onlyLeft, onlyRight };
}

/**
 * The query with `bindings` as a VALUES block at the start of its WHERE group (built in the syntax tree, never
 * spliced into the text), so that a store without Comunica's initial bindings gets the same parameter values: the
 * BINDs of the canned queries that read a parameter (COALESCE(?years, 5)) come after it in that group.
 */
export function bindWithValues(query: string, bindings: Record<string, RDF.Term>): string {
  const names = Object.keys(bindings);
  if (names.length === 0) return query;
  const parsed = new sparqljs.Parser().parse(query) as sparqljs.SelectQuery;
  const row = Object.fromEntries(names.map((name) => [`?${name}`, bindings[name]])) as sparqljs.ValuesPattern['values'][number];
  parsed.where = [{ type: 'values', values: [row] }, ...(parsed.where ?? [])];
  return new sparqljs.Generator().stringify(parsed);
}
