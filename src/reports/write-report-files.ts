// Writes report files so that a reader never sees half of one: a temporary file or folder beside the target, then renames.
import { removeAbandonedFiles } from '../files/remove-abandoned-files.ts';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { writeFileAtomically } from '../files/write-file-atomically.ts';

/** One file: written to a temporary name in the same folder (same file system), then renamed over the target. */
export const writeReportFile = writeFileAtomically;

/**
 * Files of one folder: all are written into a staging folder beside it first, so a failure leaves nothing.
 * A new folder appears whole (one rename); into an existing folder each file is renamed over its old version,
 * and files of other names are left alone (the folder may be the user's own).
 */
export async function writeReportFolder(dir: string, files: ReadonlyMap<string, string | Buffer>): Promise<void> {
  for (const name of files.keys()) {
    if (name.includes('/') || name.includes('\\') || name.startsWith('.') || name === '') throw new Error(`refusing to write outside ${dir}: "${name}"`);
  }
  const parent = dirname(dir);
  await mkdir(parent, { recursive: true });
  await removeAbandonedFiles(parent, basename(dir));
  // Not mkdtemp: its folder is private (0700), and this one becomes the user's folder when it is new.
  const staging = join(parent, `.${basename(dir)}.staging-${process.pid}-${Date.now()}`);
  await mkdir(staging);
  try {
    for (const [name, content] of files) await writeFile(join(staging, name), content);
    const existing = await stat(dir).catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return undefined;
      throw e;
    });
    if (!existing) {
      await rename(staging, dir);
      return;
    }
    if (!existing.isDirectory()) throw new Error(`${dir} exists and is not a folder: the html report is a folder of files`);
    for (const name of files.keys()) await rename(join(staging, name), join(dir, name));
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
