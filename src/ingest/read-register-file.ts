// Reads a register file from disk (UTF-8 text) and parses it, errors naming the file.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { RawRegister } from '../model/raw-register.ts';
import { parseRegisterText } from './parse-register-text.ts';
import { RegisterFormatError } from './register-format-error.ts';

export async function readRegisterFile(path: string): Promise<RawRegister> {
  const file = basename(path);
  const bytes = await readFile(path);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (text.includes('\uFFFD')) {
    const line = text.slice(0, text.indexOf('\uFFFD')).split('\n').length;
    throw new RegisterFormatError(file, line, 'the file is not valid UTF-8 text');
  }
  return parseRegisterText(text, file);
}
