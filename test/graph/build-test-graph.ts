// Test helper: builds the graph of the five real registers in memory (never from data/graph) and loads it with n3.
import { Parser, Store, type Quad } from 'n3';
import { buildGraph, type BuildResult } from '../../src/pipeline/build-graph.ts';
import { listRegisterFiles } from '../../src/pipeline/list-register-files.ts';
import { DEFAULT_REGISTERS_DIR } from '../../src/config/project-paths.ts';

/** A base unlike the default one, so that no test can pass by reading a stale data/graph built with it. */
export const TEST_BASE = 'https://ropa.test.example/';

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

export async function buildTestGraph(): Promise<TestGraph> {
  const registerFiles = await listRegisterFiles([DEFAULT_REGISTERS_DIR]);
  const result = await buildGraph({ registerFiles, baseIri: TEST_BASE });
  const store = new Store();
  const quadsByFile = new Map<string, Quad[]>();
  for (const [name, text] of result.files) {
    if (!name.endsWith('.ttl')) continue;
    const quads = new Parser({ baseIRI: TEST_BASE, format: 'text/turtle' }).parse(text);
    quadsByFile.set(name, quads);
    store.addQuads(quads);
  }
  return { base: TEST_BASE, result, quadsByFile, store, registerFiles };
}
