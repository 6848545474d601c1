// Every command that reads the graph first rebuilds it when it is missing or stale, as `ropa serve` does.
import { checkGraphState } from '../pipeline/ensure-graph.ts';
import { runBuild } from './build-command.ts';

export async function ensureBuiltGraph(
  config: { graphDir: string; baseIri: string },
  inputs: readonly string[],
  options: { build?: boolean; action: string; mapping?: string },
): Promise<void> {
  const state = await checkGraphState(config.graphDir, inputs, config.baseIri, options.mapping);
  if (state.fresh) return;
  if (options.build === false) {
    console.error(`warning: the graph is stale (${state.reason}); ${options.action} it anyway (--no-build)`);
    return;
  }
  console.error(`building the graph: ${state.reason}`);
  await runBuild(inputs, { out: config.graphDir, base: config.baseIri, quiet: true, ...(options.mapping ? { mapping: options.mapping } : {}) });
}
