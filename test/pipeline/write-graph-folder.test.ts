// A build that fails after some files were streamed into the staging folder leaves the previous graph as it was, and no staging folder.
import { createHash } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_REGISTERS_DIR } from '../../src/config/project-paths.ts';
import { RegisterFormatError } from '../../src/errors/register-format-error.ts';
import { writeGraphFolder } from '../../src/pipeline/write-graph-folder.ts';

const BASE = 'http://folder.ropa-graph.invalid/';
let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ropa-graph-folder-'));
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('writeGraphFolder', () => {
  it('writes every file and reports the SHA-256 of each', async () => {
    const out = join(root, 'graph');
    const result = await writeGraphFolder(out, { registerFiles: [join(DEFAULT_REGISTERS_DIR, '000_49a1ce6041cf4ed6.txt')], baseIri: BASE });
    expect([...result.fileHashes.keys()].sort()).toEqual((await readdir(out)).sort());
    for (const [name, sha256] of result.fileHashes) expect(createHash('sha256').update(await readFile(join(out, name))).digest('hex'), name).toBe(sha256);
  });

  it('keeps the previous graph when a later register fails after the first was written', async () => {
    const out = join(root, 'graph');
    const before = await readFile(join(out, 'manifest.json'), 'utf8');
    const inputs = join(root, 'inputs');
    await rm(inputs, { recursive: true, force: true });
    await mkdir(inputs);
    await copyFile(join(DEFAULT_REGISTERS_DIR, '001_16106fe6b7c9f12d.txt'), join(inputs, '001.txt'));
    await writeFile(join(inputs, '002.txt'), 'not a register\n');
    const error = await writeGraphFolder(out, { registerFiles: [join(inputs, '001.txt'), join(inputs, '002.txt')], baseIri: BASE }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegisterFormatError);
    expect(await readFile(join(out, 'manifest.json'), 'utf8')).toBe(before);
    expect(await readdir(out)).not.toContain('001.ttl');
    expect((await readdir(root)).sort()).toEqual(['graph', 'inputs']);
  });
});
