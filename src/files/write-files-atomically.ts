// Replaces a directory's content in one step: a failure before the swap leaves the old files intact.
import { removeAbandonedFiles } from './remove-abandoned-files.ts';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, basename } from 'node:path';

export async function writeFilesAtomically(dir: string, files: ReadonlyMap<string, string>): Promise<void> {
  const parent = dirname(dir);
  await mkdir(parent, { recursive: true });
  await removeAbandonedFiles(parent, basename(dir));
  const stamp = `${process.pid}-${Date.now()}`;
  const staging = join(parent, `.${basename(dir)}.staging-${stamp}`);
  const retired = join(parent, `.${basename(dir)}.old-${stamp}`);
  await mkdir(staging, { recursive: true });
  try {
    for (const [name, content] of files) {
      if (name.includes('/') || name.startsWith('.')) throw new Error(`refusing to write outside ${dir}: ${name}`);
      await writeFile(join(staging, name), content, 'utf8');
    }
    // Two renames: the window in which `dir` is missing is a few microseconds, never a half-written file.
    let hadOld = true;
    await rename(dir, retired).catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') hadOld = false;
      else throw e;
    });
    await rename(staging, dir);
    if (hadOld) await rm(retired, { recursive: true, force: true });
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}
