// Test helper: the graph of the real registers built once per run (test/support/global-setup.ts), loaded with n3.
import { Parser, Store, type Quad } from 'n3';
import type { BuildResult } from '../../src/pipeline/build-graph.ts';
import { listRegisterFiles } from '../../src/pipeline/list-register-files.ts';
import { DEFAULT_REGISTERS_DIR } from '../../src/config/project-paths.ts';
import { readSharedBuild, SHARED_GRAPH_BASE } from '../support/shared-graph.ts';

/** A base unlike the default one, so that no test can pass by reading a stale data/graph built with it. */
export const TEST_BASE = SHARED_GRAPH_BASE;

export interface TestGraph {
  readonly base: string;
  readonly result: BuildResult;
  /** Turtle file name → its triples, as parsed by N3.js. */
  readonly quadsByFile: ReadonlyMap<string, readonly Quad[]>;
  /** Every Turtle file of the build in one store. */
  readonly store: Store;
  /** Absolute paths of the register files the graph was built from. */
  readonly registerFiles: readonly string[];
}

let loaded: Promise<TestGraph> | undefined;

/** Read-only: the same graph object is shared by every test file that runs in this process. */
export function buildTestGraph(): Promise<TestGraph> {
  loaded ??= loadTestGraph();
  return loaded;
}

async function loadTestGraph(): Promise<TestGraph> {
  const registerFiles = await listRegisterFiles([DEFAULT_REGISTERS_DIR]);
  const { result, files } = await readSharedBuild();
  const store = new Store();
  const quadsByFile = new Map<string, Quad[]>();
  for (const [name, text] of files) {
    if (!name.endsWith('.ttl')) continue;
    const quads = new Parser({ baseIRI: TEST_BASE, format: 'text/turtle' }).parse(text);
    quadsByFile.set(name, quads);
    store.addQuads(quads);
  }
  return { base: TEST_BASE, result: { ...result, files }, quadsByFile, store, registerFiles };
}
