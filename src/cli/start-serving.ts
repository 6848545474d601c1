// What `ropa serve` does, in order: listen (so a busy port fails at once), settle the base IRI, build and load the graph, serve.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { GRAPH_SETS_DIR, graphSetDir } from '../config/graph-set-dir.ts';
import { DEFAULT_BASE_IRI } from '../config/base-iri.ts';
import type { ConfigKey } from '../config/config-options.ts';
import { ONTOLOGY_DIR } from '../config/project-paths.ts';
import { resolveServerConfig, type ServerConfig } from '../config/server-config.ts';
import { UsageError } from '../errors/usage-error.ts';
import { createApp } from '../http/create-app.ts';
import { guardProcess } from '../http/guard-process.ts';
import { openAppDeps } from '../http/open-app-deps.ts';
import { watchGraphSources } from '../http/watch-graph-sources.ts';
import { checkGraphState } from '../pipeline/ensure-graph.ts';
import { runBuild } from './build-command.ts';
import { writeLine, type CliIo } from './cli-io.ts';
import { ensureBuiltGraph } from './ensure-built-graph.ts';
import { PAGE_MEDIA_TYPES } from '../rdf/formats.ts';

export interface ServeRequest {
  /** Settings given on the command line, by setting name. */
  given: Partial<Record<ConfigKey, unknown>>;
  /** --registers PATH… (a set of its own), --no-registers (false), or nothing (data/registers). */
  registers: string | string[] | boolean | undefined;
  /** false with --no-build. */
  build: boolean;
  /** --mapping: how the headers of the user's own tables are read. */
  mapping?: string;
}

export async function startServing(request: ServeRequest, io: CliIo): Promise<void> {
  const started = performance.now();
  const settings = resolveServerConfig(request.given, io.env);
  const server = createServer((_req, res) => {
    // Until the graph is loaded: a client is told to come back rather than left waiting.
    res.writeHead(503, { 'content-type': `${PAGE_MEDIA_TYPES.text}; charset=utf-8`, 'retry-after': '5' }).end('ropa is loading the graph; try again in a few seconds\n');
  });
  const port = await listen(server, settings);
  try {
    const config = settleGraph(settings, request, port, io.env);
    const selection = selectRegisters(request.registers);
    const inputs = selection ?? [config.registersDir];
    // With --store nothing is built or loaded here: the store holds the graph (a local build is only compared with it).
    if (!config.store) await ensureBuiltGraph(config, inputs, { build: request.build, action: 'serving', ...(request.mapping ? { mapping: request.mapping } : {}) }, io);
    const log = (line: string) => writeLine(io.stderr, line);
    guardProcess(log);
    const deps = await openAppDeps(config, log);
    if (config.watch && !config.store) {
      // A set the server builds itself (--registers, or a base of its own) it rebuilds; data/graph is rebuilt by `npx ropa build`.
      const ownBuild = config.graphDir.startsWith(GRAPH_SETS_DIR) && request.build;
      const run = async () => {
        if ((await checkGraphState(config.graphDir, inputs, config.baseIri, request.mapping)).fresh) return false;
        await runBuild(inputs, { out: config.graphDir, base: config.baseIri, quiet: true, ...(request.mapping ? { mapping: request.mapping } : {}) }, io);
        return true;
      };
      watchGraphSources({ live: deps.live, graphDir: config.graphDir, log, ...(ownBuild ? { build: { inputs: [...inputs, ONTOLOGY_DIR], run } } : {}) });
    }
    server.removeAllListeners('request');
    server.on('request', createApp(deps));
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const federation = config.federate.length > 0 ? `, federating ${config.federate.join(', ')}` : '';
    const mirroring = config.mirror.length > 0 ? `, mirroring ${config.mirror.join(', ')} (refreshed every ${config.mirrorRefreshSeconds} s)` : '';
    const watching = config.store ? `; reading the store's manifest every ${config.storeRefreshSeconds} s` : config.watch ? `; watching ${config.graphDir} for new builds` : '';
    const source = config.store ? ` from the store ${config.store}` : '';
    writeLine(io.stdout, `ropa: serving ${deps.store.size()} triples in ${deps.store.graphs().length} graphs${source} at http://localhost:${port}/ (SPARQL: /sparql${federation}${mirroring}; IRIs under ${config.baseIri}), ready in ${seconds} s${watching}`);
    const stop = () => server.close(() => void deps.store.close().then(() => process.exit(0)));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (error) {
    server.close();
    throw error;
  }
}

function listen(server: Server, config: ServerConfig): Promise<number> {
  return new Promise((resolveListen, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') reject(new UsageError(`port ${config.port} is already in use on ${config.host}: stop the other server, or choose another port with --port (0 picks a free one)`));
      else if (error.code === 'EACCES') reject(new UsageError(`port ${config.port} needs privileges on ${config.host}: choose a port above 1023 with --port`));
      else reject(error);
    });
    server.listen(config.port, config.host, () => resolveListen((server.address() as AddressInfo).port));
  });
}

/**
 * The base IRI and the graph folder. Without --base (or ROPA_BASE_IRI) the IRIs are the server's own address,
 * so that every link of a page, a result or the VoID answers; a graph under any other base than the shipped
 * one, or of a chosen set of registers, is built in a folder of its own, never over data/graph.
 */
function settleGraph(settings: ServerConfig, request: ServeRequest, port: number, env: NodeJS.ProcessEnv): ServerConfig {
  const baseGiven = request.given.baseIri !== undefined || env.ROPA_BASE_IRI !== undefined;
  const baseIri = baseGiven ? settings.baseIri : `http://localhost:${port}/`;
  const folderGiven = request.given.graphDir !== undefined || env.ROPA_GRAPH_DIR !== undefined;
  const selection = selectRegisters(request.registers);
  if (folderGiven || (selection === undefined && baseIri === DEFAULT_BASE_IRI && request.mapping === undefined)) return { ...settings, baseIri };
  return { ...settings, baseIri, graphDir: graphSetDir(selection ?? [resolve(settings.registersDir)], request.mapping, baseIri) };
}

/** The registers of --registers, as absolute paths; [] for --no-registers; undefined for the default folder. */
function selectRegisters(option: ServeRequest['registers']): string[] | undefined {
  if (option === undefined || option === true) return undefined;
  return option === false ? [] : (Array.isArray(option) ? option : [option]).map((p) => resolve(p));
}
