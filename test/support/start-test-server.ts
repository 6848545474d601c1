// Starts the real application on a loopback port over the graph of the real registers (or of the registers given).
import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:http';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBuild } from '../../src/cli/build-command.ts';
import { DEFAULT_REGISTERS_DIR } from '../../src/config/project-paths.ts';
import { resolveServerConfig, type ServerConfig } from '../../src/config/server-config.ts';
import { openAppDeps } from '../../src/http/open-app-deps.ts';
import { createApp } from '../../src/http/create-app.ts';
import type { AppDeps } from '../../src/http/app-deps.ts';
import { watchGraphSources } from '../../src/http/watch-graph-sources.ts';
import { copySharedGraph } from './shared-graph.ts';

export interface TestServer {
  /** e.g. "http://127.0.0.1:41234/" (ends with a slash); also the data's base IRI unless one was given. */
  url: string;
  /** The base IRI of the data. */
  baseIri: string;
  /** The graph folder the server serves (and watches, with the watch option). */
  graphDir: string;
  deps: AppDeps;
  log: string[];
  close(): Promise<void>;
}

export interface TestServerOptions {
  /** Register files or folders to build the graph from; default the shared graph of data/registers/. */
  registers?: readonly string[];
  /** Base IRI of the data; default the server's own URL, as in a real deployment, so that every IRI dereferences. */
  baseIri?: string;
  /**
   * Watch as `ropa serve` does: 'graph-folder' loads each new build of graphDir; 'registers' also rebuilds it when
   * the registers change (the server's own build, as for --registers sets). Default: no watching.
   */
  watch?: 'graph-folder' | 'registers';
}

/**
 * The default server (real registers, default settings, no watching) is started once per test process and
 * shared by the test files that run in it (read-only: nothing a test does changes the graph); its close() does nothing.
 */
let sharedServer: Promise<TestServer> | undefined;

export async function startTestServer(overrides: Partial<Record<keyof ServerConfig, unknown>> = {}, options: TestServerOptions = {}): Promise<TestServer> {
  if (Object.keys(overrides).length > 0 || Object.keys(options).length > 0) return openTestServer(overrides, options);
  sharedServer ??= openTestServer({}, {}, { shared: true });
  const server = await sharedServer;
  return { ...server, close: async () => {} };
}

async function openTestServer(overrides: Partial<Record<keyof ServerConfig, unknown>>, options: TestServerOptions, { shared = false } = {}): Promise<TestServer> {
  const log: string[] = [];
  // The port must be known before the graph is written (it is part of the base IRI): listen first, attach the app after.
  const server: Server = createServer();
  const port = await listenOnFreePort(server);
  // The shared server must not keep its test process alive once the files are done.
  if (shared) server.unref();
  const baseIri = options.baseIri ?? `http://127.0.0.1:${port}/`;
  let graphDir: string;
  if (options.registers === undefined) {
    graphDir = await copySharedGraph(baseIri);
  } else {
    graphDir = join(await mkdtemp(join(tmpdir(), 'ropa-test-graph-')), 'graph');
    await runBuild(options.registers, { out: graphDir, base: baseIri, quiet: true });
  }
  // One worker unless a test asks for more: a test server answers one test at a time, and each worker is a copy of the store.
  const config = resolveServerConfig({ port, host: '127.0.0.1', baseIri, graphDir, rateLimitPerMinute: 100_000, workers: 1, ...overrides }, {});
  const deps = await openAppDeps(config, (line) => log.push(line));
  if (options.watch) {
    const inputs = options.registers ?? [DEFAULT_REGISTERS_DIR];
    const run = async () => (await runBuild(inputs, { out: graphDir, base: baseIri, quiet: true }), true);
    watchGraphSources({ live: deps.live, graphDir, log: (line) => log.push(line), debounceMs: 100, ...(options.watch === 'registers' ? { build: { inputs, run } } : {}) });
  }
  const app = createApp(deps);
  server.on('request', app);
  return {
    url: `http://127.0.0.1:${port}/`,
    baseIri,
    graphDir,
    deps,
    log,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await deps.store.close();
    },
  };
}

function listenOnFreePort(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}
