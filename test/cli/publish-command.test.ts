// `ropa publish` as a user runs it: every graph into a real Virtuoso and into a Graph Store peer, and clear refusals.
import { readdir, readFile, rm } from 'node:fs/promises';
import { Store } from 'n3';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIriMinter } from '../../src/rdf/mint-iris.ts';
import { readGenerationSources } from '../../src/store/graph-generation.ts';
import { createGraphStore } from '../../src/store/graph-store.ts';
import { listGraphFiles } from '../../src/store/list-graph-files.ts';
import { runRopaWithEnv, spawnRopa } from '../support/run-ropa.ts';
import { copySharedGraph, locateSharedGraph, SHARED_GRAPH_BASE } from '../support/shared-graph.ts';
import { startGraphStorePeer, type GraphStorePeerOptions } from '../support/start-graph-store-peer.ts';
import { skipWithoutVirtuoso, startVirtuoso, type VirtuosoServer } from '../support/start-virtuoso.ts';

const COUNT_PER_GRAPH = 'SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g';
const MANIFEST_GRAPH = `${SHARED_GRAPH_BASE}graph/manifest`;
const CREDENTIALS = { ROPA_STORE_USER: 'publisher', ROPA_STORE_PASSWORD: 's3cret-pw' };

/** The shared graph, as it is: built under SHARED_GRAPH_BASE; --no-build since the build inputs include the code. */
function publish(to: string, env: Record<string, string>, ...more: string[]) {
  return runRopaWithEnv(env, 'publish', '--to', to, '--graph', locateSharedGraph(), '--base', SHARED_GRAPH_BASE, '--no-build', ...more);
}

/** Each graph's triple count in the embedded store over the same build: what every store must hold. */
let embedded: Map<string, number>;
beforeAll(async () => {
  const files = await listGraphFiles(locateSharedGraph(), createIriMinter(SHARED_GRAPH_BASE));
  const store = await createGraphStore({ sources: await readGenerationSources(files) });
  try {
    embedded = parseCounts((await store.query(COUNT_PER_GRAPH, { format: 'application/sparql-results+json', timeoutMs: 30_000 })).body);
  } finally {
    await store.close();
  }
  expect(embedded.size).toBeGreaterThan(5);
});

function parseCounts(json: string): Map<string, number> {
  const parsed = JSON.parse(json) as { results: { bindings: { g: { value: string }; n: { value: string } }[] } };
  return new Map(parsed.results.bindings.map((b) => [b.g.value, Number(b.n.value)]));
}

describe.skipIf(skipWithoutVirtuoso())('ropa publish to Virtuoso (Digest auth)', () => {
  let virtuoso: VirtuosoServer;
  const sparql = async (query: string) =>
    (await fetch(virtuoso.sparqlUrl, { method: 'POST', headers: { accept: 'application/sparql-results+json' }, body: new URLSearchParams({ query }) })).text();
  const remoteCounts = async () => {
    const counts = parseCounts(await sparql(COUNT_PER_GRAPH));
    return new Map([...counts].filter(([graph]) => graph.startsWith(SHARED_GRAPH_BASE) && graph !== MANIFEST_GRAPH));
  };
  const env = () => ({ ROPA_STORE_USER: virtuoso.user, ROPA_STORE_PASSWORD: virtuoso.password });

  beforeAll(async () => {
    virtuoso = await startVirtuoso();
  });
  afterAll(async () => {
    await virtuoso?.stop();
  });

  it('puts every graph of the embedded store into Virtuoso with the same triple count', async () => {
    const run = await publish(virtuoso.graphStoreUrl, env(), '--graph-param', 'graph-uri');
    expect(run.code, run.stderr).toBe(0);
    const total = [...embedded.values()].reduce((a, b) => a + b, 0);
    expect(run.stdout).toMatch(new RegExp(`^published ${embedded.size} graphs, ${total} triples to ${virtuoso.graphStoreUrl} in \\d+\\.\\d s$`, 'm'));
    expect(await remoteCounts()).toEqual(embedded);
  });

  it('writes the manifest graph: the inputs hash, the date, every graph as a subset with its triple count', async () => {
    const { inputsHash } = JSON.parse(await readFile(join(locateSharedGraph(), 'manifest.json'), 'utf8')) as { inputsHash: string };
    const rows = JSON.parse(
      await sparql(`PREFIX void: <http://rdfs.org/ns/void#> PREFIX ropa: <https://w3id.org/ropa-graph/ns#> PREFIX dct: <http://purl.org/dc/terms/>
        SELECT ?hash ?issued ?total ?subset ?n WHERE { GRAPH <${MANIFEST_GRAPH}> {
          <${MANIFEST_GRAPH}> a void:Dataset ; ropa:inputsHash ?hash ; dct:issued ?issued ; void:triples ?total ; void:subset ?subset . ?subset void:triples ?n } }`),
    ) as { results: { bindings: Record<string, { value: string; datatype?: string }>[] } };
    const bindings = rows.results.bindings;
    expect(new Set(bindings.map((b) => b.hash!.value))).toEqual(new Set([inputsHash]));
    expect(bindings[0]!.issued!.datatype).toBe('http://www.w3.org/2001/XMLSchema#dateTime');
    expect(Number(bindings[0]!.total!.value)).toBe([...embedded.values()].reduce((a, b) => a + b, 0));
    expect(new Map(bindings.map((b) => [b.subset!.value, Number(b.n!.value)]))).toEqual(embedded);
  });

  it('publishing again gives the same store content (the protocol\'s own graph parameter works too)', async () => {
    const run = await publish(virtuoso.graphStoreUrl, env(), '--quiet');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
    expect(await remoteCounts()).toEqual(embedded);
    const manifest = parseCounts(await sparql(`SELECT (<${MANIFEST_GRAPH}> AS ?g) (COUNT(*) AS ?n) WHERE { GRAPH <${MANIFEST_GRAPH}> { ?s ?p ?o } }`));
    // 4 statements about the dataset (type, hash, date, total), a subset and a count per graph: replaced, not added to.
    expect(manifest.get(MANIFEST_GRAPH)).toBe(4 + 2 * embedded.size);
  });

  it('a wrong password for the Digest endpoint: exit code 1, one line naming the variables, the store unchanged', async () => {
    const run = await publish(virtuoso.graphStoreUrl, { ...env(), ROPA_STORE_PASSWORD: 'not-the-password' }, '--quiet');
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(`error: the store at ${virtuoso.graphStoreUrl} refused the credentials of ROPA_STORE_USER and ROPA_STORE_PASSWORD (401 Unauthorized)`);
    expect(await remoteCounts()).toEqual(embedded);
  });
});

