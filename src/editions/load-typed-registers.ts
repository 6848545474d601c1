// Reads register files into typed registers with the shared catalogues, as the build does, for diffs on demand.
import { readRegisterFile } from '../ingest/read-register-file.ts';
import { loadCatalogues, type Catalogues } from '../model/load-catalogues.ts';
import { createNormaliser } from '../model/normalise-register.ts';
import { loadConceptRules } from '../model/load-concept-rules.ts';
import type { Register } from '../model/treatment.ts';

export interface TypedRegisters {
  registers: Register[];
  catalogues: Catalogues;
}

export async function loadTypedRegisters(files: readonly string[]): Promise<TypedRegisters> {
  const catalogues = await loadCatalogues();
  const normaliser = createNormaliser(catalogues, await loadConceptRules());
  const registers: Register[] = [];
  for (const file of files) registers.push(normaliser.normalise(await readRegisterFile(file)));
  return { registers, catalogues };
}
