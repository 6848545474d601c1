// Reads a register file from disk with the reader its extension calls for, then parses it by content, errors naming the file.
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { RawRegister } from '../model/raw-register.ts';
import type { LayoutContext } from './layout-parser.ts';
import type { RegisterInput } from './register-input.ts';
import { parseRegisterInput } from './parse-register-input.ts';
import { extractPdfText } from './pdf/extract-pdf-text.ts';
import { readSpreadsheet } from './workbook/read-spreadsheet.ts';
import { readDelimitedText } from './workbook/read-delimited-text.ts';
import { RegisterFormatError } from '../errors/register-format-error.ts';

/** The extensions of the spreadsheet and delimited-text readers; anything else is read as UTF-8 text. */
export const SPREADSHEET_EXTENSIONS = ['.xlsx', '.xlsm', '.xls', '.ods'] as const;
export const DELIMITED_EXTENSIONS = ['.csv', '.tsv'] as const;

/** Every register of a file: one for a text or PDF file, one or more for a workbook (a register per sheet of ours). */
export async function readRegisters(path: string, context: LayoutContext = {}): Promise<RawRegister[]> {
  return parseRegisterInput(await readRegisterInput(path), context);
}

/** The one register of a file; a workbook holding several is an error here (use readRegisters). */
export async function readRegisterFile(path: string, context: LayoutContext = {}): Promise<RawRegister> {
  const registers = await readRegisters(path, context);
  if (registers.length !== 1) throw new RegisterFormatError(basename(path), undefined, `holds ${registers.length} registers where one was expected`);
  return registers[0]!;
}

/** A PDF keeps its own name in provenance; its line numbers are those of the extracted layout text. */
export async function readRegisterInput(path: string): Promise<RegisterInput> {
  const file = basename(path);
  const bytes = await readFile(path);
  const extension = extname(file).toLowerCase();
  if (extension === '.pdf') return { kind: 'text', file, text: await extractPdfText(bytes, file) };
  if ((SPREADSHEET_EXTENSIONS as readonly string[]).includes(extension)) return { kind: 'workbook', file, workbook: readSpreadsheet(bytes, file) };
  if ((DELIMITED_EXTENSIONS as readonly string[]).includes(extension)) return { kind: 'workbook', file, workbook: readDelimitedText(bytes, file) };
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (text.includes('\uFFFD')) {
    const line = text.slice(0, text.indexOf('\uFFFD')).split('\n').length;
    throw new RegisterFormatError(file, line, 'the file is not valid UTF-8 text');
  }
  return { kind: 'text', file, text };
}
