// Reads a register file from disk (UTF-8 text, or a PDF whose text is extracted) and parses it, errors naming the file.
import { DEFAULT_MAX_REGISTER_MB, readRegularFile, type ReadLimits } from '../files/read-regular-file.ts';
import { basename, extname } from 'node:path';
import type { RawRegister } from '../model/raw-register.ts';
import { parseRegisterText } from './parse-register-text.ts';
import { extractPdfText } from './pdf/extract-pdf-text.ts';
import { RegisterFormatError } from '../errors/register-format-error.ts';

/** A PDF keeps its own name in provenance; its line numbers are those of the extracted layout text. */
export async function readRegisterFile(path: string, limits: ReadLimits = { maxBytes: DEFAULT_MAX_REGISTER_MB * 1e6 }): Promise<RawRegister> {
  const file = basename(path);
  const bytes = await readRegularFile(path, limits);
  if (extname(file).toLowerCase() === '.pdf') return parseRegisterText(await extractPdfText(bytes, file), file);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (text.includes('\uFFFD')) {
    const line = text.slice(0, text.indexOf('\uFFFD')).split('\n').length;
    throw new RegisterFormatError(file, line, 'the file is not valid UTF-8 text');
  }
  return parseRegisterText(text, file);
}
