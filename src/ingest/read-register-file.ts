// Reads a register file from disk with the reader its extension calls for, then parses it by content, errors naming the file.
import { basename, extname } from 'node:path';
import { DEFAULT_MAX_REGISTER_MB, readRegularFile, type ReadLimits } from '../files/read-regular-file.ts';
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
/** Documents a DPO may well try, that hold no register we can read: named, rather than decoded as garbled text. */
const UNSUPPORTED_EXTENSIONS = ['.docx', '.doc', '.odt', '.rtf', '.pptx', '.ppt', '.odp', '.zip', '.7z', '.rar', '.gz', '.png', '.jpg', '.jpeg'] as const;

const DEFAULT_LIMITS: ReadLimits = { maxBytes: DEFAULT_MAX_REGISTER_MB * 1e6, limitOption: '--max-register-size' };

/** Every register of a file: one for a text or PDF file, one or more for a workbook (a register per sheet of ours). */
export async function readRegisters(path: string, context: LayoutContext = {}, limits: ReadLimits = DEFAULT_LIMITS): Promise<RawRegister[]> {
  return parseRegisterInput(await readRegisterInput(path, limits), context);
}

/** The one register of a file; a workbook holding several is an error here (use readRegisters). */
export async function readRegisterFile(path: string, context: LayoutContext = {}, limits: ReadLimits = DEFAULT_LIMITS): Promise<RawRegister> {
  const registers = await readRegisters(path, context, limits);
  if (registers.length !== 1) throw new RegisterFormatError(basename(path), undefined, `holds ${registers.length} registers where one was expected`);
  return registers[0]!;
}

/** A PDF keeps its own name in provenance; its line numbers are those of the extracted layout text. */
export async function readRegisterInput(path: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<RegisterInput> {
  const file = basename(path);
  const extension = extname(file).toLowerCase();
  if ((UNSUPPORTED_EXTENSIONS as readonly string[]).includes(extension)) {
    throw new RegisterFormatError(file, undefined, `unsupported format (${extension}): give the register as a spreadsheet (.xlsx, .ods, .csv), a PDF or a text file; from a word processor, save its table as .xlsx, .ods or .csv`);
  }
  const bytes = await readRegularFile(path, limits);
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
