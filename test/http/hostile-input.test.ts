// Issue 19, endpoint side: hostile queries and headers on a real server, each kept from stalling or misleading the others.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { startTestServer, type TestServer } from '../support/start-test-server.ts';

const JSON_TYPE = 'application/sparql-results+json';
/** Three full scans joined: runs until its timeout on any graph of real size. */
const RUNAWAY = 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }';
/** On Linux every 127.x.y.z is loopback: a second client address without a proxy. */
const OTHER_CLIENT = '127.0.0.2';

interface Answer {
  status: number;
  body: string;
  /** performance.now() when the answer ended. */
  endedAt: number;
  ms: number;
}

/** One raw HTTP request (so that Host and any header can be set, and the local address chosen). */
function send(url: string, options: { method?: string; body?: string; headers?: Record<string, string>; from?: string } = {}): Promise<Answer> {
  const started = performance.now();
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: target.hostname, port: target.port, path: target.pathname + target.search, method: options.method ?? 'GET', headers: options.headers ?? {}, ...(options.from ? { localAddress: options.from } : {}) },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, endedAt: performance.now(), ms: performance.now() - started }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const postQuery = (server: TestServer, query: string, from?: string) =>
  send(`${server.url}sparql`, { method: 'POST', body: query, headers: { 'content-type': 'application/sparql-query', accept: JSON_TYPE }, ...(from ? { from } : {}) });

const nested = (depth: number) => `ASK { FILTER (${'('.repeat(depth)}1${')'.repeat(depth)}) }`;

describe('item 5: a deeply nested query is refused before it is parsed', () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer()));
  afterAll(() => server.close());

  it('answers 8 000 nested parentheses 4xx, naming the limit, as fast as it answers an ASK {} sent beside it', async () => {
    const [attack, ask] = await Promise.all([postQuery(server, nested(8000)), postQuery(server, 'ASK {}', OTHER_CLIENT)]);
    expect(attack.status).toBeGreaterThanOrEqual(400);
    expect(attack.status).toBeLessThan(500);
    expect(attack.body).toMatch(/--max-query-(length|depth)/);
    expect(ask.status).toBe(200);
    // Relative timing only: refused before parsing, the attack costs no more than a trivial query's round trip.
    expect(attack.endedAt <= ask.endedAt || attack.ms <= ask.ms).toBe(true);
  });

  it('answers 400 naming --max-query-depth to a query short enough but nested too deep', async () => {
    const attack = await postQuery(server, nested(1000));
    expect(attack.status).toBe(400);
    expect(attack.body).toMatch(/more than 64 deep.*--max-query-depth or ROPA_MAX_QUERY_DEPTH/);
  });
});

describe('item 6: one client’s runaway queries never hold every worker', () => {
  let server: TestServer;
  // The server's default (`auto`), not the one worker the other test servers keep to spare the test machine.
  beforeAll(async () => (server = await startTestServer({ queryTimeoutMs: 1500, workers: 'auto' })));
  afterAll(() => server.close());

  it('runs on several workers by default', async () => {
    const health = (await (await fetch(`${server.url}health`)).json()) as { workers: { alive: number; configured: number } };
    expect(health.workers.configured).toBeGreaterThanOrEqual(2);
    expect(health.workers.alive).toBe(health.workers.configured);
  });

  it('answers a trivial ASK from another client before the first of four runaways times out, and again while its worker is replaced', async () => {
    const runaways = Array.from({ length: 4 }, () => postQuery(server, RUNAWAY));
    await new Promise((resolve) => setTimeout(resolve, 200)); // the first runaway is running
    const ask = await postQuery(server, 'ASK {}', OTHER_CLIENT);
    const first = await Promise.race(runaways);
    expect(ask.status).toBe(200);
    expect(first.status).toBe(503);
    expect(ask.endedAt).toBeLessThan(first.endedAt);
    // The timed-out worker is being replaced; the client whose query it was waits for it, the others do not.
    const during = await postQuery(server, 'ASK {}', OTHER_CLIENT);
    const answered = await Promise.all(runaways);
    expect(during.status).toBe(200);
    expect(answered.map((a) => a.status)).toEqual([503, 503, 503, 503]);
    expect(during.endedAt).toBeLessThan(answered.map((a) => a.endedAt).sort((a, b) => a - b)[1]!);
  });
});

