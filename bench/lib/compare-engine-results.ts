// Checks that the engines returned the same result for each query, and says where they differ.
import type { EngineName } from './bench-engine.ts';
import type { QueryMeasure } from './engine-job.ts';

export interface QueryAgreement {
  query: string;
  /**
   * agree: same canonical result; tolerated: equal only up to a documented tolerance; naive-unsupported: only the naive
   * engine differs, on a query that needs what it lacks by design (detail says what; ours and Oxigraph still agree);
   * incomplete: fewer than two results. Only `disagree` fails the run.
   */
  verdict: 'agree' | 'tolerated' | 'naive-unsupported' | 'disagree' | 'incomplete';
  counts: Partial<Record<EngineName, number>>;
  /** For a disagreement: a few lines only one engine returned (when both sent their lines back). */
  detail?: string;
}

export interface CompareOptions {
  /**
   * Query name → why the naive engine cannot answer it as Oxigraph does (see naive-limitations.ts). For such a query a
   * different naive result is `naive-unsupported`, not a disagreement; the other engines must still agree exactly.
   */
  naiveLimitations?: ReadonlyMap<string, string>;
}

type Result = { engine: EngineName; measure: QueryMeasure };

export function compareEngineResults(byEngine: Partial<Record<EngineName, readonly QueryMeasure[]>>, options: CompareOptions = {}): QueryAgreement[] {
  const names = [...new Set(Object.values(byEngine).flatMap((list) => list.map((m) => m.name)))];
  return names.map((query) => {
    const results = (Object.entries(byEngine) as [EngineName, readonly QueryMeasure[]][])
      .map(([engine, list]) => ({ engine, measure: list.find((m) => m.name === query) }))
      .filter((r): r is Result => r.measure?.status === 'ok' && r.measure.digest !== undefined);
    const counts = Object.fromEntries(results.map((r) => [r.engine, r.measure.count ?? 0])) as Partial<Record<EngineName, number>>;
    if (results.length < 2) return { query, verdict: 'incomplete', counts };
    const limitation = options.naiveLimitations?.get(query);
    const naive = results.find((r) => r.engine === 'naive');
    const others = results.filter((r) => r.engine !== 'naive');
    if (limitation !== undefined && naive && others.length > 0 && naive.measure.digest !== others[0]!.measure.digest) {
      // The naive engine is out of the comparison for this query; whatever else answered must agree as usual.
      const rest = compareAll(others);
      if (rest?.verdict === 'disagree') return { query, counts, ...rest };
      return { query, verdict: 'naive-unsupported', counts, detail: `${limitation} (${describeCounts(others[0]!, naive)})` };
    }
    return { query, counts, ...(compareAll(results) ?? { verdict: 'agree' }) };
  });
}

/** Undefined when there is nothing to compare (a single result). */
function compareAll(results: readonly Result[]): Pick<QueryAgreement, 'verdict' | 'detail'> | undefined {
  if (results.length < 2) return undefined;
  const [first, ...others] = results;
  const different = others.find((r) => r.measure.digest !== first!.measure.digest);
  if (different) return { verdict: 'disagree', detail: describeDifference(first!, different) };
  const strict = others.every((r) => r.measure.strictDigest === first!.measure.strictDigest);
  return strict ? { verdict: 'agree' } : { verdict: 'tolerated', detail: 'GROUP_CONCAT parts in another order or without their common language tag' };
}

function describeCounts(a: Result, b: Result): string {
  return `${a.engine}: ${a.measure.count} vs ${b.engine}: ${b.measure.count}`;
}

function describeDifference(a: Result, b: Result): string {
  const head = describeCounts(a, b);
  if (!a.measure.lines || !b.measure.lines) return `${head} (results too large to list)`;
  const inB = new Set(b.measure.lines);
  const inA = new Set(a.measure.lines);
  const onlyA = a.measure.lines.filter((l) => !inB.has(l)).slice(0, 2);
  const onlyB = b.measure.lines.filter((l) => !inA.has(l)).slice(0, 2);
  const cut = (line: string) => (line.length > 240 ? `${line.slice(0, 239)}…` : line);
  return [head, ...onlyA.map((l) => `only ${a.engine}: ${cut(l)}`), ...onlyB.map((l) => `only ${b.engine}: ${cut(l)}`)].join('\n');
}
