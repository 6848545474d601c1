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
    const info = await stat(path).catch(() => undefined);
    if (!info) throw new UsageError(`input not found: ${input}`);
    if (info.isDirectory()) {
      const names = (await readdir(path)).filter((n) => !LOCK_FILE.test(n) && REGISTER_EXTENSIONS.some((e) => n.toLowerCase().endsWith(e))).sort();
      if (names.length === 0) throw new UsageError(`no register file (${REGISTER_EXTENSIONS.join(', ')}) in folder ${input}`);
      files.push(...names.map((n) => join(path, n)));
    } else files.push(path);
  }
  return [...new Set(files)];
}
