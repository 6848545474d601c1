// A register written one treatment at a time gives the very bytes of its quads all mapped, sorted and written at once.
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_REGISTERS_DIR, PROJECT_ROOT } from '../../src/config/project-paths.ts';
import { readRegisters } from '../../src/ingest/read-register-file.ts';
import { loadCatalogues, type Catalogues } from '../../src/model/load-catalogues.ts';
import { loadConceptRules } from '../../src/model/load-concept-rules.ts';
import { createNormaliser } from '../../src/model/normalise-register.ts';
import type { Register } from '../../src/model/treatment.ts';
import { mapRegister } from '../../src/rdf/map-register.ts';
import { createIriMinter } from '../../src/rdf/mint-iris.ts';
import { serialiseTurtle } from '../../src/rdf/serialise-turtle.ts';
import { sortDistinctTriples } from '../../src/rdf/sort-triples.ts';
import { streamRegisterTurtle } from '../../src/pipeline/stream-register-turtle.ts';

const BASE = 'http://stream.ropa-graph.invalid/';
const TABLES = join(PROJECT_ROOT, 'test', 'fixtures', 'tables');

let catalogues: Catalogues;
let normalise: (path: string) => Promise<Register[]>;
beforeAll(async () => {
  catalogues = await loadCatalogues();
  const normaliser = createNormaliser(catalogues, await loadConceptRules());
  normalise = async (path) => (await readRegisters(path)).map((raw) => normaliser.normalise(raw));
});

/** The CNIL model (parties, form items), where ../shared holds it; the shipped registers and tables are always read. */
const CNIL_ODS = join(PROJECT_ROOT, '..', 'shared', 'registers-cnil', 'registre-traitement-simplifie.ods');
// Every layout of the shipped registers (ms-table, miom-blocks, edps-form) and the tables of other tools.
const FILES = [
  ...(await readdir(DEFAULT_REGISTERS_DIR)).map((f) => join(DEFAULT_REGISTERS_DIR, f)),
  ...(await readdir(TABLES)).map((f) => join(TABLES, f)),
  ...(existsSync(CNIL_ODS) ? [CNIL_ODS] : []),
];

describe('streamRegisterTurtle', () => {
  it.each(FILES.map((f) => [relative(PROJECT_ROOT, f), f]))('writes %s as serialiseTurtle(mapRegister(…)) does', async (_name, path) => {
    for (const register of await normalise(path)) {
      const iris = createIriMinter(BASE);
      const quads = mapRegister(register, catalogues, iris);
      const expected = await serialiseTurtle(quads, BASE);
      const blocks: string[] = [];
      const triples = await streamRegisterTurtle(register, catalogues, iris, BASE, async (text) => void blocks.push(text));
      expect(blocks.join('')).toBe(expected);
      expect(triples).toBe(sortDistinctTriples(quads).length);
    }
  });
});
