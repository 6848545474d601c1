// Replaces a directory's content with files held in memory, in one step: a failure before the swap leaves the old files intact.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFolderAtomically } from './write-folder-atomically.ts';

export async function writeFilesAtomically(dir: string, files: ReadonlyMap<string, string>): Promise<void> {
  await writeFolderAtomically(dir, async (staging) => {
    for (const [name, content] of files) {
      if (name.includes('/') || name.startsWith('.')) throw new Error(`refusing to write outside ${dir}: ${name}`);
      await writeFile(join(staging, name), content, 'utf8');
    }
  });
}
