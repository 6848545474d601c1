// Real clients of other ecosystems, with their defaults: Python's SPARQLWrapper and rdflib, Raptor's rapper (Debian's
// python3-sparqlwrapper, python3-rdflib and raptor2-utils, installed by .ci/run).
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/start-test-server.ts';

const PYTHON = '/usr/bin/python3';
const SCRIPT = fileURLToPath(new URL('./python-clients.py', import.meta.url));
const CATALOGUE_SCRIPT = fileURLToPath(new URL('./parse-catalogue.py', import.meta.url));
const RAPPER = '/usr/bin/rapper';
const run = promisify(execFile);

/** Whether Debian's python3 has both libraries; under CI they must be there (.ci/run installs them), so never skip. */
async function hasPythonClients(): Promise<boolean> {
  if (!existsSync(PYTHON) || !existsSync(RAPPER)) return false;
  try {
    await run(PYTHON, ['-c', 'import SPARQLWrapper, rdflib']);
    return true;
  } catch {
    return false;
  }
}

const present = await hasPythonClients();
if (!present && !process.env.CI) console.warn(`skipped: ${PYTHON} with SPARQLWrapper and rdflib, or ${RAPPER}, is missing (apt-get install python3-sparqlwrapper python3-rdflib raptor2-utils)`);

describe.skipIf(!present && !process.env.CI)('Python SPARQLWrapper and rdflib, and rapper, with their defaults', () => {
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

  it('read the DCAT catalogue: rdflib in Turtle, RDF/XML and JSON-LD, rapper in Turtle and RDF/XML, the same triples', async () => {
    expect(present, `${PYTHON} with rdflib, and ${RAPPER} (apt-get install python3-rdflib raptor2-utils)`).toBe(true);
    const { stdout } = await run(PYTHON, [CATALOGUE_SCRIPT, server.url], { timeout: 120_000 });
    const counts = JSON.parse(stdout) as Record<'ttl' | 'rdf' | 'jsonld', number>;
    expect(counts.ttl).toBeGreaterThan(500);
    expect(counts).toEqual({ ttl: counts.ttl, rdf: counts.ttl, jsonld: counts.ttl });
    // Raptor has no JSON-LD parser: Turtle and RDF/XML, read from files as a harvester that saved them would.
    const dir = await mkdtemp(join(tmpdir(), 'ropa-rapper-'));
    try {
      for (const [extension, syntax] of [['ttl', 'turtle'], ['rdf', 'rdfxml']] as const) {
        const file = join(dir, `catalog.${extension}`);
        await writeFile(file, await (await fetch(`${server.url}catalog.${extension}`)).text());
        const { stderr } = await run(RAPPER, ['-i', syntax, '-c', file, `${server.url}catalog`]);
        expect(stderr, extension).toMatch(new RegExp(`returned ${counts.ttl} triples`));
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
