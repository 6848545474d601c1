// One child process per command, as a user runs `ropa` (the compiled CLI when dist/ is current, else tsx): the rest of test/cli runs in process.
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMAND_DESCRIPTIONS } from '../../src/cli/command-descriptions.ts';
import { DEFAULT_REGISTERS_DIR } from '../../src/config/project-paths.ts';
import { copySharedGraph } from '../support/shared-graph.ts';
import { spawnRopa } from '../support/run-ropa.ts';

const BASE = 'http://localhost:3000/';

describe('ropa in a child process', () => {
  it('lists every command in --help and exits 0', async () => {
    const run = await spawnRopa('--help');
    expect(run.code, run.stderr).toBe(0);
    for (const name of Object.keys(COMMAND_DESCRIPTIONS)) expect(run.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
  });

  it.each(Object.keys(COMMAND_DESCRIPTIONS))('%s --help exits 0 with its usage', async (name) => {
    const run = await spawnRopa(name, '--help');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`Usage: ropa ${name} `);
  });

  it('exits 2 on an unknown option, naming it', async () => {
    const run = await spawnRopa('build', '--frobnicate');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown option '--frobnicate'");
  });

  it('builds a register and queries the graph (graph worker started from the same entry point)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ropa-smoke-'));
    const build = await spawnRopa('build', join(DEFAULT_REGISTERS_DIR, '000_49a1ce6041cf4ed6.txt'), '--out', join(dir, 'one'), '--quiet');
    expect(build.code, build.stderr).toBe(0);
    expect(await readdir(join(dir, 'one'))).toContain('000-49a1ce6041cf4ed6.ttl');
    const graph = await copySharedGraph(BASE, join(dir, 'graph'));
    const query = await spawnRopa('query', 'treatments-per-register', '--format', 'csv', '--graph', graph, '--base', BASE, '--no-build');
    expect(query.code, query.stderr).toBe(0);
    expect(query.stdout.trim().split(/\r?\n/)).toHaveLength(10);
  });
});
