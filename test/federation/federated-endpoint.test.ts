// Three instances on loopback (Ministères sociaux, DTNUM, a federating one) against one single-graph instance.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { DEFAULT_REGISTERS_DIR } from '../../src/config/project-paths.ts';
import { startTestServer, type TestServer } from '../support/start-test-server.ts';

/** Every instance mints under the same base, so shared systems and organisations have the same IRIs. */
const BASE = 'http://ropa.test/';
const MS = ['000_49a1ce6041cf4ed6.txt', '001_16106fe6b7c9f12d.txt', '002_f61adf4d39622cae.txt', '003_60ea04d657be5b10.txt'].map((f) => join(DEFAULT_REGISTERS_DIR, f));
const DTNUM = [join(DEFAULT_REGISTERS_DIR, '004_72dad74edd3dbafe.txt')];
/** Federated sources are asked many small queries: the instances behind a federator need a high rate limit. */
const HIGH_RATE = { rateLimitPerMinute: 1_000_000 };

let ministry: TestServer;
let dtnum: TestServer;
let single: TestServer;

beforeAll(async () => {
  [ministry, dtnum, single] = await Promise.all([
    startTestServer(HIGH_RATE, { registers: MS, baseIri: BASE }),
    startTestServer(HIGH_RATE, { registers: DTNUM, baseIri: BASE }),
    startTestServer(HIGH_RATE, { registers: [...MS, ...DTNUM], baseIri: BASE }),
  ]);
});
afterAll(async () => {
  await Promise.all([ministry, dtnum, single].map((s) => s?.close()));
});

async function rows(server: TestServer, name: string, extra = ''): Promise<{ status: number; rows: string[]; headers: Headers; text: string }> {
  const query = server.deps.queries.find((q) => q.name === name)?.text ?? name;
  const res = await fetch(`${server.url}sparql?query=${encodeURIComponent(query)}${extra}`, { headers: { accept: 'application/sparql-results+json' } });
  const text = await res.text();
  if (res.status !== 200) return { status: res.status, rows: [], headers: res.headers, text };
  const json = JSON.parse(text) as { results: { bindings: Record<string, { value: string }>[] } };
  const normalised = json.results.bindings.map((b) => Object.keys(b).sort().map((k) => `${k}=${b[k]!.value}`).join(' ')).sort();
  return { status: res.status, rows: normalised, headers: res.headers, text };
}

describe('a federating endpoint over two ministry instances', () => {
  let federator: TestServer;
  beforeAll(async () => {
    federator = await startTestServer({ federate: [`${ministry.url}sparql`, `${dtnum.url}sparql`], federationTimeoutMs: 3000 }, { registers: [], baseIri: BASE });
  });
  afterAll(() => federator.close());

  it.each(['systems-shared-across-registers', 'treatments-per-controller', 'treatments-per-register'])(
    'gives the single-graph answer to the cross-register query %s',
    async (name) => {
      const expected = await rows(single, name);
      expect(expected.rows.length).toBeGreaterThan(0);
      const federated = await rows(federator, name);
      expect(federated.status, federated.text).toBe(200);
      expect(federated.headers.get('x-federation-failed-sources')).toBeNull();
      expect(federated.rows).toEqual(expected.rows);
    },
  );

  it('joins across ministries: a system used by both the Ministères sociaux and the DTNUM', async () => {
    const query = `PREFIX dpv: <https://w3id.org/dpv#> PREFIX dct: <http://purl.org/dc/terms/>
      SELECT DISTINCT ?system WHERE {
        ?a dpv:isImplementedUsingTechnology ?system ; dct:isPartOf <${BASE}register/004-72dad74edd3dbafe> .
        ?b dpv:isImplementedUsingTechnology ?system ; dct:isPartOf <${BASE}register/001-16106fe6b7c9f12d> . }`;
    const expected = await rows(single, query);
    const federated = await rows(federator, query);
    expect(federated.rows).toEqual(expected.rows);
  });
});

describe('a source that is down or slow', () => {
  let silent: Server;
  let silentUrl: string;
  beforeAll(async () => {
    // Accepts connections and never answers: the per-source timeout must cut it.
    silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    silentUrl = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/sparql`;
  });
  afterAll(() => {
    silent.closeAllConnections();
    return new Promise<void>((resolve) => silent.close(() => resolve()));
  });

  it('answers without a stopped instance and names it; strict mode fails clearly; both within the timeout', async () => {
    const stopped = await startTestServer(HIGH_RATE, { registers: DTNUM, baseIri: BASE });
    const stoppedUrl = `${stopped.url}sparql`;
    const federator = await startTestServer({ federate: [`${ministry.url}sparql`, stoppedUrl], federationTimeoutMs: 2000 }, { registers: [], baseIri: BASE });
    try {
      await stopped.close();
      const started = Date.now();
      const partial = await rows(federator, 'treatments-per-register');
      expect(partial.status).toBe(200);
      expect(partial.headers.get('x-federation-failed-sources')).toBe(stoppedUrl);
      expect(partial.headers.get('warning')).toMatch(/failed \(ECONNREFUSED\); the answer is without it/);
      expect(partial.rows).toHaveLength(4); // the four Ministères sociaux registers, not the DTNUM one
      expect(federator.log.join('\n')).toContain(`federation: source ${stoppedUrl} failed`);
      const strict = await rows(federator, 'treatments-per-register', '&strict=true');
      expect(strict.status).toBe(502);
      expect(strict.text).toMatch(/federated source .* failed: ECONNREFUSED/);
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      await federator.close();
    }
  });

  it('cuts a source that never answers at the per-source timeout', async () => {
    const federator = await startTestServer({ federate: [`${ministry.url}sparql`, silentUrl], federationTimeoutMs: 1000 }, { registers: [], baseIri: BASE });
    try {
      const started = Date.now();
      const partial = await rows(federator, 'treatments-per-register');
      expect(partial.status).toBe(200);
      expect(partial.headers.get('warning')).toMatch(/no answer within 1000 ms/);
      expect(partial.rows).toHaveLength(4);
      expect(Date.now() - started).toBeLessThan(15_000);
      const strict = await rows(federator, 'treatments-per-register', '&strict=true');
      expect(strict.status).toBe(502);
    } finally {
      await federator.close();
    }
  });
});
