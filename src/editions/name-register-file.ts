// The name a register file will have once read, so that a command can pick two registers without reading them all.
import { basename } from 'node:path';
import { makeSlug } from '../model/make-slug.ts';
import type { NamedRegister } from './resolve-register-name.ts';

export interface RegisterFileName extends NamedRegister {
  path: string;
}

/** Same rule as the normaliser's register slug: the file stem, made a slug of at most 80 characters. */
export function nameRegisterFile(path: string): RegisterFileName {
  const file = basename(path);
  return { slug: makeSlug(file.replace(/\.[a-z]+$/i, ''), 80), file, path };
}
