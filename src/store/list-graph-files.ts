// Which Turtle files make the served dataset, and the named graph each one goes into.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ONTOLOGY_DIR } from '../config/project-paths.ts';
import type { IriMinter } from '../rdf/mint-iris.ts';

export interface GraphFile {
  path: string;
  graph: string;
  /** "ontology", "catalogues", "editions"… or the register slug. */
  name: string;
}

/**
 * A register's file goes into the named graph of the register's IRI; the other files of the build
 * (catalogues, editions…) into `{base}graph/<name>`. The build's manifest says which files are registers.
 */
export async function listGraphFiles(graphDir: string, iris: IriMinter): Promise<GraphFile[]> {
  const ontology = (await readdir(ONTOLOGY_DIR)).filter((n) => n.endsWith('.ttl')).sort();
  const data = (await readdir(graphDir)).filter((n) => n.endsWith('.ttl')).sort();
  const registers = await readRegisterSlugs(graphDir);
  return [
    ...ontology.map((n) => ({ path: join(ONTOLOGY_DIR, n), graph: `${iris.base}graph/ontology`, name: 'ontology' })),
    ...data.map((n) => {
      const name = n.replace(/\.ttl$/, '');
      const graph = registers.has(name) ? iris.register(name).value : `${iris.base}graph/${name}`;
      return { path: join(graphDir, n), graph, name };
    }),
  ];
}

async function readRegisterSlugs(graphDir: string): Promise<Set<string>> {
  const text = await readFile(join(graphDir, 'manifest.json'), 'utf8').catch(() => undefined);
  if (text === undefined) throw new Error(`${graphDir} has no manifest.json: build the graph first (npx ropa build)`);
  const manifest = JSON.parse(text) as { registers?: { slug: string }[] };
  return new Set((manifest.registers ?? []).map((r) => r.slug));
}
