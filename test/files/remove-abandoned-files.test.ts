// What a killed build left beside data/graph is removed by the next write; what a running one writes is kept.
import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFilesAtomically } from '../../src/files/write-files-atomically.ts';
import { writeFileAtomically } from '../../src/files/write-file-atomically.ts';

/** Above Linux's largest pid (4 194 304): never a running process. */
const DEAD_PID = 9_999_999;

describe('atomic writers clean up after killed ones', () => {
  it('removes the staging and retired folders of a dead build, keeps those of a live process, and writes the graph', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'ropa-abandoned-'));
    const abandoned = [`.graph.staging-${DEAD_PID}-1`, `.graph.old-${DEAD_PID}-2`];
    const live = `.graph.staging-${process.ppid}-3`;
    for (const name of [...abandoned, live]) {
      await mkdir(join(parent, name));
      await writeFile(join(parent, name, 'half.ttl'), '@prefix');
    }
    await writeFile(join(parent, '.other.staging-9999999-1'), 'not ours to judge');
    await writeFilesAtomically(join(parent, 'graph'), new Map([['a.ttl', '']]));
    expect((await readdir(parent)).sort()).toEqual(['.other.staging-9999999-1', live, 'graph'].sort());
  });

  it('removes a dead process’s temporary file beside a single file', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'ropa-abandoned-'));
    await writeFile(join(parent, `.report.ttl.${DEAD_PID}-5.tmp`), 'half');
    await writeFileAtomically(join(parent, 'report.ttl'), 'whole');
    expect(await readdir(parent)).toEqual(['report.ttl']);
  });
});
