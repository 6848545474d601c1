// Writes a file so that a reader sees the old content or the new one, never half of it.
import { removeAbandonedFiles } from './remove-abandoned-files.ts';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export async function writeFileAtomically(file: string, content: string | Buffer): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await removeAbandonedFiles(dirname(file), basename(file));
  // Same folder as the target, so that the rename stays on one file system and is atomic.
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}-${Date.now()}.tmp`);
  try {
    await writeFile(temporary, content);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
