// Mirrored federation: a federating instance harvesting two ministry instances' dumps, against one single-graph instance.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { join } from 'node:path';
import { runBuild } from '../../src/cli/build-command.ts';
import { DEFAULT_REGISTERS_DIR } from '../../src/config/project-paths.ts';
import { startTestServer, type TestServer } from '../support/start-test-server.ts';

/** Every instance mints under the same base, so shared systems and organisations have the same IRIs. */
const BASE = 'http://ropa.test/';
const MS = ['000_49a1ce6041cf4ed6.txt', '001_16106fe6b7c9f12d.txt', '002_f61adf4d39622cae.txt', '003_60ea04d657be5b10.txt'].map((f) => join(DEFAULT_REGISTERS_DIR, f));
const DTNUM = [join(DEFAULT_REGISTERS_DIR, '004_72dad74edd3dbafe.txt')];
/** The register the DTNUM instance is rebuilt with. */
const ADDED = join(DEFAULT_REGISTERS_DIR, 'eu-edps_record-57_corporate-credit-card_pdftotext-layout_en.txt');
const CROSS_REGISTER = ['systems-shared-across-registers', 'treatments-per-controller', 'treatments-per-register', 'systems-shared-across-ministries'];

let ministry: TestServer;
let dtnum: TestServer;
let single: TestServer;
let mirror: TestServer;

beforeAll(async () => {
  [ministry, dtnum, single] = await Promise.all([
    startTestServer({}, { registers: MS, baseIri: BASE }),
    startTestServer({}, { registers: DTNUM, baseIri: BASE }),
    startTestServer({}, { registers: [...MS, ...DTNUM], baseIri: BASE }),
  ]);
  // An hour between scheduled refreshes: the tests refresh by hand.
  mirror = await startTestServer({ mirror: [ministry.url, dtnum.url], mirrorRefreshSeconds: 3600, federationTimeoutMs: 3000 }, { registers: [], baseIri: BASE });
});
afterAll(async () => {
  await Promise.all([mirror, ministry, dtnum, single].map((s) => s?.close()));
});

async function rows(server: TestServer, name: string): Promise<{ status: number; rows: string[]; headers: Headers; text: string }> {
  const query = server.deps.queries.find((q) => q.name === name)?.text ?? name;
  const res = await fetch(`${server.url}sparql?query=${encodeURIComponent(query)}`, { headers: { accept: 'application/sparql-results+json' } });
  const text = await res.text();
  if (res.status !== 200) return { status: res.status, rows: [], headers: res.headers, text };
  const json = JSON.parse(text) as { results: { bindings: Record<string, { value: string }>[] } };
  const normalised = json.results.bindings.map((b) => Object.keys(b).sort().map((k) => `${k}=${b[k]!.value}`).join(' ')).sort();
  return { status: res.status, rows: normalised, headers: res.headers, text };
}

const sourceOf = (server: TestServer) => mirror.deps.mirror!.status().find((s) => s.url === server.url)!;

describe('a source whose dump is over --mirror-max-bytes', () => {
  it('is federated live instead, and reported as such', async () => {
    const live = await startTestServer({ mirror: [ministry.url], mirrorMaxBytes: 1000, mirrorRefreshSeconds: 3600, federationTimeoutMs: 3000 }, { registers: [], baseIri: BASE });
    try {
      const answer = await rows(live, 'treatments-per-register');
      expect(answer.status, answer.text).toBe(200);
      expect(answer.rows).toHaveLength(4); // the four Ministères sociaux registers, through the live source
      expect(answer.headers.get('x-federation-sources')).toBe(`<${ministry.url}>; mode=live`);
      const health = (await (await fetch(`${live.url}health`)).json()) as { mirror: { mode: string; reason: string; harvests: number }[] };
      expect(health.mirror[0]).toMatchObject({ mode: 'live', harvests: 0, reason: expect.stringMatching(/over --mirror-max-bytes \(1000 bytes\)/) });
      expect(live.log.join('\n')).toContain(`mirror: ${ministry.url} is federated live`);
    } finally {
      await live.close();
    }
  });
});

