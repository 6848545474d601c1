// Reads a built graph folder as the sources of a generation, after checking its manifest says it is complete.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { IriMinter } from '../rdf/mint-iris.ts';
import { readGenerationSources, type GenerationSource } from './graph-generation.ts';
import { listGraphFiles } from './list-graph-files.ts';

/** What the server needs of the manifest the build writes last (src/pipeline/build-graph.ts). */
const manifestSchema = z.object({ baseIri: z.string(), registers: z.array(z.object({ slug: z.string() })) });

/**
 * The build replaces the folder in one rename (src/files/write-files-atomically.ts), so a folder with a valid
 * manifest is a whole build. One built for another base IRI would serve IRIs that do not dereference here: refused.
 */
export async function readGraphFolder(graphDir: string, iris: IriMinter, options: { checkBase: boolean }): Promise<GenerationSource[]> {
  const path = join(graphDir, 'manifest.json');
  const text = await readFile(path, 'utf8').catch(() => undefined);
  if (text === undefined) throw new Error(`${path} is missing: the folder holds no complete build (npx ropa build)`);
  let manifest: z.infer<typeof manifestSchema>;
  try {
    manifest = manifestSchema.parse(JSON.parse(text));
  } catch (error) {
    throw new Error(`${path} is not a build manifest: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  // At start, `serve --no-build` serves a stale folder on purpose (with a warning); a rebuild must match.
  if (options.checkBase && manifest.baseIri !== iris.base) throw new Error(`${graphDir} was built for base ${manifest.baseIri}, not ${iris.base}: build it with --base ${iris.base}`);
  return readGenerationSources(await listGraphFiles(graphDir, iris));
}
