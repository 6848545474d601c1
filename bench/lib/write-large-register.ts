// A large register for memory measures: register 000's treatments repeated (titles numbered) until the file has the size asked.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_REGISTERS_DIR } from '../../src/config/project-paths.ts';

const SOURCE = join(DEFAULT_REGISTERS_DIR, '000_49a1ce6041cf4ed6.txt');

/** Writes `<root>/size-<mb>/000_large.txt` of about `mb` MB (10^6 bytes) and returns its folder. */
export async function writeLargeRegister(root: string, mb: number): Promise<string> {
  const lines = (await readFile(SOURCE, 'utf8')).split('\n');
  const rows = lines.slice(9).filter((l) => l.includes('\t') && !l.startsWith('Intitulé'));
  const out = lines.slice(0, 9);
  let size = 0;
  for (let k = 0; size < mb * 1e6; k++) {
    for (const row of rows) {
      const cells = row.split('\t');
      cells[0] = `${cells[0]} ${k}`;
      const line = cells.join('\t');
      out.push(line);
      size += Buffer.byteLength(line) + 1;
    }
  }
  const dir = join(root, `size-${mb}`);
  await mkdir(dir);
  await writeFile(join(dir, '000_large.txt'), `${out.join('\n')}\n`);
  return dir;
}