describe('a mirroring instance over two ministry instances', () => {
  it.each(CROSS_REGISTER)('gives the single-graph answer to the cross-register query %s, from its local store', async (name) => {
    const expected = await rows(single, name);
    expect(expected.rows.length).toBeGreaterThan(0);
    const mirrored = await rows(mirror, name);
    expect(mirrored.status, mirrored.text).toBe(200);
    expect(mirrored.rows).toEqual(expected.rows);
    // Answered locally: no source is federated live, so none can have failed.
    expect(mirrored.headers.get('x-federation-failed-sources')).toBeNull();
  });

  it('keeps each source register in its own named graph and says how fresh each source is', async () => {
    const graphs = mirror.deps.store.graphs();
    for (const register of ['000-49a1ce6041cf4ed6', '001-16106fe6b7c9f12d', '004-72dad74edd3dbafe']) expect(graphs).toContain(`${BASE}register/${register}`);
    const res = await fetch(`${mirror.url}health`);
    const sources = res.headers.get('x-federation-sources') ?? '';
    expect(sources).toContain(`<${ministry.url}>; mode=mirrored; age=`);
    expect(sources).toContain(`<${dtnum.url}>; mode=mirrored; age=`);
    expect(sources).toMatch(/harvested-at=\d{4}-\d\d-\d\dT/);
    expect(res.headers.get('x-federation-stale-sources')).toBeNull();
    const health = (await res.json()) as { mirror: { url: string; mode: string; dumpUrl: string }[] };
    expect(health.mirror.map((s) => [s.url, s.mode, s.dumpUrl])).toEqual([
      [ministry.url, 'mirrored', `${ministry.url}export/all.nq`],
      [dtnum.url, 'mirrored', `${dtnum.url}export/all.nq`],
    ]);
  });

  it('asks again with a conditional request: an unchanged source answers 304 and nothing is reloaded', async () => {
    const before = { ministry: sourceOf(ministry), dtnum: sourceOf(dtnum) };
    const generation = mirror.deps.store.generation.id;
    const outcome = await mirror.deps.mirror!.refresh('test');
    expect(outcome.status).toBe('unchanged');
    expect(mirror.deps.store.generation.id).toBe(generation);
    for (const [after, previous] of [[sourceOf(ministry), before.ministry], [sourceOf(dtnum), before.dtnum]] as const) {
      expect(after.last).toBe('not-modified');
      expect(after.notModified).toBe(previous.notModified + 1);
      expect(after.harvests).toBe(previous.harvests);
      expect(after.harvestedAt).toBe(previous.harvestedAt);
    }
  });

  it('serves a source rebuilt with a new register after the next refresh, without an outage', async () => {
    const before = await rows(mirror, 'treatments-per-register');
    await runBuild([...DTNUM, ADDED], { out: dtnum.graphDir, base: BASE, quiet: true });
    expect((await dtnum.deps.live.reload('test rebuild')).status).toBe('switched');
    // Queries keep coming during the harvest and the switch: every one is answered.
    let refreshing = true;
    const during: number[] = [];
    const refreshed = mirror.deps.mirror!.refresh('test').finally(() => (refreshing = false));
    while (refreshing) during.push((await rows(mirror, 'treatments-per-register')).status);
    const outcome = await refreshed;
    expect(outcome.status).toBe('switched');
    expect(during.length).toBeGreaterThan(0);
    expect(during.every((status) => status === 200)).toBe(true);
    expect(sourceOf(dtnum).last).toBe('harvested');
    expect(sourceOf(ministry).last).toBe('not-modified');
    const after = await rows(mirror, 'treatments-per-register');
    expect(after.rows).toHaveLength(before.rows.length + 1);
    expect(after.rows.join('\n')).toContain('edps');
  });

  it('keeps the last copy of a source that is down at refresh, and names it', async () => {
    const before = await rows(mirror, 'treatments-per-register');
    await dtnum.close();
    const outcome = await mirror.deps.mirror!.refresh('test');
    expect(outcome.status).toBe('unchanged');
    const after = await rows(mirror, 'treatments-per-register');
    expect(after.rows).toEqual(before.rows);
    expect(after.headers.get('x-federation-stale-sources')).toBe(dtnum.url);
    expect(after.headers.get('x-federation-sources')).toMatch(new RegExp(`<${dtnum.url}>; mode=mirrored; age=\\d+; .*; stale`));
    const health = (await (await fetch(`${mirror.url}health`)).json()) as { mirror: { url: string; stale: boolean; reason?: string }[] };
    expect(health.mirror.find((s) => s.url === dtnum.url)).toMatchObject({ stale: true, reason: expect.stringMatching(/ECONNREFUSED|closed the connection/) });
    expect(health.mirror.find((s) => s.url === ministry.url)).toMatchObject({ stale: false });
    expect(mirror.log.join('\n')).toContain(`mirror: ${dtnum.url} failed`);
  });
});
