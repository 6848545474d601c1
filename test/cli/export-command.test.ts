// The `ropa export` command as a user runs it: the graph built when missing, files written whole, clear refusals.
import { describe, it, expect, beforeAll } from 'vitest';
import { mkdtemp, readFile, readdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parser } from 'n3';
import jsonld from 'jsonld';
import * as $rdf from 'rdflib';
import { runRopa as ropa } from '../support/run-ropa.ts';
import { copySharedGraph } from '../support/shared-graph.ts';

const BASE = 'http://localhost:3000/';
const REGISTER = '001-16106fe6b7c9f12d';


async function countTriples(file: string, format: string): Promise<number> {
  const text = await readFile(file, 'utf8');
  if (format === 'rdfxml') {
    const graph = $rdf.graph();
    $rdf.parse(text, graph, BASE, 'application/rdf+xml');
    return graph.statements.length;
  }
  if (format === 'jsonld') {
    const nquads = (await jsonld.toRDF(JSON.parse(text), { format: 'application/n-quads' })) as unknown as string;
    return new Parser({ format: 'N-Quads' }).parse(nquads).length;
  }
  return new Parser({ format: format === 'ttl' ? 'Turtle' : 'N-Triples' }).parse(text).length;
}

describe('ropa export', () => {
  let dir: string;
  let graphDir: string;
  let wholeTriples: number;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ropa-export-'));
    graphDir = join(dir, 'graph');
    // The graph of the run, moved under this test's base: fresh, so the command uses it as it is.
    await copySharedGraph(BASE, graphDir);
    const out = join(dir, 'all.nt');
    const result = await ropa('export', '--format', 'nt', '--out', out, '--graph', graphDir, '--base', BASE);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).not.toMatch(/building the graph/);
    expect(result.stdout).toContain(`wrote ${out}`);
    wholeTriples = await countTriples(out, 'nt');
  });

  it('the dump holds every graph: registers, catalogues and ontology', async () => {
    const files = await readdir(graphDir);
    expect(files).toContain('manifest.json');
    const registerFiles = files.filter((f) => /^\d{3}-/.test(f));
    expect(registerFiles.length).toBeGreaterThan(0);
    let sum = 0;
    for (const f of [...registerFiles, 'catalogues.ttl']) sum += await countTriples(join(graphDir, f), 'ttl');
    expect(wholeTriples).toBeGreaterThan(sum);
  });

  // --no-build from here on: the build inputs include the code, which may change while the tests run.
  it.each(['ttl', 'jsonld', 'rdfxml'])('writes the whole graph as %s, with the same triples', async (format) => {
    const out = join(dir, `all.${format}`);
    const result = await ropa('export', '--format', format, '--out', out, '--graph', graphDir, '--base', BASE, '--no-build');
    expect(result.code, result.stderr).toBe(0);
    expect(await countTriples(out, format)).toBe(wholeTriples);
  });

  it.each(['nq', 'trig'])('writes the whole graph as %s, keeping its 12 named graphs', async (format) => {
    const out = join(dir, `all.${format}`);
    const result = await ropa('export', '--format', format, '--out', out, '--graph', graphDir, '--base', BASE, '--no-build');
    expect(result.code, result.stderr).toBe(0);
    const quads = new Parser({ format: format === 'nq' ? 'N-Quads' : 'TriG' }).parse(await readFile(out, 'utf8'));
    expect(new Set(quads.map((q) => q.graph.value)).size).toBe(12);
    expect(quads.length).toBeGreaterThanOrEqual(wholeTriples);
  });

  it('writes one register, exactly its own file’s triples, and leaves no temporary file behind', async () => {
    const out = join(dir, 'nested', 'one.ttl');
    const result = await ropa('export', '--format', 'ttl', '--register', REGISTER, '--out', out, '--graph', graphDir, '--base', BASE, '--no-build');
    expect(result.code, result.stderr).toBe(0);
    expect(await countTriples(out, 'ttl')).toBe(await countTriples(join(graphDir, `${REGISTER}.ttl`), 'ttl'));
    expect(await readdir(join(dir, 'nested'))).toEqual(['one.ttl']);
  });

  it('refuses an unknown format with exit 2, a clear message, and writes nothing', async () => {
    const out = join(dir, 'bad.xml');
    const result = await ropa('export', '--format', 'xml', '--out', out, '--graph', graphDir, '--base', BASE, '--no-build');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown format "xml" (--format); use one of: ttl, jsonld, nt, rdfxml, nq, trig');
    await expect(stat(out)).rejects.toThrow();
  });

  it('refuses an unknown register with exit 2, naming the known ones', async () => {
    const result = await ropa('export', '--register', '999-nothing', '--out', join(dir, 'x.ttl'), '--graph', graphDir, '--base', BASE, '--no-build');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown register "999-nothing".*001-16106fe6b7c9f12d/);
  });

  it('requires --out', async () => {
    const result = await ropa('export', '--format', 'ttl');
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/--out/);
  });

  it('documents its options and formats in --help', async () => {
    const result = await ropa('export', '--help');
    expect(result.code).toBe(0);
    for (const text of ['--format', '--out', '--register', '--graph', '--base', '--no-build', 'ttl', 'nt', 'jsonld', 'rdfxml', 'nq', 'trig', 'atomically']) {
      expect(result.stdout).toContain(text);
    }
  });
});
