// The folder of a chosen set of registers' graph: named after the selection, so that no build overwrites another's.
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { PROJECT_ROOT } from './project-paths.ts';

/**
 * `ropa build FILE` and `ropa serve --registers FILE` compute the same folder for the same inputs (and --mapping), so
 * that what one builds the other serves; the shipped data/graph/ is never replaced behind the user's back.
 */
export function graphSetDir(inputs: readonly string[], mappingFile?: string): string {
  const selection = [...inputs.map((p) => resolve(p))].sort();
  // Without --mapping the key stays what it was before the option existed: graphs already built keep their folder.
  const key = createHash('sha256').update(JSON.stringify(mappingFile ? [...selection, `mapping:${resolve(mappingFile)}`] : selection)).digest('hex').slice(0, 12);
  return join(PROJECT_ROOT, 'data', 'graph-sets', key);
}
