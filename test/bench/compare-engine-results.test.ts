// The bench's agreement check: which differences fail the run, which are the naive engine's known gaps.
import { describe, expect, it } from 'vitest';
import type { EngineName } from '../../bench/lib/bench-engine.ts';
import { benchExitCode, countDisagreements } from '../../bench/lib/bench-report.ts';
import { compareEngineResults, type QueryAgreement } from '../../bench/lib/compare-engine-results.ts';
import type { QueryMeasure } from '../../bench/lib/engine-job.ts';
import { loadBenchQueries } from '../../bench/lib/load-bench-queries.ts';
import { DURATION_ORDERING, findNaiveLimitation } from '../../bench/lib/naive-limitations.ts';

const PREFIXES = 'PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\nPREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n';

describe('findNaiveLimitation: queries that order xsd:duration values', () => {
  const cases: [string, string, string | undefined][] = [
    ['a variable BIND to STRDT(…, xsd:duration) (retention-longer-than)', 'SELECT ?d WHERE { BIND(STRDT(CONCAT("P", STR(5), "Y"), xsd:duration) AS ?t) ?p rdf:value ?d FILTER(?d > ?t) }', DURATION_ORDERING],
    ['an xsd:duration literal', 'SELECT ?d WHERE { ?p rdf:value ?d FILTER(?d >= "P5Y"^^xsd:duration) }', DURATION_ORDERING],
    ['a cast xsd:duration(…)', 'SELECT ?d WHERE { ?p rdf:value ?d ; rdf:first ?e FILTER(xsd:duration(?e) < ?d) }', DURATION_ORDERING],
    ['a variable of VALUES', 'SELECT ?d WHERE { VALUES ?t { "P1Y"^^xsd:duration } ?p rdf:value ?d FILTER(?d <= ?t) }', DURATION_ORDERING],
    ['a projected expression, compared in HAVING', 'SELECT ?p (STRDT("P1Y", xsd:duration) AS ?t) WHERE { ?p rdf:value ?d } GROUP BY ?p HAVING (MAX(?d) > STRDT("P1Y", xsd:duration))', DURATION_ORDERING],
    ['a BIND chain', 'SELECT ?d WHERE { BIND("P1Y"^^xsd:duration AS ?a) BIND(?a AS ?t) ?p rdf:value ?d FILTER(?d > ?t) }', DURATION_ORDERING],
    ['equality only (not an ordering)', 'SELECT ?d WHERE { ?p rdf:value ?d FILTER(?d = "P5Y"^^xsd:duration) }', undefined],
    ['a numeric comparison', 'SELECT ?d WHERE { ?p rdf:value ?d FILTER(?d > 5) }', undefined],
    ['two values typed only in the data (not detectable: stays a disagreement)', 'SELECT ?a ?b WHERE { ?p rdf:value ?a . ?q rdf:value ?b FILTER(?a > ?b) }', undefined],
    ['xsd:dayTimeDuration, which Comunica orders', 'SELECT ?d WHERE { ?p rdf:value ?d FILTER(?d > "PT1H"^^xsd:dayTimeDuration) }', undefined],
    ['ORDER BY a duration (rows are compared sorted)', 'SELECT ?d WHERE { ?p rdf:value ?d FILTER(DATATYPE(?d) = xsd:duration) } ORDER BY ?d', undefined],
    ['a self-referencing BIND (no loop)', 'SELECT ?t WHERE { BIND(?t AS ?t) FILTER(?t > 1) }', undefined],
    ['unparsable text', 'SELECT WHERE {', undefined],
  ];
  it.each(cases)('%s', (_label, body, expected) => {
    expect(findNaiveLimitation(`${PREFIXES}${body}`)).toBe(expected);
  });

  it('excuses no canned query: retention-longer-than compares months (time:numericDuration), not xsd:duration values', async () => {
    const queries = await loadBenchQueries();
    expect(queries.find((q) => q.name === 'retention-longer-than')).toBeDefined();
    expect(queries.filter((q) => findNaiveLimitation(q.text) !== undefined).map((q) => q.name)).toEqual([]);
  });
});

