// `ropa serve` (and `npm start`): builds the graph if stale, loads it and serves the endpoint.
import { ensureBuiltGraph } from './ensure-built-graph.ts';
import { Command } from 'commander';
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import { graphSetDir } from '../config/graph-set-dir.ts';
import { resolveServerConfig } from '../config/server-config.ts';
import { openAppDeps } from '../http/open-app-deps.ts';
import { createApp } from '../http/create-app.ts';

/**
 * A chosen set of registers gets its own graph folder (named after the selection), so that instances
 * serving different registers never overwrite each other's data/graph/.
 */
function selectRegisters(option: string | string[] | boolean | undefined, mappingFile?: string): { inputs?: string[]; graphDir?: string } {
  if (option === undefined || option === true) return {};
  const inputs = option === false ? [] : (Array.isArray(option) ? option : [option]).map((p) => resolve(p));
  return { inputs, graphDir: graphSetDir(inputs, mappingFile) };
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
    .option('--mapping <file>', 'JSON file mapping the column headers of your own tables to register fields (see docs/own-register.md)')
    .option('--federate <urls...>', 'also query these SPARQL endpoints (env ROPA_FEDERATE, comma-separated)')
    .option('--federation-timeout <ms>', 'per-request timeout of a federated source (env ROPA_FEDERATION_TIMEOUT_MS; default 10000)')
    .option('--strict-federation', 'fail a query when a federated source fails, instead of answering without it (env ROPA_FEDERATION_STRICT)')
    .option('--timeout <ms>', 'query timeout in milliseconds (env ROPA_QUERY_TIMEOUT_MS; default 30000)')
    .option('--limit <n>', 'maximum results per response (env ROPA_RESULT_LIMIT; default 10000)')
    .option('--rate-limit <n>', 'requests per minute per client on /sparql and /export (env ROPA_RATE_LIMIT_PER_MINUTE; default 600)')
    .option('--workers <n>', 'worker threads holding the graph (env ROPA_WORKERS; default 1)')
    .option('--cors-origin <origins>', 'allowed CORS origins, comma-separated, or * (env ROPA_CORS_ORIGIN; default *)')
    .option('--no-build', 'never rebuild the graph, even when it is stale')
    .action(async (opts: Record<string, string | string[] | boolean | undefined>) => {
      const started = performance.now();
      const mapping = typeof opts.mapping === 'string' ? opts.mapping : undefined;
      const selection = selectRegisters(opts.registers, mapping);
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
      });
      const inputs = selection.inputs ?? [config.registersDir];
      await ensureBuiltGraph(config, inputs, { build: opts.build !== false, action: 'serving', ...(mapping ? { mapping } : {}) });
      const deps = await openAppDeps(config, (line) => console.error(line));
      const app = createApp(deps);
      const server: Server = await new Promise((resolve, reject) => {
        const s = app.listen(config.port, config.host, (error?: Error) => (error ? reject(error) : resolve(s)));
      });
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : config.port;
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const federation = config.federate.length > 0 ? `, federating ${config.federate.join(', ')}` : '';
      console.log(`ropa: serving ${deps.store.size()} triples in ${deps.store.graphs().length} graphs at http://localhost:${port}/ (SPARQL: /sparql${federation}), ready in ${seconds} s`);
      const stop = () => server.close(() => void deps.store.close().then(() => process.exit(0)));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
