// Every command that reads the graph first rebuilds it when it is missing or stale, as `ropa serve` does.
import { checkGraphState } from '../pipeline/ensure-graph.ts';
import { runBuild } from './build-command.ts';
import { writeLine, type CliIo } from './cli-io.ts';

export async function ensureBuiltGraph(
  config: { graphDir: string; baseIri: string },
  inputs: readonly string[],
  options: { build?: boolean; action: string; mapping?: string },
  io: CliIo,
): Promise<void> {
  const state = await checkGraphState(config.graphDir, inputs, config.baseIri, options.mapping);
  if (state.fresh) return;
  if (options.build === false) {
    writeLine(io.stderr, `warning: the graph is stale (${state.reason}); ${options.action} it anyway (--no-build)`);
    return;
  }
  writeLine(io.stderr, `building the graph: ${state.reason}`);
  await runBuild(inputs, { out: config.graphDir, base: config.baseIri, quiet: true, ...(options.mapping ? { mapping: options.mapping } : {}) }, io);
}