describe('compareEngineResults: verdicts and the exit code', () => {
  const DURATION_QUERY = 'durations';
  const limitations = new Map([[DURATION_QUERY, DURATION_ORDERING]]);
  /** digest letters stand for results; a second letter, when given, is the strict digest. */
  const measure = (name: string, result: string, count = 1): QueryMeasure => ({ name, status: 'ok', coldMs: 1, warmMs: [], variants: {}, count, digest: result[0]!, strictDigest: result, lines: [result] });
  type Row = [label: string, query: string, results: Partial<Record<EngineName, string>>, verdict: QueryAgreement['verdict'], exitCode: 0 | 1];
  const cases: Row[] = [
    ['all three agree', 'plain', { ours: 'a', oxigraph: 'a', naive: 'a' }, 'agree', 0],
    ['ours and Oxigraph differ', 'plain', { ours: 'a', oxigraph: 'b', naive: 'a' }, 'disagree', 1],
    ['naive differs on an ordinary query', 'plain', { ours: 'a', oxigraph: 'a', naive: 'b' }, 'disagree', 1],
    ['naive differs on a query ordering durations', DURATION_QUERY, { ours: 'a', oxigraph: 'a', naive: 'b' }, 'naive-unsupported', 0],
    ['naive differs on it and ours differs from Oxigraph', DURATION_QUERY, { ours: 'a', oxigraph: 'c', naive: 'b' }, 'disagree', 1],
    ['naive agrees with Oxigraph on it and ours differs', DURATION_QUERY, { ours: 'a', oxigraph: 'b', naive: 'b' }, 'disagree', 1],
    ['ours and Oxigraph differ on it, naive not run', DURATION_QUERY, { ours: 'a', oxigraph: 'b' }, 'disagree', 1],
    ['naive agrees on it', DURATION_QUERY, { ours: 'a', oxigraph: 'a', naive: 'a' }, 'agree', 0],
    ['ours and naive only, naive differs on it', DURATION_QUERY, { ours: 'a', naive: 'b' }, 'naive-unsupported', 0],
    ['ours and naive only, naive differs on an ordinary query', 'plain', { ours: 'a', naive: 'b' }, 'disagree', 1],
    ['equal up to a GROUP_CONCAT tolerance', 'plain', { ours: 'a1', oxigraph: 'a2', naive: 'a1' }, 'tolerated', 0],
    ['naive differs on it, ours and Oxigraph equal up to a tolerance', DURATION_QUERY, { ours: 'a1', oxigraph: 'a2', naive: 'b' }, 'naive-unsupported', 0],
    ['a single result', 'plain', { ours: 'a' }, 'incomplete', 0],
  ];
  it.each(cases)('%s → %s, exit %i', (_label, query, results, verdict, exitCode) => {
    const byEngine = Object.fromEntries(Object.entries(results).map(([engine, result]) => [engine, [measure(query, result)]]));
    const [agreement] = compareEngineResults(byEngine, { naiveLimitations: limitations });
    expect(agreement!.verdict).toBe(verdict);
    if (verdict === 'naive-unsupported') expect(agreement!.detail).toMatch(/^xsd:duration ordering \(ours: 1 vs naive: 1\)$/);
    const scales = [{ agreement: [agreement!] }];
    expect(countDisagreements(scales)).toBe(exitCode);
    expect(benchExitCode({ scales } as unknown as Parameters<typeof benchExitCode>[0])).toBe(exitCode);
  });

  it('without the declared limitation, the same duration difference is a disagreement', () => {
    const [agreement] = compareEngineResults({ ours: [measure(DURATION_QUERY, 'a')], oxigraph: [measure(DURATION_QUERY, 'a')], naive: [measure(DURATION_QUERY, 'b')] });
    expect(agreement!.verdict).toBe('disagree');
  });

  it('one disagreement among agreements at any scale fails the run', () => {
    const ok = compareEngineResults({ ours: [measure('q', 'a')], oxigraph: [measure('q', 'a')] });
    const bad = compareEngineResults({ ours: [measure('q', 'a')], oxigraph: [measure('q', 'b')] });
    const excused = compareEngineResults({ ours: [measure(DURATION_QUERY, 'a')], naive: [measure(DURATION_QUERY, 'b')] }, { naiveLimitations: limitations });
    expect(benchExitCode({ scales: [{ agreement: [...ok, ...excused] }] } as unknown as Parameters<typeof benchExitCode>[0])).toBe(0);
    expect(benchExitCode({ scales: [{ agreement: [...ok, ...excused] }, { agreement: [...ok, ...bad] }] } as unknown as Parameters<typeof benchExitCode>[0])).toBe(1);
  });
});
