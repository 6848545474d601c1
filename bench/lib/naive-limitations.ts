// Known, documented gaps of the naive engine (Comunica's own expression evaluator) that change a query's answer.
import sparqljs from 'sparqljs';

const XSD_DURATION = 'http://www.w3.org/2001/XMLSchema#duration';
const ORDERING = new Set(['<', '>', '<=', '>=']);

/** Reported in the agreement column as "naive unsupported: xsd:duration ordering". */
export const DURATION_ORDERING = 'xsd:duration ordering';

/**
 * Why the naive engine may answer this query differently from Oxigraph by design, or undefined. The one case known:
 * the query orders `xsd:duration` values (`<`, `>`, `<=`, `>=` with an operand that is an `xsd:duration` literal, a
 * cast `xsd:duration(…)`, a `STRDT(…, xsd:duration)`, or a variable bound to one of these by BIND, VALUES or the
 * projection). Oxigraph orders two `xsd:duration` values; Comunica, like XPath, orders only its year-month and
 * day-time subtypes, so the comparison is an error and the FILTER drops the row. Comparisons of two values that are
 * durations only in the data (nothing in the text says so) are not detected: they stay disagreements.
 */
export function findNaiveLimitation(queryText: string): string | undefined {
  let parsed: unknown;
  try {
    parsed = new sparqljs.Parser().parse(queryText);
  } catch {
    return undefined;
  }
  const bound = collectBindings(parsed);
  const isDuration = (node: unknown, seen: Set<string>): boolean => {
    if (node === null || typeof node !== 'object') return false;
    const n = node as { termType?: string; value?: string; datatype?: { value?: string }; type?: string; operator?: string; function?: { value?: string }; args?: unknown[] };
    if (n.termType === 'Literal') return n.datatype?.value === XSD_DURATION;
    if (n.termType === 'Variable' && n.value !== undefined) {
      if (seen.has(n.value)) return false;
      const next = new Set(seen).add(n.value);
      return (bound.get(n.value) ?? []).some((e) => isDuration(e, next));
    }
    if (n.type === 'functionCall') return n.function?.value === XSD_DURATION;
    if (n.type === 'operation' && n.operator === 'strdt') {
      const datatype = n.args?.[1] as { termType?: string; value?: string } | undefined;
      return datatype?.termType === 'NamedNode' && datatype.value === XSD_DURATION;
    }
    return false;
  };
  let found = false;
  walk(parsed, (node) => {
    const n = node as { type?: string; operator?: string; args?: unknown[] };
    if (n.type === 'operation' && n.operator !== undefined && ORDERING.has(n.operator) && (n.args ?? []).some((a) => isDuration(a, new Set()))) found = true;
  });
  return found ? DURATION_ORDERING : undefined;
}

/** Every expression a variable is given anywhere in the query: BIND, VALUES, `(expr AS ?v)`. */
function collectBindings(parsed: unknown): Map<string, unknown[]> {
  const bound = new Map<string, unknown[]>();
  const add = (name: string, expression: unknown) => bound.set(name, [...(bound.get(name) ?? []), expression]);
  walk(parsed, (node) => {
    const n = node as { type?: string; variable?: { termType?: string; value?: string }; expression?: unknown; values?: Record<string, unknown>[] };
    if (n.variable?.termType === 'Variable' && n.variable.value !== undefined && n.expression !== undefined) add(n.variable.value, n.expression);
    if (n.type === 'values' && Array.isArray(n.values)) {
      for (const row of n.values) for (const [key, term] of Object.entries(row)) if (term !== undefined) add(key.replace(/^[?$]/, ''), term);
    }
  });
  return bound;
}

function walk(node: unknown, visit: (node: object) => void): void {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) walk(item, visit);
    return;
  }
  visit(node);
  for (const value of Object.values(node)) if (value !== null && typeof value === 'object') walk(value, visit);
}
