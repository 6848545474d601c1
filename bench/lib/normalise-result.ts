// Turns a serialised SPARQL result into sorted canonical lines, so that results of different engines compare.
import { createHash } from 'node:crypto';
import { Parser, type Quad } from 'n3';
import sparqljs from 'sparqljs';

export interface NormalisedResult {
  /** Rows (SELECT), triples (CONSTRUCT/DESCRIBE) or the boolean (ASK). */
  count: number;
  /** SHA-256 of the sorted canonical lines. */
  digest: string;
  /** The same without the GROUP_CONCAT tolerances: when only this differs between engines, the difference is tolerated. */
  strictDigest: string;
  lines: string[];
}

interface JsonTerm {
  type: 'uri' | 'literal' | 'bnode' | 'typed-literal' | 'triple';
  value: string;
  'xml:lang'?: string;
  datatype?: string;
}

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const NUMERIC = new Set(['integer', 'decimal', 'double', 'float', 'int', 'long', 'short', 'byte', 'nonNegativeInteger', 'positiveInteger', 'nonPositiveInteger', 'negativeInteger', 'unsignedInt', 'unsignedLong'].map((t) => XSD + t));

/**
 * Tolerated differences, documented in bench/README.md: row order (ORDER BY ties are engine-specific, so rows are
 * sorted), blank-node labels (all written `_:`), numbers compared by value (12 significant digits, "2"^^xsd:integer
 * = "2.0"^^xsd:decimal), xsd:string equal to a simple literal; and for values computed from a GROUP_CONCAT only (seen in
 * `strictDigest` otherwise) the order of the parts and the language tag, which Oxigraph keeps when all parts share
 * it while Comunica returns a simple literal (SPARQL 1.1 leaves it open).
 */
export function normaliseResult(body: string, mediaType: string, queryText: string): NormalisedResult {
  const json = mediaType.includes('sparql-results+json');
  const lines = json ? readJson(body, findGroupConcats(queryText)) : readTriples(body);
  const strict = json ? readJson(body, new Map()) : lines;
  const count = lines.length === 1 && lines[0]!.startsWith('boolean ') ? 1 : lines.length;
  return { count, digest: digestLines(lines), strictDigest: digestLines(strict), lines };
}

function digestLines(lines: string[]): string {
  lines.sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

function readJson(body: string, concats: Map<string, string>): string[] {
  const json = JSON.parse(body) as { boolean?: boolean; results?: { bindings: Record<string, JsonTerm>[] } };
  if (typeof json.boolean === 'boolean') return [`boolean ${json.boolean}`];
  return (json.results?.bindings ?? []).map((row) =>
    Object.keys(row)
      .sort()
      .map((name) => {
        const term = row[name]!;
        const separator = concats.get(name);
        if (separator !== undefined && separator !== '' && term.type === 'literal') {
          return `${name}=${canonical({ type: 'literal', value: term.value.split(separator).sort().join(separator) })}`;
        }
        return `${name}=${canonical(term)}`;
      })
      .join('\t'),
  );
}

function canonical(term: JsonTerm): string {
  if (term.type === 'uri') return `<${term.value}>`;
  if (term.type === 'bnode') return '_:';
  if (term['xml:lang']) return `${JSON.stringify(term.value)}@${term['xml:lang'].toLowerCase()}`;
  const datatype = term.datatype;
  if (datatype && NUMERIC.has(datatype)) {
    const n = Number(term.value);
    return Number.isFinite(n) ? `number ${Number(n.toPrecision(12))}` : `${JSON.stringify(term.value)}^^<${datatype}>`;
  }
  if (!datatype || datatype === `${XSD}string`) return JSON.stringify(term.value);
  return `${JSON.stringify(term.value)}^^<${datatype}>`;
}

function readTriples(body: string): string[] {
  const quads: Quad[] = new Parser({ format: 'N-Triples' }).parse(body);
  const seen = new Set<string>();
  for (const q of quads) seen.add([q.subject, q.predicate, q.object].map((t) => termLine(t)).join(' '));
  return [...seen];
}

function termLine(term: Quad['subject'] | Quad['predicate'] | Quad['object']): string {
  if (term.termType === 'NamedNode') return `<${term.value}>`;
  if (term.termType === 'BlankNode') return '_:';
  if (term.termType === 'Literal') {
    return canonical({ type: 'literal', value: term.value, ...(term.language ? { 'xml:lang': term.language } : { datatype: term.datatype.value }) });
  }
  return term.value;
}

/**
 * Variables of the projection whose expression is or contains a GROUP_CONCAT (e.g. `REPLACE(GROUP_CONCAT(…), …)`),
 * with its separator (default " ").
 */
function findGroupConcats(queryText: string): Map<string, string> {
  const found = new Map<string, string>();
  try {
    collectGroupConcats(new sparqljs.Parser().parse(queryText), found);
  } catch {
    // Not parsable by sparqljs: compare the values as they are.
  }
  return found;
}

/** Projections of the query and of every sub-select: a sub-select's GROUP_CONCAT is often projected as is above. */
function collectGroupConcats(node: unknown, found: Map<string, string>): void {
  if (Array.isArray(node)) {
    for (const child of node) collectGroupConcats(child, found);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const record = node as { queryType?: unknown; variables?: unknown };
  if (record.queryType === 'SELECT' && Array.isArray(record.variables)) {
    for (const v of record.variables as { expression?: unknown; variable?: { value: string } }[]) {
      if (v.expression === undefined || v.variable === undefined) continue;
      const separator = findGroupConcatSeparator(v.expression);
      if (separator !== undefined) found.set(v.variable.value, separator);
    }
  }
  for (const value of Object.values(node)) if (typeof value === 'object') collectGroupConcats(value, found);
}

function findGroupConcatSeparator(node: unknown): string | undefined {
  if (node === null || typeof node !== 'object') return undefined;
  const record = node as { type?: unknown; aggregation?: unknown; separator?: unknown; args?: unknown; expression?: unknown };
  if (record.type === 'aggregate' && record.aggregation === 'group_concat') return typeof record.separator === 'string' ? record.separator : ' ';
  for (const child of [record.expression, ...(Array.isArray(record.args) ? record.args : [])]) {
    const separator = findGroupConcatSeparator(child);
    if (separator !== undefined) return separator;
  }
  return undefined;
}
