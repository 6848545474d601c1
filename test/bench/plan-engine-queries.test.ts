// Which queries an engine runs at the next scale: timeouts not repeated, --quick projections, slow ones last.
import { describe, expect, it } from 'vitest';
import type { QueryMeasure } from '../../bench/lib/engine-job.ts';
import type { BenchQuery } from '../../bench/lib/load-bench-queries.ts';
import { createEngineHistory, planEngineQueries, recordEngineScale } from '../../bench/lib/plan-engine-queries.ts';

const query = (name: string): BenchQuery => ({ name, title: name, origin: 'queries', form: 'SELECT', text: 'SELECT * WHERE { ?s ?p ?o }', defaults: {} });
const QUERIES = ['fast', 'slowish', 'hopeless', 'timed-out', 'unmeasured', 'mid'].map(query);
const ok = (name: string, coldMs: number, warmMs: number[] = []): QueryMeasure => ({ name, status: 'ok', coldMs, warmMs, variants: {} });

function historyAt1000() {
  const history = createEngineHistory();
  recordEngineScale(history, 1000, [
    ok('fast', 30, [10, 12, 11]),
    // Warm median, not the cold run, is projected: 400 ms → 4 s at 10 000.
    ok('slowish', 900, [400, 420]),
    // No warm run (too slow): the cold run is projected, 1.6 s → 16 s.
    ok('hopeless', 1600),
    { name: 'timed-out', status: 'timeout', error: 'the query ran longer than 5000 ms', warmMs: [], variants: {} },
    { name: 'unmeasured', status: 'skipped', error: 'time budget of this engine spent', warmMs: [], variants: {} },
    ok('mid', 300, [300]),
  ]);
  return history;
}

describe('planEngineQueries', () => {
  it('without projection (full runs) skips only what timed out, in the queries order', () => {
    const plan = planEngineQueries(QUERIES, historyAt1000(), { treatments: 10_000, timeoutMs: 5000, project: false });
    expect(plan.run.map((q) => q.name)).toEqual(['fast', 'slowish', 'hopeless', 'unmeasured', 'mid']);
    expect(plan.skipped).toEqual([{ name: 'timed-out', status: 'skipped', error: 'timed out at 1,000 treatments', warmMs: [], variants: {} }]);
  });

  it('with projection (--quick) skips queries projected over the timeout and runs those over half of it last, fastest first', () => {
    const history = historyAt1000();
    const plan = planEngineQueries(QUERIES, history, { treatments: 10_000, timeoutMs: 5000, project: true });
    // mid: 3 s and slowish: 4 s are over half the timeout; fast (0.1 s) and unmeasured keep their place.
    expect(plan.run.map((q) => q.name)).toEqual(['fast', 'unmeasured', 'mid', 'slowish']);
    expect(plan.skipped.map((m) => [m.name, m.error])).toEqual([
      ['hopeless', 'projected 16 s at 10,000 treatments from 1600 ms at 1,000 (linear), over the 5.0 s timeout'],
      ['timed-out', 'timed out at 1,000 treatments'],
    ]);
    // At a larger scale still, a query projected out stays out, with the same reason.
    const next = planEngineQueries(QUERIES, history, { treatments: 100_000, timeoutMs: 5000, project: true });
    expect(next.skipped.find((m) => m.name === 'hopeless')?.error).toMatch(/^projected 16 s at 10,000/);
  });

  it('projects from the last scale measured, and never at the first scale', () => {
    const history = createEngineHistory();
    expect(planEngineQueries(QUERIES, history, { treatments: 1000, timeoutMs: 5000, project: true }).run).toHaveLength(QUERIES.length);
    recordEngineScale(history, 1000, [ok('fast', 30, [10])]);
    recordEngineScale(history, 10_000, [ok('fast', 300, [600])]);
    const plan = planEngineQueries(QUERIES, history, { treatments: 100_000, timeoutMs: 5000, project: true });
    expect(plan.skipped.map((m) => m.name)).toEqual(['fast']);
  });
});

describe('planEngineQueries: timeouts of other engines', () => {
  it('runs them last, after the risky projections', () => {
    const late = new Set(['fast', 'timed-out']);
    const quick = planEngineQueries(QUERIES, historyAt1000(), { treatments: 10_000, timeoutMs: 5000, project: true, late });
    expect(quick.run.map((q) => q.name)).toEqual(['unmeasured', 'mid', 'slowish', 'fast']);
    const first = planEngineQueries(QUERIES, createEngineHistory(), { treatments: 1000, timeoutMs: 5000, project: true, late });
    expect(first.run.map((q) => q.name)).toEqual(['slowish', 'hopeless', 'unmeasured', 'mid', 'fast', 'timed-out']);
  });
});
