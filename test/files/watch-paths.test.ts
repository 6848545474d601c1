// Watching: debounced events, and a folder replaced by the build's rename still watched.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFilesAtomically } from '../../src/files/write-files-atomically.ts';
import { watchPaths, type PathWatcher } from '../../src/files/watch-paths.ts';

let root: string;
let watcher: PathWatcher | undefined;
afterEach(async () => {
  watcher?.close();
  await rm(root, { recursive: true, force: true });
});

/** Resolves with the next onChange call's paths. */
function nextChange(paths: string[]): { promise: Promise<string[]>; calls: string[][] } {
  const calls: string[][] = [];
  let resolve: (changed: string[]) => void = () => undefined;
  const promise = new Promise<string[]>((r) => (resolve = r));
  watcher = watchPaths(paths, (changed) => {
    calls.push(changed);
    resolve(changed);
  }, { debounceMs: 100 });
  return { promise, calls };
}

describe('watchPaths', () => {
  it('reports a burst of writes in a folder once', async () => {
    root = await mkdtemp(join(tmpdir(), 'ropa-watch-'));
    const dir = join(root, 'graph');
    await writeFilesAtomically(dir, new Map([['a.ttl', '']]));
    const { promise, calls } = nextChange([dir]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    for (let i = 0; i < 5; i++) await writeFile(join(dir, `b${i}.ttl`), 'x');
    expect(await promise).toEqual([dir]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(calls).toHaveLength(1);
  });

  it('keeps watching a folder that a build replaced with a rename, and sees writes in the new one', async () => {
    root = await mkdtemp(join(tmpdir(), 'ropa-watch-'));
    const dir = join(root, 'graph');
    await writeFilesAtomically(dir, new Map([['a.ttl', '']]));
    const calls: number[] = [];
    watcher = watchPaths([dir], () => calls.push(Date.now()), { debounceMs: 100 });
    await writeFilesAtomically(dir, new Map([['a.ttl', 'new']]));
    await waitUntil(() => calls.length === 1);
    // An edit inside the new folder (not a rename of it): only a watcher attached to the new inode sees it.
    await writeFile(join(dir, 'edited.ttl'), 'x');
    await waitUntil(() => calls.length === 2);
  });
});

async function waitUntil(check: () => boolean): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('no change reported within 5 s');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
