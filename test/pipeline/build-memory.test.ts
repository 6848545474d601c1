// A build holds a small multiple of its input: a 3 MB register builds within a heap of 20× its size (plus the code's own).
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeLargeRegister } from '../../bench/lib/write-large-register.ts';
import { PROJECT_ROOT } from '../../src/config/project-paths.ts';

const run = promisify(execFile);
const MB = 3;
/** The heap of loading the CLI through tsx and reading the catalogues, with room to spare (about 20 MB are used). */
const BASELINE_MB = 60;
/**
 * 120 MB of old generation: the build held everything (all quads, then the whole Turtle text) until 2026-12 and died
 * here even at 200 MB; streamed, it needs about 80.
 */
const HEAP_MB = BASELINE_MB + 20 * MB;

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ropa-build-memory-'));
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('build memory', () => {
  it(`builds a ${MB} MB register within a ${HEAP_MB} MB heap`, async () => {
    const dir = await writeLargeRegister(root, MB);
    const out = join(root, 'graph');
    const args = [`--max-old-space-size=${HEAP_MB}`, '--import', 'tsx', join(PROJECT_ROOT, 'src', 'cli', 'main.ts'), 'build', dir, '--out', out, '--quiet'];
    // A heap too small ends the child with an out-of-memory abort, which execFile rejects with.
    const child = await run(process.execPath, args, { cwd: PROJECT_ROOT, env: { ...process.env, ROPA_MAX_REGISTER_MB: String(MB + 1) } }).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number | null; signal: string | null; stderr: string }) => ({ code: e.code ?? e.signal, stderr: e.stderr.slice(-400) }),
    );
    expect(child).toEqual({ code: 0, stderr: '' });
    expect((await readdir(out)).sort()).toEqual(['000-large.ttl', 'catalogues.ttl', 'editions.ttl', 'manifest.json']);
  }, 60_000);
});
