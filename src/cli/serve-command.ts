// `ropa serve` (and `npm start`): builds the graph if stale, loads it and serves the endpoint.
import { Command } from 'commander';
import type { Server } from 'node:http';
import { resolveServerConfig } from '../config/server-config.ts';
import { checkGraphState } from '../build/ensure-graph.ts';
import { runBuild } from './build-command.ts';
import { openAppDeps } from '../http/open-app-deps.ts';
import { createApp } from '../http/create-app.ts';

export function createServeCommand(): Command {
  return new Command('serve')
    .description('Serve the graph: SPARQL endpoint at /sparql, linked-data pages, exports and the query page at /')
    .option('-p, --port <n>', 'TCP port (env ROPA_PORT; default 3000; 0 picks a free one)')
    .option('--host <host>', 'interface to listen on (env ROPA_HOST; default 127.0.0.1)')
    .option('-b, --base <iri>', 'base IRI of the data (env ROPA_BASE_IRI; default http://localhost:3000/)')
    .option('--graph <dir>', 'folder of the built Turtle graph (env ROPA_GRAPH_DIR; default data/graph)')
    .option('--registers <dir>', 'registers to build the graph from when it is missing or stale (env ROPA_REGISTERS_DIR)')
    .option('--timeout <ms>', 'query timeout in milliseconds (env ROPA_QUERY_TIMEOUT_MS; default 30000)')
    .option('--limit <n>', 'maximum results per response (env ROPA_RESULT_LIMIT; default 10000)')
    .option('--rate-limit <n>', 'requests per minute per client on /sparql and /export (env ROPA_RATE_LIMIT_PER_MINUTE; default 600)')
    .option('--workers <n>', 'worker threads holding the graph (env ROPA_WORKERS; default 1)')
    .option('--cors-origin <origins>', 'allowed CORS origins, comma-separated, or * (env ROPA_CORS_ORIGIN; default *)')
    .option('--no-build', 'never rebuild the graph, even when it is stale')
    .action(async (opts: Record<string, string | boolean | undefined>) => {
      const started = performance.now();
      const config = resolveServerConfig({
        port: opts.port,
        host: opts.host,
        baseIri: opts.base,
        graphDir: opts.graph,
        registersDir: opts.registers,
        queryTimeoutMs: opts.timeout,
        resultLimit: opts.limit,
        rateLimitPerMinute: opts.rateLimit,
        workers: opts.workers,
        corsOrigin: opts.corsOrigin,
      });
      const state = await checkGraphState(config.graphDir, [config.registersDir], config.baseIri);
      if (!state.fresh) {
        if (opts.build === false) console.error(`warning: the graph is stale (${state.reason}); serving it anyway (--no-build)`);
        else {
          console.error(`building the graph: ${state.reason}`);
          await runBuild([config.registersDir], { out: config.graphDir, base: config.baseIri, quiet: true });
        }
      }
      const deps = await openAppDeps(config, (line) => console.error(line));
      const app = createApp(deps);
      const server: Server = await new Promise((resolve, reject) => {
        const s = app.listen(config.port, config.host, (error?: Error) => (error ? reject(error) : resolve(s)));
      });
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : config.port;
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(`ropa: serving ${deps.store.size()} triples in ${deps.store.graphs().length} graphs at http://localhost:${port}/ (SPARQL: /sparql), ready in ${seconds} s`);
      const stop = () => server.close(() => void deps.store.close().then(() => process.exit(0)));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
