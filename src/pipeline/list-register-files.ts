// Expands the inputs of a build (files and folders) into a sorted list of register files.
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { UsageError } from '../errors/usage-error.ts';

// PDFs are read through their extracted text (src/ingest/pdf); spreadsheets and CSV through src/ingest/workbook.
export const REGISTER_EXTENSIONS = ['.txt', '.pdf', '.xlsx', '.xlsm', '.xls', '.ods', '.csv', '.tsv'] as const;

/** The lock files Excel ("~$registre.xlsx") and LibreOffice (".~lock.registre.ods#") leave beside an open file. */
const LOCK_FILE = /^(?:~\$|\.~lock\.)/;

export async function listRegisterFiles(inputs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const path = resolve(input);
    const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(`${error.code === 'ENOENT' ? 'input not found' : error.code === 'ELOOP' ? 'a loop of symbolic links' : error.code === 'EACCES' ? 'permission denied' : `cannot be read (${error.code ?? error.message})`}: ${input}`);
    });
    if (info.isDirectory()) {
      const entries = await readdir(path).catch((error: NodeJS.ErrnoException) => {
        throw new UsageError(`${input}: the folder cannot be listed (${error.code === 'EACCES' ? 'permission denied' : (error.code ?? error.message)})`);
      });
      // Anything that is not a regular file (a FIFO named x.txt…) is refused by name when it is read.
      const names = entries.filter((n) => !LOCK_FILE.test(n) && REGISTER_EXTENSIONS.some((e) => n.toLowerCase().endsWith(e))).sort();
      if (names.length === 0) throw new UsageError(`no register file (${REGISTER_EXTENSIONS.join(', ')}) in folder ${input}`);
      files.push(...names.map((n) => join(path, n)));
    } else files.push(path);
  }
  return [...new Set(files)];
}
