// Hostile paths: only regular files of bounded size are read, everything else is refused in one line naming the file.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { RegisterFormatError } from '../../src/errors/register-format-error.ts';
import { readRegularFile } from '../../src/files/read-regular-file.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ropa-read-'));
  await writeFile(join(dir, 'ok.txt'), 'Registre\n');
  execFileSync('mkfifo', [join(dir, 'fifo.txt')]);
  await symlink('/dev/zero', join(dir, 'zero.txt'));
  await mkdir(join(dir, 'folder.txt'));
  await symlink(join(dir, 'loop-b.txt'), join(dir, 'loop-a.txt'));
  await symlink(join(dir, 'loop-a.txt'), join(dir, 'loop-b.txt'));
  // Sparse: 20 MB on paper, nothing on disk.
  await writeFile(join(dir, 'huge.txt'), '');
  await truncate(join(dir, 'huge.txt'), 20e6);
});

const LIMITS = { maxBytes: 16e6, limitOption: '--max-register-size' };

describe('readRegularFile', () => {
  it('reads a regular file', async () => {
    expect((await readRegularFile(join(dir, 'ok.txt'), LIMITS)).toString()).toBe('Registre\n');
  });

  it.each([
    ['fifo.txt', 'fifo.txt: not a regular file (a FIFO); give a register file'],
    ['zero.txt', 'zero.txt: not a regular file (a device); give a register file'],
    ['folder.txt', 'folder.txt: not a regular file (a folder); give a register file'],
    ['loop-a.txt', 'loop-a.txt: a loop of symbolic links'],
    ['missing.txt', 'missing.txt: no such file'],
    ['huge.txt', 'huge.txt: the register is 20 MB; the limit is 16 MB, set with --max-register-size'],
  ])('refuses %s in one line without reading it', async (name, message) => {
    const error = await readRegularFile(join(dir, name), LIMITS).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegisterFormatError);
    expect((error as Error).message).toBe(message);
  });
});
