// `ropa serve` (and `npm start`): builds the graph if stale, loads it and serves the endpoint.
import { ensureBuiltGraph } from './ensure-built-graph.ts';
import { COMMAND_DESCRIPTIONS } from './command-descriptions.ts';
import { Command } from 'commander';
import type { Server } from 'node:http';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { ONTOLOGY_DIR, PROJECT_ROOT } from '../config/project-paths.ts';
import { resolveServerConfig } from '../config/server-config.ts';
import type { ConfigKey } from '../config/config-options.ts';
import { openAppDeps } from '../http/open-app-deps.ts';
import { createApp } from '../http/create-app.ts';
import { watchGraphSources } from '../http/watch-graph-sources.ts';
import { guardProcess } from '../http/guard-process.ts';
import { checkGraphState } from '../pipeline/ensure-graph.ts';
import { UsageError } from '../errors/usage-error.ts';
import { runBuild } from './build-command.ts';
import { addConfigOptions, readConfigOptions } from './add-config-options.ts';
import { writeLine, type CliIo } from './cli-io.ts';

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

/** The serving settings, after the graph and register options. */
const SERVE_SETTINGS = [
  'watch', 'federate', 'federationTimeoutMs', 'federationStrict', 'queryTimeoutMs', 'resultLimit', 'rateLimitPerMinute', 'workers', 'corsOrigin',
  'maxQueryLength', 'maxQueryDepth', 'maxQueryValues', 'trustProxy', 'publicBaseUrl',
] as const satisfies readonly ConfigKey[];

export function createServeCommand(io: CliIo): Command {
  const command = new Command('serve')
    .description(COMMAND_DESCRIPTIONS.serve);
  addConfigOptions(command, ['port', 'host', 'baseIri', 'graphDir']);
  command
    .option('--registers <paths...>', 'serve only these registers (files or folders; one instance per ministry); default data/registers (env ROPA_REGISTERS_DIR)')
    .option('--no-registers', 'serve no register, only the ontology and the shared catalogues (e.g. a federating instance)');
  addConfigOptions(command, SERVE_SETTINGS);
  return command
    .option('--no-build', 'never rebuild the graph, even when it is stale')
    .action(async (opts: Record<string, string | string[] | boolean | undefined>) => {
      const started = performance.now();
      const selection = selectRegisters(opts.registers);
      const given = readConfigOptions(opts, ['port', 'host', 'baseIri', 'graphDir', ...SERVE_SETTINGS]);
      const config = resolveServerConfig({ ...given, graphDir: given.graphDir ?? selection.graphDir }, io.env);
      const inputs = selection.inputs ?? [config.registersDir];
      await ensureBuiltGraph(config, inputs, { build: opts.build !== false, action: 'serving' }, io);
      const log = (line: string) => writeLine(io.stderr, line);
      guardProcess(log);
      const deps = await openAppDeps(config, log);
      if (config.watch) {
        // A --registers set is the server's own build: it rebuilds it. data/graph is rebuilt by `npx ropa build`.
        const ownBuild = selection.inputs !== undefined && opts.build !== false;
        const run = async () => {
          if ((await checkGraphState(config.graphDir, inputs, config.baseIri)).fresh) return false;
          await runBuild(inputs, { out: config.graphDir, base: config.baseIri, quiet: true }, io);
          return true;
        };
        watchGraphSources({ live: deps.live, graphDir: config.graphDir, log, ...(ownBuild ? { build: { inputs: [...inputs, ONTOLOGY_DIR], run } } : {}) });
      }
      const app = createApp(deps);
      const server: Server = await new Promise<Server>((resolve, reject) => {
        const s = app.listen(config.port, config.host, (error?: Error) => (error ? reject(error) : resolve(s)));
      }).catch(async (error: NodeJS.ErrnoException) => {
        await deps.store.close();
        if (error.code === 'EADDRINUSE') throw new UsageError(`port ${config.port} is already in use on ${config.host}: stop the other server, or choose another port with --port (0 picks a free one)`);
        if (error.code === 'EACCES') throw new UsageError(`port ${config.port} needs privileges on ${config.host}: choose a port above 1023 with --port`);
        throw error;
      });
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : config.port;
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const federation = config.federate.length > 0 ? `, federating ${config.federate.join(', ')}` : '';
      const watching = config.watch ? `; watching ${config.graphDir} for new builds` : '';
      writeLine(io.stdout, `ropa: serving ${deps.store.size()} triples in ${deps.store.graphs().length} graphs at http://localhost:${port}/ (SPARQL: /sparql${federation}), ready in ${seconds} s${watching}`);
      const stop = () => server.close(() => void deps.store.close().then(() => process.exit(0)));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
