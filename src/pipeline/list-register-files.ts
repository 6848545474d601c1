// Expands the inputs of a build (files and folders) into a sorted list of register files.
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { UsageError } from '../errors/usage-error.ts';

// PDFs are read through their extracted text (src/ingest/pdf), so a folder may hold either.
export const REGISTER_EXTENSIONS = ['.txt', '.pdf'] as const;

export async function listRegisterFiles(inputs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const path = resolve(input);
    const info = await stat(path).catch(() => undefined);
    if (!info) throw new UsageError(`input not found: ${input}`);
    if (info.isDirectory()) {
      const names = (await readdir(path)).filter((n) => REGISTER_EXTENSIONS.some((e) => n.toLowerCase().endsWith(e))).sort();
      if (names.length === 0) throw new UsageError(`no register file (${REGISTER_EXTENSIONS.join(', ')}) in folder ${input}`);
      files.push(...names.map((n) => join(path, n)));
    } else files.push(path);
  }
  return [...new Set(files)];
}
