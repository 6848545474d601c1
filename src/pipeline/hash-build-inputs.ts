// Fingerprint of everything a graph build depends on, so a stale data/graph/ can be detected.
import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { ONTOLOGY_DIR, PROJECT_ROOT } from '../config/project-paths.ts';

/** Code folders whose change changes the graph: a `git pull` must trigger a rebuild too. */
const CODE_DIRS = ['src/vocab', 'src/ingest', 'src/model', 'src/rdf', 'src/pipeline', 'src/text', 'src/editions'];

export async function hashBuildInputs(registerFiles: readonly string[], baseIri: string, mappingFile?: string): Promise<string> {
  const hash = createHash('sha256');
  hash.update(`base ${baseIri}\n`);
  // A --mapping file changes how tables are read: another mapping (or none) is another graph.
  if (mappingFile) {
    hash.update('mapping\n');
    hash.update(await readFile(mappingFile));
  }
  for (const file of registerFiles) {
    hash.update(`register ${basename(file)}\n`);
    // Read in chunks: a register of 100 MB is not held a second time, beside the build's own copy.
    await hashFile(hash, file);
  }
  // SHACL shapes check the graph but do not shape it: editing one must not mark the graph stale.
  // Nor do the code lists the open-data catalogue describes its terms with (ontology/open-data/).
  const ontology = (await listFiles(ONTOLOGY_DIR)).filter((f) => !/^(shapes|open-data)\b/.test(relative(ONTOLOGY_DIR, f)));
  const others = [...ontology, ...(await Promise.all(CODE_DIRS.map((d) => listFiles(join(PROJECT_ROOT, d))))).flat()];
  for (const file of others.sort()) {
    hash.update(`file ${relative(PROJECT_ROOT, file)}\n`);
    hash.update(await readFile(file));
  }
  return hash.digest('hex');
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

async function hashFile(hash: Hash, file: string): Promise<void> {
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
}
