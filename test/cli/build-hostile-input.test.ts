// `ropa build` on paths that are not register files: one line naming the file, exit 1, the previous graph untouched.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runRopa } from '../support/run-ropa.ts';

let dir: string;
let out: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ropa-hostile-'));
  out = join(dir, 'graph');
  await mkdir(out);
  await writeFile(join(out, 'previous.ttl'), '# the graph of an earlier build\n');
  execFileSync('mkfifo', [join(dir, 'fifo.txt')]);
  await symlink('/dev/zero', join(dir, 'zero.txt'));
  await symlink(join(dir, 'loop-b.txt'), join(dir, 'loop-a.txt'));
  await symlink(join(dir, 'loop-a.txt'), join(dir, 'loop-b.txt'));
  await writeFile(join(dir, 'big.txt'), '');
  await truncate(join(dir, 'big.txt'), 83e6);
});

describe('ropa build refuses what is not a register file', () => {
  it.each([
    [['fifo.txt'], 1, /^error: fifo\.txt: not a regular file \(a FIFO\); give a register file\nnothing was written\.\n$/],
    [['zero.txt'], 1, /^error: zero\.txt: not a regular file \(a device\); give a register file\nnothing was written\.\n$/],
    [['loop-a.txt'], 2, /^error: a loop of symbolic links: .*loop-a\.txt\n$/],
    [['big.txt'], 1, /^error: big\.txt: the register is 83 MB; the limit is 16 MB, set with --max-register-size\nnothing was written\.\n$/],
    [['big.txt', '--max-register-size', '0.5'], 1, /the register is 83 MB; the limit is 0\.5 MB/],
    [['big.txt', '--max-register-size', 'lots'], 2, /^error: invalid register size limit "lots" \(--max-register-size\): a number of MB above 0\n$/],
  ])('%j: exit %i, one line, nothing written', async (args, code, message) => {
    const [name, ...options] = args as [string, ...string[]];
    const run = await runRopa('build', join(dir, name), '--out', out, '--quiet', ...options);
    expect(run.code).toBe(code);
    expect(run.stderr).toMatch(message);
    expect(await readdir(out)).toEqual(['previous.ttl']);
  });
});
