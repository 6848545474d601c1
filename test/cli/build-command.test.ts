// The `ropa build` command as a user runs it: exit codes, messages, and nothing written on bad input.
import { describe, it, expect, beforeAll } from 'vitest';
import { mkdtemp, readdir, readFile, writeFile, copyFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_REGISTERS_DIR } from '../../src/config/project-paths.ts';
import { runRopa as ropa } from '../support/run-ropa.ts';



describe('ropa build', () => {
  let out: string;
  let first: Map<string, string>;

  beforeAll(async () => {
    out = join(await mkdtemp(join(tmpdir(), 'ropa-build-')), 'graph');
    const result = await ropa('build', '--out', out);
    expect(result.code, result.stderr).toBe(0);
    first = await readDir(out);
  });

  it('writes one Turtle file per register, the catalogues and a manifest', () => {
    expect([...first.keys()].sort()).toEqual([
      '000-49a1ce6041cf4ed6.ttl',
      '001-16106fe6b7c9f12d.ttl',
      '002-f61adf4d39622cae.ttl',
      '003-60ea04d657be5b10.ttl',
      '004-72dad74edd3dbafe.ttl',
      'catalogues.ttl',
      'editions.ttl',
      'eu-edps-record-01a-selection-of-staff-pdftotext-layout-en.ttl',
      'eu-edps-record-03-selection-of-seconded-national-experts-pdftotext-layout-en.ttl',
      'eu-edps-record-05-selection-and-management-of-interim-staff-pdftotext-layout-en.ttl',
      'eu-edps-record-57-corporate-credit-card-pdftotext-layout-en.ttl',
      'manifest.json',
    ]);
    for (const [name, content] of first) if (name.endsWith('.ttl')) expect(content).toMatch(/^@base </);
  });

  it('is deterministic: a second build gives byte-identical files', async () => {
    const result = await ropa('build', '--out', out, '--quiet');
    expect(result.code).toBe(0);
    expect(await readDir(out)).toEqual(first);
  });

  it('prints a summary per register with treatments, triples and warnings', async () => {
    const result = await ropa('build', '--out', out);
    expect(result.stdout).toMatch(/000_49a1ce6041cf4ed6\.txt.*ms-table.*\b9\b/);
    expect(result.stdout).toMatch(/004_72dad74edd3dbafe\.txt.*miom-blocks.*\b36\b/);
    expect(result.stdout).toMatch(/eu-edps_record-57_corporate-credit-card_pdftotext-layout_en\.txt.*edps-form.*\b1\b/);
    expect(result.stdout).toMatch(/9 registers, 100 treatments, \d+ triples/);
    expect(result.stdout).toContain('004_72dad74edd3dbafe.txt:560');
    expect(result.stdout).toContain('19/092023');
  });

  it('documents every option in --help', async () => {
    const result = await ropa('build', '--help');
    expect(result.code).toBe(0);
    for (const option of ['--out', '--base', '--quiet', 'inputs']) expect(result.stdout).toContain(option);
  });

  const badInputs: { name: string; content: string; message: RegExp; line?: number }[] = [
    { name: 'empty.txt', content: '', message: /empty\.txt:1: the file is empty/ },
    { name: 'unknown.txt', content: 'Hello\nthis is not a register\n', message: /unknown\.txt: unknown register layout; the known layouts are:[\s\S]*ms-table[\s\S]*miom-blocks/ },
    {
      name: 'orphan.txt',
      content: 'Registre de test\n\nIntitulé\tFinalités\tRT\tCatégories de données traitées\tCatégories de personnes concernées\tCatégories de destinataires*\n\tsuite sans traitement\t\t\t\t\n',
      message: /orphan\.txt:4:/,
    },
    {
      name: 'truncated.txt',
      content: 'REGISTRE DES ACTIVITES DE TRAITEMENTS\n\nACTIVITE n° 1\t\tTest\nTRAITEMENT n° 1.1\t\tCoupé\nFinalité du traitement\tTester\n',
      message: /truncated\.txt:4:.*TRAITEMENT n° 1\.1/,
    },
  ];

  it.each(badInputs)('refuses $name with the file and line, exit 1, and writes nothing', async ({ name, content, message }) => {
    const dir = await mkdtemp(join(tmpdir(), 'ropa-bad-'));
    const input = join(dir, 'registers');
    await mkdir(input);
    await copyFile(join(DEFAULT_REGISTERS_DIR, '000_49a1ce6041cf4ed6.txt'), join(input, '000_49a1ce6041cf4ed6.txt'));
    await writeFile(join(input, name), content);
    const before = await readDir(out);
    const result = await ropa('build', input, '--out', out);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain('nothing was written');
    expect(await readDir(out)).toEqual(before);
  });

  it.each([
    [['build', '/no/such/folder'], /input not found: \/no\/such\/folder/],
    [['build', '--base', 'not-an-iri'], /invalid base IRI "not-an-iri"/],
    [['build', '--bogus'], /unknown option '--bogus'/],
  ])('rejects bad arguments %j with exit 2 or commander’s code', async (args, message) => {
    const result = await ropa(...args);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(message);
  });
});

async function readDir(dir: string): Promise<Map<string, string>> {
  const names = (await readdir(dir)).sort();
  return new Map(await Promise.all(names.map(async (n) => [n, await readFile(join(dir, n), 'utf8')] as const)));
}
