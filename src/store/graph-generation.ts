// A generation of the graph: the Turtle read once, fingerprinted, and kept compressed for replacement workers.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import type { GraphWorkerFile } from './graph-worker-protocol.ts';

const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

/** One Turtle document of a generation and the named graph it goes into: a file of the build, or a harvested dump. */
export interface GenerationSource {
  graph: string;
  /** Short name for logs and errors: the file name, or the source's URL. */
  name: string;
  turtle: Uint8Array;
  /** Where it was read from, when it was a file. */
  path?: string;
}

export interface GenerationFile {
  name: string;
  graph: string;
  path?: string;
  bytes: number;
  sha256: string;
}

/** What a loaded generation is: shown in the log, /health and the service description. */
export interface GenerationInfo {
  id: number;
  /** Hash of every source's graph and content hash: equal fingerprints, same graph. */
  fingerprint: string;
  files: GenerationFile[];
  triples: number;
  graphs: string[];
  loadedAt: Date;
  /** From reading the sources to every worker being ready. */
  loadMillis: number;
}

/** Reads files once, into memory the workers of the first load share instead of each copying it. */
export async function readGenerationSources(files: readonly { path: string; graph: string }[]): Promise<GenerationSource[]> {
  return Promise.all(
    files.map(async ({ path, graph }) => {
      const bytes = await readFile(path);
      const turtle = new Uint8Array(new SharedArrayBuffer(bytes.byteLength));
      turtle.set(bytes);
      // The file name, so that a load error names the file it is in.
      return { graph, name: basename(path), turtle, path };
    }),
  );
}

export interface SourcesDescription {
  fingerprint: string;
  files: GenerationFile[];
}

export function describeSources(sources: readonly GenerationSource[]): SourcesDescription {
  const files = sources.map(({ name, graph, path, turtle }) => ({
    name,
    graph,
    ...(path !== undefined ? { path } : {}),
    bytes: turtle.byteLength,
    sha256: createHash('sha256').update(turtle).digest('hex'),
  }));
  const fingerprint = createHash('sha256');
  for (const file of files) fingerprint.update(`${file.graph} ${file.sha256}\n`);
  return { fingerprint: fingerprint.digest('hex'), files };
}

/**
 * Gives workers their files: the shared bytes for the first load, then a gzip snapshot for replacements.
 * Keeping the raw Turtle while it serves would cost its full size (0.9 GiB at 100 000 treatments); gzip keeps
 * about a tenth, made off the main thread, and a replacement never reads files a rebuild may have replaced.
 */
export function createGenerationFiles(sources: readonly GenerationSource[]): {
  files: () => Promise<GraphWorkerFile[]>;
  /** Bytes the generation holds once the snapshot is made. */
  snapshotBytes: () => Promise<number>;
} {
  let raw: GenerationSource[] | undefined = [...sources];
  const snapshot = Promise.all(sources.map(async (s) => ({ graph: s.graph, name: s.name, gz: await gzipAsync(s.turtle) })));
  // Until the snapshot is ready a replacement shares the raw bytes; after, they are let go.
  void snapshot.then(
    () => (raw = undefined),
    () => undefined,
  );
  return {
    async files() {
      if (raw) return raw.map(({ graph, name, turtle }) => ({ graph, name, turtle }));
      const entries = await snapshot;
      return Promise.all(entries.map(async ({ graph, name, gz }) => ({ graph, name, turtle: new Uint8Array(await gunzipAsync(gz)) })));
    },
    snapshotBytes: async () => (await snapshot).reduce((n, e) => n + e.gz.byteLength, 0),
  };
}
