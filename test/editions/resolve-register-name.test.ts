// Tests how a person names a register (prefix, slug, file name) and that file names predict the slugs the normaliser gives.
import { beforeAll, describe, expect, it } from 'vitest';
import { nameRegisterFile } from '../../src/editions/name-register-file.ts';
import { resolveRegisterName, UnknownRegisterError } from '../../src/editions/resolve-register-name.ts';
import { DNUM_NEW, loadDnumEditions, type DnumEditions } from './load-dnum-editions.ts';

describe('naming a register', () => {
  let data: DnumEditions;
  beforeAll(async () => {
    data = await loadDnumEditions();
  });

  it('finds a register by file-name prefix, slug, file name or file stem, in any case', () => {
    for (const name of ['001', '001-1610', DNUM_NEW, '001_16106fe6b7c9f12d.txt', '001_16106FE6B7C9F12D']) {
      expect(resolveRegisterName(name, data.registers).slug, name).toBe(DNUM_NEW);
    }
  });

  it('refuses an unknown or ambiguous name, listing every register', () => {
    expect(() => resolveRegisterName('999', data.registers)).toThrow(UnknownRegisterError);
    expect(() => resolveRegisterName('00', data.registers)).toThrow(/^ambiguous register "00"/);
    try {
      resolveRegisterName('00', data.registers);
    } catch (error) {
      expect((error as UnknownRegisterError).ambiguous).toBe(true);
      expect((error as UnknownRegisterError).known).toHaveLength(data.registers.length);
      expect((error as Error).message).toContain('001-16106fe6b7c9f12d (001_16106fe6b7c9f12d.txt)');
    }
  });

  it('predicts from the file name the slug the normaliser gives, for every register', () => {
    for (const register of data.registers) expect(nameRegisterFile(`/somewhere/${register.file}`).slug).toBe(register.slug);
  });
});
