// The shortcut of the test suite: the shared graph moved to another base equals a build under that base.
import { readdir, readFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuild } from '../../src/cli/build-command.ts';
import { DEFAULT_REGISTERS_DIR } from '../../src/config/project-paths.ts';
import { copySharedGraph } from './shared-graph.ts';

describe('copySharedGraph', () => {
  it('gives the bytes of a real build under the other base', async () => {
    const base = 'http://127.0.0.1:4321/';
    const copied = await copySharedGraph(base);
    const built = join(await mkdtemp(join(tmpdir(), 'ropa-rebase-')), 'graph');
    await runBuild([DEFAULT_REGISTERS_DIR], { out: built, base, quiet: true });
    const names = (await readdir(built)).sort();
    expect((await readdir(copied)).sort()).toEqual(names);
    for (const name of names) expect(await readFile(join(copied, name), 'utf8'), name).toBe(await readFile(join(built, name), 'utf8'));
  });
});
