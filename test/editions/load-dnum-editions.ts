// Test helper: the real registers read into typed records once per test file, and the two DNUM editions among them.
import { listRegisterFiles } from '../../src/pipeline/list-register-files.ts';
import { DEFAULT_REGISTERS_DIR } from '../../src/config/project-paths.ts';
import { loadTypedRegisters, type TypedRegisters } from '../../src/editions/load-typed-registers.ts';
import type { Register } from '../../src/model/treatment.ts';

export const DNUM_NEW = '001-16106fe6b7c9f12d';
export const DNUM_OLD = '002-f61adf4d39622cae';

export interface DnumEditions extends TypedRegisters {
  /** 001: "Registre de la Direction du Numérique (DNUM) en tant que responsable de traitement", 22 treatments. */
  r001: Register;
  /** 002: "Registre de la Direction du Numérique (DNUM)", 18 treatments. */
  r002: Register;
}

export async function loadDnumEditions(): Promise<DnumEditions> {
  const typed = await loadTypedRegisters(await listRegisterFiles([DEFAULT_REGISTERS_DIR]));
  const find = (slug: string) => {
    const r = typed.registers.find((x) => x.slug === slug);
    if (!r) throw new Error(`register ${slug} not found in ${DEFAULT_REGISTERS_DIR}`);
    return r;
  };
  return { ...typed, r001: find(DNUM_NEW), r002: find(DNUM_OLD) };
}
