// Fills a fresh staging folder and puts it in place of a directory in one step: a failure (or a kill) before the swap leaves the old files intact.
import { removeAbandonedFiles } from './remove-abandoned-files.ts';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join, basename } from 'node:path';

/** `fill` writes the new content into the staging folder it is given (file by file, as it is made); its result is returned. */
export async function writeFolderAtomically<T>(dir: string, fill: (staging: string) => Promise<T>): Promise<T> {
  const parent = dirname(dir);
  await mkdir(parent, { recursive: true });
  await removeAbandonedFiles(parent, basename(dir));
  const stamp = `${process.pid}-${Date.now()}`;
  const staging = join(parent, `.${basename(dir)}.staging-${stamp}`);
  const retired = join(parent, `.${basename(dir)}.old-${stamp}`);
  await mkdir(staging, { recursive: true });
  try {
    const result = await fill(staging);
    // Two renames: the window in which `dir` is missing is a few microseconds, never a half-written file.
    let hadOld = true;
    await rename(dir, retired).catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') hadOld = false;
      else throw e;
    });
    await rename(staging, dir);
    if (hadOld) await rm(retired, { recursive: true, force: true });
    return result;
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}
