// Checks that the engines returned the same result for each query, and says where they differ.
import type { EngineName } from './bench-engine.ts';
import type { QueryMeasure } from './engine-job.ts';

export interface QueryAgreement {
  query: string;
  /** agree: same canonical result; tolerated: equal only up to a documented tolerance; incomplete: fewer than two results. */
  verdict: 'agree' | 'tolerated' | 'disagree' | 'incomplete';
  counts: Partial<Record<EngineName, number>>;
  /** For a disagreement: a few lines only one engine returned (when both sent their lines back). */
  detail?: string;
}

export function compareEngineResults(byEngine: Partial<Record<EngineName, readonly QueryMeasure[]>>): QueryAgreement[] {
  const names = [...new Set(Object.values(byEngine).flatMap((list) => list.map((m) => m.name)))];
  return names.map((query) => {
    const results = (Object.entries(byEngine) as [EngineName, readonly QueryMeasure[]][])
      .map(([engine, list]) => ({ engine, measure: list.find((m) => m.name === query) }))
      .filter((r): r is { engine: EngineName; measure: QueryMeasure } => r.measure?.status === 'ok' && r.measure.digest !== undefined);
    const counts = Object.fromEntries(results.map((r) => [r.engine, r.measure.count ?? 0])) as Partial<Record<EngineName, number>>;
    if (results.length < 2) return { query, verdict: 'incomplete', counts };
    const [first, ...others] = results;
    const different = others.find((r) => r.measure.digest !== first!.measure.digest);
    if (different) return { query, verdict: 'disagree', counts, detail: describeDifference(first!, different) };
    const strict = others.every((r) => r.measure.strictDigest === first!.measure.strictDigest);
    return { query, verdict: strict ? 'agree' : 'tolerated', counts, ...(strict ? {} : { detail: 'GROUP_CONCAT parts in another order or without their common language tag' }) };
  });
}

function describeDifference(a: { engine: EngineName; measure: QueryMeasure }, b: { engine: EngineName; measure: QueryMeasure }): string {
  const head = `${a.engine}: ${a.measure.count} vs ${b.engine}: ${b.measure.count}`;
  if (!a.measure.lines || !b.measure.lines) return `${head} (results too large to list)`;
  const inB = new Set(b.measure.lines);
  const inA = new Set(a.measure.lines);
  const onlyA = a.measure.lines.filter((l) => !inB.has(l)).slice(0, 2);
  const onlyB = b.measure.lines.filter((l) => !inA.has(l)).slice(0, 2);
  const cut = (line: string) => (line.length > 240 ? `${line.slice(0, 239)}…` : line);
  return [head, ...onlyA.map((l) => `only ${a.engine}: ${cut(l)}`), ...onlyB.map((l) => `only ${b.engine}: ${cut(l)}`)].join('\n');
}
