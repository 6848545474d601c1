// What holds for every query of queries/: a complete header, valid SPARQL, no IRI of the data, parameters that
// are variables of the query with a default that the query itself applies, and an answer on the real graph.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import sparqljs from 'sparqljs';
import { startTestServer, type TestServer } from '../support/start-test-server.ts';
import { bindQueryParameters } from '../../src/sparql/bind-query-parameters.ts';
import { run } from './canned-query-rows.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** The questions the issue asks the toolkit to answer, each by at least one query. */
const REQUIRED = [
  'treatments-per-controller', 'treatments-per-register', 'treatments-per-ministry', 'systems-shared-across-treatments',
  'systems-shared-across-registers', 'systems-shared-across-ministries', 'treatments-using-system', 'treatments-processing-nir',
  'treatments-processing-health-data', 'treatments-processing-criminal-data', 'treatments-concerning-minors',
  'treatments-concerning-vulnerable-people', 'recipients-outside-ministries', 'named-processors', 'transfers-outside-eu',
  'retention-longer-than', 'retention-missing', 'retention-unlimited', 'retention-event-based-only', 'legal-basis-per-treatment',
  'treatments-without-legal-basis', 'treatments-updated-before', 'treatments-covered-by-pssi-mcas', 'dpia-mentioned',
  'search-treatments', 'controllers-without-retention', 'treatments-per-legal-basis', 'data-categories-by-frequency',
  'register-editions',
];

describe('every query of queries/', () => {
  it('there are at least 25, the required ones among them', () => {
    expect(server.deps.queries.length).toBeGreaterThanOrEqual(25);
    expect(server.deps.queries.map((q) => q.name)).toEqual(expect.arrayContaining(REQUIRED));
  });

  it('has a title and a question in French and in English', () => {
    for (const query of server.deps.queries) {
      expect(query.title.length, query.name).toBeGreaterThan(5);
      expect(query.questionFr, query.name).toMatch(/\S.* \?$/);
      expect(query.questionEn, query.name).toMatch(/\S.*[^ ]\?$/);
    }
  });

  it('is a SELECT the endpoint accepts', () => {
    for (const query of server.deps.queries) expect(server.deps.sparql.prepare(query.text).form, query.name).toBe('SELECT');
  });

  it('names no IRI of the data, so that it holds whatever the base IRI', () => {
    for (const query of server.deps.queries) {
      expect(query.text, query.name).not.toContain(server.url);
      expect(query.text, query.name).not.toMatch(/<https?:\/\/(localhost|127\.0\.0\.1)/);
    }
  });

  it('declares parameters that are variables of the query, never bound inside it, each with a default', () => {
    const parser = new sparqljs.Parser();
    for (const query of server.deps.queries) {
      const parsed = parser.parse(query.text) as sparqljs.SelectQuery;
      const projected = (parsed.variables as { value?: string; variable?: { value: string } }[]).map((v) => v.value ?? v.variable?.value);
      for (const param of query.params) {
        expect(query.text, `${query.name}: ?${param.name}`).toMatch(new RegExp(`\\?${param.name}\\b`));
        // A parameter must not be a BIND target or projected: Comunica substitutes its value everywhere.
        expect(query.text, `${query.name}: ?${param.name}`).not.toMatch(new RegExp(`AS \\?${param.name}\\b`));
        expect(projected, `${query.name}: ?${param.name}`).not.toContain(param.name);
        expect(param.default, `${query.name}: ${param.name}`).toBeDefined();
      }
    }
  });

  it('answers on the real graph, run as is (as YASGUI sends it) and with its defaults bound, the same rows', async () => {
    for (const query of server.deps.queries) {
      const unbound = await server.deps.sparql.selectRows(query.text);
      if (query.params.length === 0) continue;
      const bound = await server.deps.sparql.selectRows(query.text, { bindings: bindQueryParameters(query, []) });
      // GROUP_CONCAT lists come in no set order: compare their items.
      const items = (v: string) => v.split(/, | ; | \| /).sort().join('|');
      const show = (rows: typeof unbound) => rows.map((r) => Object.entries(r).map(([k, t]) => `${k}=${items(t.value)}`).sort().join(' ')).sort();
      expect(show(bound), query.name).toEqual(show(unbound));
      expect(unbound.length, query.name).toBeGreaterThan(0);
    }
  });

  it('returns no row for a value that matches nothing, rather than everything', async () => {
    for (const query of server.deps.queries) {
      const stringParam = query.params.find((p) => p.type === 'string');
      if (!stringParam) continue;
      expect(await run(server, query.name, { [stringParam.name]: 'zzz-no-such-thing-zzz' }), query.name).toEqual([]);
    }
  });
});
