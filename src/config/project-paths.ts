// Where the project's own folders are, resolved from this file so that any working directory works.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DEFAULT_REGISTERS_DIR = join(PROJECT_ROOT, 'data', 'registers');
export const DEFAULT_GRAPH_DIR = join(PROJECT_ROOT, 'data', 'graph');
export const ONTOLOGY_DIR = join(PROJECT_ROOT, 'ontology');
export const QUERIES_DIR = join(PROJECT_ROOT, 'queries');
export const SHARED_DPV_DIR = join(PROJECT_ROOT, '..', 'shared', 'dpv');
