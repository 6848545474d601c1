// The queries a bench runs: every analyst query of queries/ plus the bench's own shapes, defaults bound.
import { fileURLToPath } from 'node:url';
import type * as RDF from '@rdfjs/types';
import { DataFactory } from 'n3';
import sparqljs from 'sparqljs';
import { QUERIES_DIR } from '../../src/config/project-paths.ts';
import { loadCannedQueries, type CannedQuery } from '../../src/sparql/load-canned-queries.ts';
import { inspectQuery } from '../../src/store/inspect-query.ts';
import { xsd } from '../../src/vocab/namespaces.ts';

export const BENCH_QUERIES_DIR = fileURLToPath(new URL('../queries/', import.meta.url));

export type BenchQueryForm = 'SELECT' | 'ASK' | 'CONSTRUCT' | 'DESCRIBE';

export interface BenchQuery {
  /** "treatments-per-register" for queries/, "bench/contains-search" for the bench's own. */
  name: string;
  title: string;
  origin: 'queries' | 'bench';
  form: BenchQueryForm;
  /** The text every engine runs: the file's, with parameters that have a default bound by VALUES. */
  text: string;
  /** Parameters bound to their default, e.g. { system: "Office365" }. */
  defaults: Record<string, string>;
}

export async function loadBenchQueries(options: { queriesDir?: string; benchDir?: string } = {}): Promise<BenchQuery[]> {
  const analysts = await loadCannedQueries(options.queriesDir ?? QUERIES_DIR);
  const bench = await loadCannedQueries(options.benchDir ?? BENCH_QUERIES_DIR);
  return [...analysts.map((q) => toBenchQuery(q, 'queries')), ...bench.map((q) => toBenchQuery(q, 'bench'))];
}

function toBenchQuery(query: CannedQuery, origin: BenchQuery['origin']): BenchQuery {
  const withDefaults = query.params.filter((p) => p.default !== undefined);
  const text = withDefaults.length === 0 ? query.text : bindDefaults(query.text, Object.fromEntries(withDefaults.map((p) => [p.name, toTerm(p.type, p.default!)])));
  const form = inspectQuery(text).form;
  if (form === 'UPDATE' || form === 'UNKNOWN') throw new Error(`${query.name}.rq: not a query the bench can run (${form})`);
  return {
    name: origin === 'queries' ? query.name : `bench/${query.name}`,
    title: query.title,
    origin,
    form,
    text,
    defaults: Object.fromEntries(withDefaults.map((p) => [p.name, p.default!])),
  };
}

/**
 * Oxigraph has no initial bindings, so for the three engines to run the same text the defaults become a VALUES
 * block at the top of the WHERE group (rewritten through the sparqljs syntax tree, comments are lost).
 */
function bindDefaults(text: string, values: Record<string, RDF.Term>): string {
  const parsed = new sparqljs.Parser().parse(text) as sparqljs.Query;
  const row = Object.fromEntries(Object.entries(values).map(([name, term]) => [`?${name}`, term])) as sparqljs.ValuePatternRow;
  parsed.where = [{ type: 'values', values: [row] }, ...(parsed.where ?? [])];
  return new sparqljs.Generator().stringify(parsed);
}

function toTerm(type: CannedQuery['params'][number]['type'], value: string): RDF.Term {
  if (type === 'iri') return DataFactory.namedNode(value);
  if (type === 'date') return DataFactory.literal(value, xsd.date);
  if (type === 'integer') return DataFactory.literal(value, xsd.integer);
  return DataFactory.literal(value);
}