describe('item 7: long IN lists and VALUES blocks are refused before they are parsed', () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer({ maxQueryValues: 100 })));
  afterAll(() => server.close());

  const inList = (n: number) => `SELECT * WHERE { ?s ?p ?o FILTER(?o IN (${Array.from({ length: n }, (_, i) => `"v${i}"`).join(', ')})) } LIMIT 1`;
  const values = (n: number) => `SELECT * WHERE { VALUES ?x { ${Array.from({ length: n }, (_, i) => `"r${i}"`).join(' ')} } } LIMIT 1`;

  it.each([
    ['an IN list of 101 items', 413, inList(101), /IN list .* more than 100 terms.*--max-query-values or ROPA_MAX_QUERY_VALUES/],
    ['a VALUES block of 101 rows', 413, values(101), /VALUES block .* more than 100 terms.*--max-query-values/],
    ['a 900 kB IN list', 413, inList(90_000), /characters long; the limit is 10000 \(set with --max-query-length or ROPA_MAX_QUERY_LENGTH\)/],
    ['100 000 VALUES rows', 413, values(100_000), /--max-query-length/],
    ['an IN list of 100 items', 200, inList(100), /"head"/],
    ['a VALUES block of 100 rows', 200, values(100), /"r0"/],
  ])('answers %s with %i', async (_name, status, query, message) => {
    const answer = await postQuery(server, query);
    expect(answer.status).toBe(status);
    expect(answer.body).toMatch(message);
  });

  it('answers an ASK from another client while the 900 kB IN list is refused', async () => {
    const [attack, ask] = await Promise.all([postQuery(server, inList(90_000)), postQuery(server, 'ASK {}', OTHER_CLIENT)]);
    expect(attack.status).toBe(413);
    expect(ask.status).toBe(200);
    expect(attack.endedAt <= ask.endedAt || attack.ms <= ask.ms).toBe(true);
  });
});

describe('item 8: forwarded headers are believed only from a configured proxy', () => {
  const sparqlGet = (server: TestServer, headers: Record<string, string>) => send(`${server.url}sparql?query=${encodeURIComponent('ASK {}')}`, { headers });
  const describeService = (server: TestServer, headers: Record<string, string>) => send(`${server.url}sparql`, { headers: { accept: 'text/turtle', ...headers } });
  const spoofed = { host: 'evil.example', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'gopher' };

  describe('by default (no --trust-proxy)', () => {
    let server: TestServer;
    beforeAll(async () => (server = await startTestServer({ rateLimitPerMinute: 20 })));
    afterAll(() => server.close());

    it('limits a client that sends a different X-Forwarded-For each time: 30 requests at 20 a minute get 429s', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 30; i++) statuses.push((await sparqlGet(server, { 'x-forwarded-for': `10.0.${i}.1` })).status);
      expect(statuses.slice(0, 20).every((s) => s === 200)).toBe(true);
      expect(statuses.slice(20)).toEqual(Array(10).fill(429));
    });
  });

  describe('links of the service description', () => {
    let server: TestServer;
    beforeAll(async () => (server = await startTestServer()));
    afterAll(() => server.close());

    it('never come from a Host or X-Forwarded-* header nothing vouches for', async () => {
      const answer = await describeService(server, spoofed);
      expect(answer.status).toBe(200);
      expect(answer.body).not.toMatch(/gopher:|evil\.example/);
      expect(answer.body).toContain(`<${server.url}sparql>`);
    });
  });

  describe('behind a trusted proxy (--trust-proxy loopback)', () => {
    let server: TestServer;
    beforeAll(async () => (server = await startTestServer({ rateLimitPerMinute: 20, trustProxy: 'loopback' })));
    afterAll(() => server.close());

    it('keys the rate limit on the address the proxy forwards', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 30; i++) statuses.push((await sparqlGet(server, { 'x-forwarded-for': `10.1.${i}.1` })).status);
      expect(statuses).toEqual(Array(30).fill(200));
    });

    it('builds links from the forwarded protocol and host, and still never from a scheme that is not http(s)', async () => {
      const forwarded = await describeService(server, { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'registres.example.gouv.fr', 'x-forwarded-for': '10.2.0.1' });
      expect(forwarded.body).toContain('<https://registres.example.gouv.fr/sparql>');
      const odd = await describeService(server, { ...spoofed, 'x-forwarded-for': '10.2.0.2' });
      expect(odd.body).not.toMatch(/gopher:/);
    });
  });

  describe('with --base-url', () => {
    let server: TestServer;
    beforeAll(async () => (server = await startTestServer({ publicBaseUrl: 'https://ropa.example.org/' })));
    afterAll(() => server.close());

    it('builds every link from it', async () => {
      const answer = await describeService(server, spoofed);
      expect(answer.body).toContain('<https://ropa.example.org/sparql>');
      expect(answer.body).not.toMatch(/evil\.example|gopher:/);
    });
  });
});
