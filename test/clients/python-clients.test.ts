// Real Python clients (Debian's python3-sparqlwrapper and python3-rdflib, installed by .ci/run) with their defaults.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/start-test-server.ts';

const PYTHON = '/usr/bin/python3';
const SCRIPT = fileURLToPath(new URL('./python-clients.py', import.meta.url));
const run = promisify(execFile);

/** Whether Debian's python3 has both libraries; under CI they must be there (.ci/run installs them), so never skip. */
async function hasPythonClients(): Promise<boolean> {
  if (!existsSync(PYTHON)) return false;
  try {
    await run(PYTHON, ['-c', 'import SPARQLWrapper, rdflib']);
    return true;
  } catch {
    return false;
  }
}

const present = await hasPythonClients();

describe.skipIf(!present && !process.env.CI)('Python SPARQLWrapper and rdflib, with their defaults', () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer()));
  afterAll(() => server?.close());

  it('get a DESCRIBE and a CONSTRUCT as graphs, a SELECT as XML, and /export/all.nq as 12 named graphs', async () => {
    expect(present, `${PYTHON} with SPARQLWrapper and rdflib (apt-get install python3-sparqlwrapper python3-rdflib)`).toBe(true);
    const { stdout } = await run(PYTHON, [SCRIPT, server.url, `${server.url}system/office365`], { timeout: 60_000 });
    const out = JSON.parse(stdout) as Record<string, { type: string; triples: number } | number>;
    expect((out.describe as { type: string }).type).toMatch(/Graph$/); // rdflib's Graph or ConjunctiveGraph, as the version gives
    expect((out.describe as { triples: number }).triples).toBeGreaterThan(3);
    expect((out.construct as { type: string }).type).toMatch(/Graph$/);
    expect((out.construct as { triples: number }).triples).toBeGreaterThan(3);
    expect(out.select_xml_rows).toBe(1);
    expect(out.nquads_graphs).toBe(12);
    expect(out.nquads_quads).toBeGreaterThan(10_000);
  });
});
