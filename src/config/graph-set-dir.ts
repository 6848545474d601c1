// The folder of a chosen set of registers' graph: named after the selection, so that no build overwrites another's.
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { DEFAULT_BASE_IRI } from './base-iri.ts';
import { PROJECT_ROOT } from './project-paths.ts';

export const GRAPH_SETS_DIR = join(PROJECT_ROOT, 'data', 'graph-sets');

/**
 * `ropa build FILE` and `ropa serve --registers FILE` compute the same folder for the same inputs (and --mapping, and
 * base IRI), so that what one builds the other serves; the shipped data/graph/ is never replaced behind the user's back.
 */
export function graphSetDir(inputs: readonly string[], mappingFile?: string, baseIri: string = DEFAULT_BASE_IRI): string {
  const selection = [...inputs.map((p) => resolve(p))].sort();
  // Without --mapping nor another base the key stays what it was before these existed: graphs already built keep their folder.
  const parts = [...selection, ...(mappingFile ? [`mapping:${resolve(mappingFile)}`] : []), ...(baseIri !== DEFAULT_BASE_IRI ? [`base:${baseIri}`] : [])];
  const key = createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 12);
  return join(GRAPH_SETS_DIR, key);
}
