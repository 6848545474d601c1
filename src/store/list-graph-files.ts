// Which Turtle files make the served dataset, and the named graph each one goes into.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ONTOLOGY_DIR } from '../config/project-paths.ts';
import type { IriMinter } from '../rdf/mint-iris.ts';

export interface GraphFile {
  path: string;
  graph: string;
  /** "ontology", "catalogues" or the register slug. */
  name: string;
}

export async function listGraphFiles(graphDir: string, iris: IriMinter): Promise<GraphFile[]> {
  const ontology = (await readdir(ONTOLOGY_DIR)).filter((n) => n.endsWith('.ttl')).sort();
  const data = (await readdir(graphDir)).filter((n) => n.endsWith('.ttl')).sort();
  return [
    ...ontology.map((n) => ({ path: join(ONTOLOGY_DIR, n), graph: `${iris.base}graph/ontology`, name: 'ontology' })),
    ...data.map((n) => {
      const slug = n.replace(/\.ttl$/, '');
      return slug === 'catalogues'
        ? { path: join(graphDir, n), graph: `${iris.base}graph/catalogues`, name: 'catalogues' }
        : { path: join(graphDir, n), graph: iris.register(slug).value, name: slug };
    }),
  ];
}
