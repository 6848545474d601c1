// `ropa serve` as a user starts it: without --base the IRIs are the server's own address, and a busy port is one line.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/project-paths.ts';
import { runRopa } from '../support/run-ropa.ts';

const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) child.kill();
});

/** Starts `ropa serve ARGS…` and resolves with its start-up line once it serves. */
function startServe(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  const child = spawn(process.execPath, [join(PROJECT_ROOT, 'bin', 'ropa.js'), 'serve', ...args], { cwd: PROJECT_ROOT, env });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.startsWith('ropa: serving'));
      if (line) resolve(line);
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`ropa serve exited with ${code}: ${err}`)));
  });
}

describe('ropa serve', () => {
  it('without --base, mints IRIs under the address it serves, so that every IRI of a result answers', async () => {
    // A graph folder of its own (ROPA_GRAPH_DIR), so that the test never builds into data/graph-sets.
    const env = { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('ROPA_'))), ROPA_GRAPH_DIR: join(await mkdtemp(join(tmpdir(), 'ropa-serve-')), 'graph') };
    const line = await startServe(['--port', '0', '--no-watch'], env);
    const port = /at http:\/\/localhost:(\d+)\//.exec(line)?.[1];
    expect(line).toContain(`IRIs under http://localhost:${port}/`);
    const query = 'PREFIX dpv: <https://w3id.org/dpv#> SELECT ?t WHERE { ?t a dpv:PersonalDataProcess } LIMIT 1';
    const results = (await (await fetch(`http://localhost:${port}/sparql?query=${encodeURIComponent(query)}`, { headers: { accept: 'application/sparql-results+json' } })).json()) as { results: { bindings: { t: { value: string } }[] } };
    const treatment = results.results.bindings[0]!.t.value;
    expect(treatment.startsWith(`http://localhost:${port}/register/`)).toBe(true);
    expect((await fetch(treatment, { headers: { accept: 'text/html' } })).status).toBe(200);
  }, 120_000);

  it('says in one line that the port is taken, with exit code 2, before building or loading anything', async () => {
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const port = (busy.address() as { port: number }).port;
    try {
      const run = await runRopa('serve', '--port', String(port), '--no-build');
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`error: port ${port} is already in use on 127.0.0.1: stop the other server, or choose another port with --port (0 picks a free one)\n`);
    } finally {
      busy.close();
    }
  });
});
