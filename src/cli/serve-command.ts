// `ropa serve` (and `npm start`): the options; startServing does the rest.
import { Command } from 'commander';
import type { ConfigKey } from '../config/config-options.ts';
import { COMMAND_DESCRIPTIONS } from './command-descriptions.ts';
import { addConfigOptions, readConfigOptions } from './add-config-options.ts';
import type { CliIo } from './cli-io.ts';

/** The serving settings, after the graph and register options. */
const SERVE_SETTINGS = [
  'watch', 'store', 'storeRefreshSeconds', 'storeUnion', 'federate', 'federationTimeoutMs', 'federationStrict', 'mirror', 'mirrorRefreshSeconds', 'mirrorMaxBytes', 'queryTimeoutMs', 'resultLimit', 'rateLimitPerMinute', 'workers', 'corsOrigin',
  'maxQueryLength', 'maxQueryDepth', 'maxQueryValues', 'trustProxy', 'publicBaseUrl',
] as const satisfies readonly ConfigKey[];

export function createServeCommand(io: CliIo): Command {
  const command = new Command('serve')
    .description(COMMAND_DESCRIPTIONS.serve);
  addConfigOptions(command, ['port', 'host', 'baseIri', 'graphDir']);
  command
    .option('--registers <paths...>', 'serve only these registers (files or folders; one instance per ministry); default data/registers (env ROPA_REGISTERS_DIR)')
    .option('--no-registers', 'serve no register, only the ontology and the shared catalogues (e.g. a federating instance)')
    .option('--mapping <file>', 'JSON file mapping the column headers of your own tables to register fields (see docs/own-register.md)');
  addConfigOptions(command, SERVE_SETTINGS);
  return command
    .option('--no-build', 'never rebuild the graph, even when it is stale')
    .action(async (opts: Record<string, string | string[] | boolean | undefined>) => {
      const given = readConfigOptions(opts, ['port', 'host', 'baseIri', 'graphDir', ...SERVE_SETTINGS]);
      const mapping = typeof opts.mapping === 'string' ? opts.mapping : undefined;
      // Loaded when the server starts, not for `ropa serve --help`: the server's modules take a second or more to load.
      const { startServing } = await import('./start-serving.ts');
      await startServing({ given, registers: opts.registers, build: opts.build !== false, ...(mapping ? { mapping } : {}) }, io);
    });
}
