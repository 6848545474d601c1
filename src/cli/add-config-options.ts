// Declares settings of the one options table (config/config-options.ts) on a command, and reads them back by setting name.
import { Command, Option } from 'commander';
import { CONFIG_OPTIONS, type ConfigKey, type ConfigOption } from '../config/config-options.ts';

/** The graph a reading command works on: where it is, what it is built from, and under which base. */
export const GRAPH_SETTINGS = ['graphDir', 'registersDir', 'baseIri'] as const satisfies readonly ConfigKey[];

export function addConfigOptions(command: Command, keys: readonly ConfigKey[]): Command {
  for (const key of keys) command.addOption(createOption(key));
  return command;
}

/** The graph settings plus --no-build, as every command that reads the graph takes them. */
export function addGraphOptions(command: Command): Command {
  return addConfigOptions(command, GRAPH_SETTINGS).option('--no-build', 'never rebuild the graph, even when it is stale');
}

/** The values commander parsed, keyed by setting name, for resolveServerConfig. */
export function readConfigOptions(opts: Record<string, unknown>, keys: readonly ConfigKey[]): Partial<Record<ConfigKey, unknown>> {
  const values: Partial<Record<ConfigKey, unknown>> = {};
  for (const key of keys) {
    const option = createOption(key);
    const value = opts[option.attributeName()];
    // A negatable flag (--no-watch) reads true when not given: only its explicit false may override the environment.
    if (value !== undefined && !(option.negate && value === true)) values[key] = value;
  }
  return values;
}

function createOption(key: ConfigKey): Option {
  const spec: ConfigOption = CONFIG_OPTIONS[key];
  if (spec.flags === undefined) throw new Error(`setting ${key} has no command-line option (only ${spec.env})`);
  return new Option(spec.flags, `${spec.description} (env ${spec.env})`);
}
