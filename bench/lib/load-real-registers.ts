// Parses and normalises the real registers in process, exactly as the build does, without writing anything.
import { listRegisterFiles } from '../../src/pipeline/list-register-files.ts';
import { DEFAULT_REGISTERS_DIR } from '../../src/config/project-paths.ts';
import { readRegisterFile } from '../../src/ingest/read-register-file.ts';
import { loadCatalogues, type Catalogues } from '../../src/model/load-catalogues.ts';
import { createNormaliser } from '../../src/model/normalise-register.ts';
import { loadConceptRules } from '../../src/model/load-concept-rules.ts';
import type { Register } from '../../src/model/treatment.ts';

export async function loadRealRegisters(dir: string = DEFAULT_REGISTERS_DIR): Promise<{ registers: Register[]; catalogues: Catalogues }> {
  const catalogues = await loadCatalogues();
  const normaliser = createNormaliser(catalogues, await loadConceptRules());
  const registers: Register[] = [];
  for (const path of await listRegisterFiles([dir])) registers.push(normaliser.normalise(await readRegisterFile(path)));
  return { registers, catalogues };
}
