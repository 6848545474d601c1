// Starts a real Virtuoso 7 (Debian's virtuoso-opensource) on free loopback ports, with its own database folder.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import DigestClient from 'digest-fetch';

/** Debian's server binary; .ci/run installs the package. */
export const VIRTUOSO_BINARY = '/usr/bin/virtuoso-t';

export interface VirtuosoServer {
  /**
   * The SPARQL 1.1 query endpoint, e.g. http://127.0.0.1:41234/sparql. Virtuoso 7.2 answers GET and form-encoded
   * POST; a POST with the query as an application/sparql-query body is never answered (the client waits forever).
   */
  sparqlUrl: string;
  /** The Graph Store Protocol endpoint behind Digest authentication (the one a publisher with rights uses). */
  graphStoreUrl: string;
  /** The account of graphStoreUrl (a fresh database's dba). */
  user: string;
  password: string;
  /** The folder of its database, configuration and log. */
  dir: string;
  /** The server process (for its memory in benchmarks). */
  pid: number;
  /** Replaces each named graph with the Turtle files given for it (Graph Store Protocol PUT then POST, Digest auth). */
  putGraphs(files: readonly { path: string; graph: string }[]): Promise<void>;
  /** The server's log so far (for a failing test's message). */
  readLog(): Promise<string>;
  stop(): Promise<void>;
}

/** For `it.skipIf(...)` / `describe.skipIf(...)`: skips without Virtuoso on a developer's machine, never under CI. */
export function skipWithoutVirtuoso(): boolean {
  const skip = !existsSync(VIRTUOSO_BINARY) && !process.env.CI;
  if (skip) console.warn(`skipped: ${VIRTUOSO_BINARY} is missing (apt-get install virtuoso-opensource); CI fails instead`);
  return skip;
}

export interface VirtuosoOptions {
  startTimeoutMs?: number;
  /** 8 KiB pages of cache (default 170 000, about 1.3 GiB at most); a benchmark of millions of triples wants more. */
  buffers?: number;
}

export async function startVirtuoso(options: VirtuosoOptions = {}): Promise<VirtuosoServer> {
  const dir = await mkdtemp(join(tmpdir(), 'ropa-virtuoso-'));
  const [sqlPort, httpPort] = [await findFreePort(), await findFreePort()];
  await writeFile(join(dir, 'virtuoso.ini'), renderConfig(dir, sqlPort, httpPort, options.buffers ?? 170_000));
  const child = spawn(VIRTUOSO_BINARY, ['+configfile', join(dir, 'virtuoso.ini'), '+foreground'], { cwd: dir, stdio: ['ignore', 'ignore', 'ignore'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const base = `http://127.0.0.1:${httpPort}`;
  const server: VirtuosoServer = {
    sparqlUrl: `${base}/sparql`,
    graphStoreUrl: `${base}/sparql-graph-crud-auth`,
    user: 'dba',
    password: 'dba',
    dir,
    pid: child.pid ?? 0,
    async putGraphs(files) {
      const client = new DigestClient(server.user, server.password);
      const replaced = new Set<string>();
      for (const file of files) {
        const url = `${server.graphStoreUrl}?graph-uri=${encodeURIComponent(file.graph)}`;
        // Several files may make one graph (the ontology's): the first replaces it, the others add to it.
        const method = replaced.has(file.graph) ? 'POST' : 'PUT';
        replaced.add(file.graph);
        const response = await client.fetch(url, { method, headers: { 'content-type': 'text/turtle' }, body: await readFile(file.path) });
        if (!response.ok) throw new Error(`Virtuoso refused ${file.path} into <${file.graph}>: ${response.status} ${(await response.text()).slice(0, 300)}`);
      }
    },
    readLog: () => readFile(join(dir, 'virtuoso.log'), 'utf8').catch(() => ''),
    async stop() {
      await stopChild(child, exited);
      await rm(dir, { recursive: true, force: true });
    },
  };
  try {
    await waitUntilAnswering(server.sparqlUrl, child, options.startTimeoutMs ?? 60_000);
  } catch (error) {
    const log = await server.readLog();
    await server.stop();
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${log.slice(-2000)}`);
  }
  return server;
}

/** A small server: buffers sized for test graphs, results up to a million rows (Virtuoso's default cuts at 10 000). */
function renderConfig(dir: string, sqlPort: number, httpPort: number, buffers: number): string {
  return [
    '[Database]',
    `DatabaseFile = ${join(dir, 'virtuoso.db')}`,
    `ErrorLogFile = ${join(dir, 'virtuoso.log')}`,
    `LockFile = ${join(dir, 'virtuoso.lck')}`,
    `TransactionFile = ${join(dir, 'virtuoso.trx')}`,
    `xa_persistent_file = ${join(dir, 'virtuoso.pxa')}`,
    '[TempDatabase]',
    `DatabaseFile = ${join(dir, 'virtuoso-temp.db')}`,
    `TransactionFile = ${join(dir, 'virtuoso-temp.trx')}`,
    '[Parameters]',
    `ServerPort = 127.0.0.1:${sqlPort}`,
    'DisableUnixSocket = 1',
    `DirsAllowed = ., ${dir}`,
    `NumberOfBuffers = ${buffers}`,
    `MaxDirtyBuffers = ${Math.round(buffers * 0.75)}`,
    'CaseMode = 2',
    '[HTTPServer]',
    `ServerPort = 127.0.0.1:${httpPort}`,
    'ServerRoot = /var/lib/virtuoso-opensource-7/vsp',
    'ServerThreads = 10',
    'MaxClientConnections = 10',
    'Charset = UTF-8',
    '[SPARQL]',
    'ResultSetMaxRows = 1000000',
    'MaxQueryExecutionTime = 120',
    '',
  ].join('\n');
}

async function waitUntilAnswering(sparqlUrl: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`virtuoso-t exited with code ${child.exitCode} before answering`);
    const ok = await fetch(`${sparqlUrl}?query=${encodeURIComponent('ASK {}')}`, { signal: AbortSignal.timeout(2_000) }).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`Virtuoso did not answer at ${sparqlUrl} within ${timeoutMs} ms`);
}

async function stopChild(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const killed = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(killed);
}

/** A port free on loopback now (the server that takes it starts right after). */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
