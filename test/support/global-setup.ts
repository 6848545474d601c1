// Runs once per `vitest run`: builds the graph of the real registers once, for every test file to share read-only.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { runBuild } from '../../src/cli/build-command.ts';
import { DEFAULT_REGISTERS_DIR } from '../../src/config/project-paths.ts';
import { SHARED_BUILD_RESULT, SHARED_GRAPH_BASE } from './shared-graph.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder of the graph built from data/registers/ under SHARED_GRAPH_BASE, plus its BuildResult as JSON. */
    sharedGraphDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = await mkdtemp(join(tmpdir(), 'ropa-shared-graph-'));
  const graphDir = join(root, 'graph');
  const result = await runBuild([DEFAULT_REGISTERS_DIR], { out: graphDir, base: SHARED_GRAPH_BASE, quiet: true });
  const { fileHashes: _hashes, ...summary } = result;
  await writeFile(join(root, SHARED_BUILD_RESULT), JSON.stringify(summary));
  project.provide('sharedGraphDir', graphDir);
  return () => rm(root, { recursive: true, force: true });
}
