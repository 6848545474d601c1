// The graph built once per test run (global-setup.ts): read as is, or copied under another base IRI.
import { mkdtemp, readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { inject } from 'vitest';
import { MANIFEST_FILE, type BuildResult } from '../../src/pipeline/build-graph.ts';
import { hashBuildInputs } from '../../src/pipeline/hash-build-inputs.ts';
import { listRegisterFiles } from '../../src/pipeline/list-register-files.ts';
import { DEFAULT_REGISTERS_DIR } from '../../src/config/project-paths.ts';

/** A base unlike the default one, so that no test can pass by reading a stale data/graph built with it. */
export const SHARED_GRAPH_BASE = 'https://ropa.test.example/';
/** Beside the graph folder: the build's summary (registers, warnings, catalogue triples), without the file contents. */
export const SHARED_BUILD_RESULT = 'build-result.json';

export function locateSharedGraph(): string {
  return inject('sharedGraphDir');
}

export async function readSharedBuild(): Promise<{ graphDir: string; result: Omit<BuildResult, 'files'>; files: Map<string, string> }> {
  const graphDir = locateSharedGraph();
  const result = JSON.parse(await readFile(join(dirname(graphDir), SHARED_BUILD_RESULT), 'utf8')) as Omit<BuildResult, 'files'>;
  const files = new Map<string, string>();
  for (const name of (await readdir(graphDir)).sort()) files.set(name, await readFile(join(graphDir, name), 'utf8'));
  return { graphDir, result, files };
}

/**
 * The shared graph in a new folder with every IRI under `baseIri` instead of SHARED_GRAPH_BASE, and the inputs
 * hash of manifest.json recomputed for that base (so that commands find it fresh). Minting is base + path, so
 * this equals a build under `baseIri` (test/support/shared-graph.test.ts checks it), at a fraction of the cost.
 */
export async function copySharedGraph(baseIri: string, dir?: string): Promise<string> {
  const { files } = await readSharedBuild();
  dir ??= join(await mkdtemp(join(tmpdir(), 'ropa-test-graph-')), 'graph');
  await mkdir(dir, { recursive: true });
  const inputsHash = await hashBuildInputs(await listRegisterFiles([DEFAULT_REGISTERS_DIR]), baseIri);
  for (const [name, text] of files) {
    const rebased = text.replaceAll(SHARED_GRAPH_BASE, baseIri);
    await writeFile(join(dir, name), name === MANIFEST_FILE ? rebased.replace(/"inputsHash": "[0-9a-f]+"/, `"inputsHash": "${inputsHash}"`) : rebased);
  }
  return dir;
}
