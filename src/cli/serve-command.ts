// `ropa serve` (and `npm start`): builds the graph if stale, loads it and serves the endpoint.
import { ensureBuiltGraph } from './ensure-built-graph.ts';
import { Command } from 'commander';
import type { Server } from 'node:http';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { ONTOLOGY_DIR, PROJECT_ROOT } from '../config/project-paths.ts';
import { resolveServerConfig } from '../config/server-config.ts';
import { openAppDeps } from '../http/open-app-deps.ts';
import { createApp } from '../http/create-app.ts';
import { watchGraphSources } from '../http/watch-graph-sources.ts';
import { guardProcess } from '../http/guard-process.ts';
import { checkGraphState } from '../pipeline/ensure-graph.ts';
import { runBuild } from './build-command.ts';

/**
 * A chosen set of registers gets its own graph folder (named after the selection), so that instances
 * serving different registers never overwrite each other's data/graph/.
 */
function selectRegisters(option: string | string[] | boolean | undefined): { inputs?: string[]; graphDir?: string } {
  if (option === undefined || option === true) return {};
  const inputs = option === false ? [] : (Array.isArray(option) ? option : [option]).map((p) => resolve(p));
  const key = createHash('sha256').update(JSON.stringify([...inputs].sort())).digest('hex').slice(0, 12);
  return { inputs, graphDir: join(PROJECT_ROOT, 'data', 'graph-sets', key) };
}

export function createServeCommand(): Command {
  return new Command('serve')
    .description('Serve the graph: SPARQL endpoint at /sparql, linked-data pages, exports and the query page at /')
    .option('-p, --port <n>', 'TCP port (env ROPA_PORT; default 3000; 0 picks a free one)')
    .option('--host <host>', 'interface to listen on (env ROPA_HOST; default 127.0.0.1)')
    .option('-b, --base <iri>', 'base IRI of the data (env ROPA_BASE_IRI; default http://localhost:3000/)')
    .option('--graph <dir>', 'folder of the built Turtle graph (env ROPA_GRAPH_DIR; default data/graph)')
    .option('--registers <paths...>', 'serve only these registers (files or folders; one instance per ministry); default data/registers (env ROPA_REGISTERS_DIR)')
    .option('--no-registers', 'serve no register, only the ontology and the shared catalogues (e.g. a federating instance)')
    .option('--federate <urls...>', 'also query these SPARQL endpoints (env ROPA_FEDERATE, comma-separated)')
    .option('--federation-timeout <ms>', 'per-request timeout of a federated source (env ROPA_FEDERATION_TIMEOUT_MS; default 10000)')
    .option('--strict-federation', 'fail a query when a federated source fails, instead of answering without it (env ROPA_FEDERATION_STRICT)')
    .option('--timeout <ms>', 'query timeout in milliseconds (env ROPA_QUERY_TIMEOUT_MS; default 30000)')
    .option('--limit <n>', 'maximum results per response (env ROPA_RESULT_LIMIT; default 10000)')
    .option('--rate-limit <n>', 'requests per minute per client on /sparql and /export (env ROPA_RATE_LIMIT_PER_MINUTE; default 600)')
    .option('--workers <n>', 'worker threads holding the graph (env ROPA_WORKERS; default 1)')
    .option('--cors-origin <origins>', 'allowed CORS origins, comma-separated, or * (env ROPA_CORS_ORIGIN; default *)')
    .option('--no-build', 'never rebuild the graph, even when it is stale')
    .option('--watch', 'serve each new build of the graph folder without a restart, and rebuild a --registers set when its registers change (default; env ROPA_WATCH)')
    .option('--no-watch', 'serve the graph loaded at start until the server stops (fixed deployments)')
    .action(async (opts: Record<string, string | string[] | boolean | undefined>) => {
      const started = performance.now();
      const selection = selectRegisters(opts.registers);
      const config = resolveServerConfig({
        port: opts.port,
        host: opts.host,
        baseIri: opts.base,
        graphDir: opts.graph ?? selection.graphDir,
        queryTimeoutMs: opts.timeout,
        resultLimit: opts.limit,
        rateLimitPerMinute: opts.rateLimit,
        workers: opts.workers,
        corsOrigin: opts.corsOrigin,
        federate: opts.federate,
        federationTimeoutMs: opts.federationTimeout,
        federationStrict: opts.strictFederation,
        watch: opts.watch,
      });
      const inputs = selection.inputs ?? [config.registersDir];
      await ensureBuiltGraph(config, inputs, { build: opts.build !== false, action: 'serving' });
      const log = (line: string) => console.error(line);
      guardProcess(log);
      const deps = await openAppDeps(config, log);
      if (config.watch) {
        // A --registers set is the server's own build: it rebuilds it. data/graph is rebuilt by `npx ropa build`.
        const ownBuild = selection.inputs !== undefined && opts.build !== false;
        const run = async () => {
          if ((await checkGraphState(config.graphDir, inputs, config.baseIri)).fresh) return false;
          await runBuild(inputs, { out: config.graphDir, base: config.baseIri, quiet: true });
          return true;
        };
        watchGraphSources({ live: deps.live, graphDir: config.graphDir, log, ...(ownBuild ? { build: { inputs: [...inputs, ONTOLOGY_DIR], run } } : {}) });
      }
      const app = createApp(deps);
      const server: Server = await new Promise((resolve, reject) => {
        const s = app.listen(config.port, config.host, (error?: Error) => (error ? reject(error) : resolve(s)));
      });
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : config.port;
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const federation = config.federate.length > 0 ? `, federating ${config.federate.join(', ')}` : '';
      const watching = config.watch ? `; watching ${config.graphDir} for new builds` : '';
      console.log(`ropa: serving ${deps.store.size()} triples in ${deps.store.graphs().length} graphs at http://localhost:${port}/ (SPARQL: /sparql${federation}), ready in ${seconds} s${watching}`);
      const stop = () => server.close(() => void deps.store.close().then(() => process.exit(0)));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