describe('ropa publish to a Graph Store Protocol peer', () => {
  const peers: { close(): Promise<void> }[] = [];
  afterAll(async () => {
    await Promise.all(peers.map((p) => p.close()));
  });
  async function startPeer(options: GraphStorePeerOptions) {
    const peer = await startGraphStorePeer(options);
    peers.push(peer);
    return peer;
  }
  const peerCounts = (graphs: Map<string, { size: number }>) => new Map([...graphs].filter(([g]) => g !== MANIFEST_GRAPH).map(([g, store]) => [g, store.size]));

  it('answers a Basic challenge and sends every graph whole', async () => {
    const peer = await startPeer({ basic: { user: CREDENTIALS.ROPA_STORE_USER, password: CREDENTIALS.ROPA_STORE_PASSWORD } });
    const run = await publish(peer.url, CREDENTIALS);
    expect(run.code, run.stderr).toBe(0);
    expect(peerCounts(peer.graphs)).toEqual(embedded);
    expect(peer.graphs.has(MANIFEST_GRAPH)).toBe(true);
    // One challenge, then credentials with every request.
    expect(peer.requests.filter((r) => r.status === 401)).toHaveLength(1);
    expect(run.stderr).toMatch(new RegExp(`^published catalogues: ${embedded.get(`${SHARED_GRAPH_BASE}graph/catalogues`)} triples \\(\\d+/${embedded.size}\\)$`, 'm'));
  });

  it('removes the graphs of the previous publish that the build no longer has, and only those', async () => {
    const peer = await startPeer({});
    const graphDir = await copySharedGraph(SHARED_GRAPH_BASE);
    const other = `${SHARED_GRAPH_BASE}graph/someone-elses`;
    peer.graphs.set(other, new Store());
    expect((await publish(peer.url, {})).code).toBe(0);
    const register = (await readdir(graphDir)).find((f) => /^\d{3}-.*\.ttl$/.test(f))!;
    await rm(join(graphDir, register));
    const run = await runRopaWithEnv({}, 'publish', '--to', peer.url, '--graph', graphDir, '--base', SHARED_GRAPH_BASE, '--no-build');
    expect(run.code, run.stderr).toBe(0);
    const gone = `${SHARED_GRAPH_BASE}register/${register.replace(/\.ttl$/, '')}`;
    expect(run.stdout).toContain(`; removed 1 graph(s) of the previous publish that this build no longer has: ${gone}`);
    expect(peer.graphs.has(gone)).toBe(false);
    expect(peer.graphs.has(other)).toBe(true);
    expect(peerCounts(peer.graphs)).toEqual(new Map([...embedded].filter(([g]) => g !== gone).concat([[other, 0]])));
    await rm(dirname(graphDir), { recursive: true, force: true });
  });

  it.each([
    ['wrong credentials', { ...CREDENTIALS, ROPA_STORE_PASSWORD: 'not-it' }, /refused the credentials of ROPA_STORE_USER and ROPA_STORE_PASSWORD \(401 Unauthorized\)/],
    ['no credentials', {}, /asks for credentials \(401 Unauthorized\): set ROPA_STORE_USER and ROPA_STORE_PASSWORD/],
  ])('%s: exit code 1 and one line naming ROPA_STORE_USER, nothing published', async (_, env, message) => {
    const peer = await startPeer({ basic: { user: CREDENTIALS.ROPA_STORE_USER, password: CREDENTIALS.ROPA_STORE_PASSWORD } });
    const run = await publish(peer.url, env, '--quiet');
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain(peer.url);
    expect(run.stderr + run.stdout).not.toContain('not-it');
    expect(peer.graphs.size).toBe(0);
  });

  it('sends a graph the store refuses as too large (413) in parts, and it arrives complete', async () => {
    const maxBodyBytes = 40_000;
    const peer = await startPeer({ maxBodyBytes });
    const run = await publish(peer.url, {});
    expect(run.code, run.stderr).toBe(0);
    expect(peerCounts(peer.graphs)).toEqual(embedded);
    expect(peer.requests.some((r) => r.status === 413)).toBe(true);
    expect(peer.requests.filter((r) => r.status < 300).every((r) => r.bytes <= maxBodyBytes)).toBe(true);
    // The ontology always takes two requests (two files); a register went in parts.
    expect(run.stderr).toMatch(/^published \d{3}-\S+: \d+ triples in \d+ requests/m);
  });

  it('fails when even one subject\'s triples are too large, saying which graphs were published and which not', async () => {
    const peer = await startPeer({ maxBodyBytes: 200 });
    const run = await publish(peer.url, {}, '--quiet');
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/too large \(413\) even one subject's \d+ triples/);
    expect(run.stderr).toMatch(/published 0 of \d+ graphs \(none\), not published: ontology, /);
    expect(peer.graphs.has(MANIFEST_GRAPH)).toBe(false);
  });

  it('a store answering 500: the status and the first line of its answer', async () => {
    const peer = await startPeer({ failWith: 500 });
    const run = await publish(peer.url, {}, '--quiet');
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(`the store at ${peer.url} answered 500 Internal Server Error to DELETE <${MANIFEST_GRAPH}>: boom: the disk is full`);
    expect(run.stderr).not.toContain('line 2');
  });

  it('a store failing halfway: which graphs were published and which not, and no manifest graph', async () => {
    const peer = await startPeer({ failWith: 503, failAfterWrites: 4 });
    const run = await publish(peer.url, {}, '--quiet');
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    // The ontology's two files, then two registers.
    expect(run.stderr).toMatch(/answered 503 Service Unavailable to PUT <[^>]+>: boom: the disk is full; published 3 of \d+ graphs \(ontology, \d{3}-\S+, \d{3}-\S+\), not published: \d{3}-\S+, .*catalogues.*; no manifest graph written, so the store claims no build$/m);
    expect(peer.graphs.has(MANIFEST_GRAPH)).toBe(false);
    expect(peer.graphs.size).toBe(3);
  });

  it('a store that stops answering: the request is given up after --timeout, one line naming the store and the option', async () => {
    const peer = await startPeer({ stallAfterWrites: 2 });
    const run = await publish(peer.url, {}, '--quiet', '--timeout', '1000');
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(new RegExp(`the store at ${peer.url.replace(/[.?]/g, '\\$&')} did not answer (PUT|POST) within 1000 ms \\(--timeout\\); published \\d+ of \\d+ graphs`));
    expect(peer.graphs.has(MANIFEST_GRAPH)).toBe(false);
  });

  it('refuses a timeout that is not a positive number of milliseconds (exit code 2)', async () => {
    const run = await publish('http://127.0.0.1:1/store', {}, '--quiet', '--timeout', 'soon');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('invalid timeout "soon" (--timeout)');
  });

  it('an unreachable store: one line naming its URL, exit code 1 (in a child process, as a user runs it)', async () => {
    const url = `http://127.0.0.1:${await findClosedPort()}/store`;
    const run = await spawnRopa('publish', '--to', url, '--graph', locateSharedGraph(), '--base', SHARED_GRAPH_BASE, '--no-build', '--quiet');
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(`error: the store at ${url} is unreachable: ECONNREFUSED`);
  });

  it.each([
    [['--to', 'not a url'], /invalid store URL "not a url" \(--to\)/],
    [['--to', 'http://dba:dba@127.0.0.1:1/store'], /must not hold credentials: set ROPA_STORE_USER and ROPA_STORE_PASSWORD instead/],
    [['--to', 'http://127.0.0.1:1/store', '--graph-param', 'a b'], /invalid graph parameter "a b" \(--graph-param\)/],
  ])('refuses %j before sending anything (exit code 2)', async (args, message) => {
    const run = await runRopaWithEnv({}, 'publish', ...args, '--graph', locateSharedGraph(), '--no-build');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it('refuses a password without a user, naming the variables but not the value (exit code 2)', async () => {
    const run = await runRopaWithEnv({ ROPA_STORE_PASSWORD: 'lonely-pw' }, 'publish', '--to', 'http://127.0.0.1:1/store', '--graph', locateSharedGraph(), '--no-build');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('set both ROPA_STORE_USER and ROPA_STORE_PASSWORD, or neither');
    expect(run.stderr).not.toContain('lonely-pw');
  });
});

/** A loopback port nothing listens on: bound, then released. */
function findClosedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
