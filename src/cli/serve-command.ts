// `ropa serve` (and `npm start`): builds the graph if stale, loads it and serves the endpoint.
import { ensureBuiltGraph } from './ensure-built-graph.ts';
import { COMMAND_DESCRIPTIONS } from './command-descriptions.ts';
import { Command } from 'commander';
import type { Server } from 'node:http';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { PROJECT_ROOT } from '../config/project-paths.ts';
import { resolveServerConfig } from '../config/server-config.ts';
import type { ConfigKey } from '../config/config-options.ts';
import { openAppDeps } from '../http/open-app-deps.ts';
import { createApp } from '../http/create-app.ts';
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
const SERVE_SETTINGS = ['federate', 'federationTimeoutMs', 'federationStrict', 'queryTimeoutMs', 'resultLimit', 'rateLimitPerMinute', 'workers', 'corsOrigin'] as const satisfies readonly ConfigKey[];

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
      const deps = await openAppDeps(config, (line) => writeLine(io.stderr, line));
      const app = createApp(deps);
      const server: Server = await new Promise((resolve, reject) => {
        const s = app.listen(config.port, config.host, (error?: Error) => (error ? reject(error) : resolve(s)));
      });
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : config.port;
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const federation = config.federate.length > 0 ? `, federating ${config.federate.join(', ')}` : '';
      writeLine(io.stdout, `ropa: serving ${deps.store.size()} triples in ${deps.store.graphs().length} graphs at http://localhost:${port}/ (SPARQL: /sparql${federation}), ready in ${seconds} s`);
      const stop = () => server.close(() => void deps.store.close().then(() => process.exit(0)));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
