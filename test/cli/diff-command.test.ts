// The `ropa diff` command as a user runs it: three formats, registers named several ways, exit code 2 for a bad name.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_REGISTERS_DIR } from '../../src/config/project-paths.ts';
import type { RegisterDiff } from '../../src/editions/diff-registers.ts';
import { runRopa as ropa } from '../support/run-ropa.ts';



describe('ropa diff', () => {
  it('writes a text report by default: order of the editions, added, removed, changed field by field', async () => {
    const { code, stdout, stderr } = await ropa('diff', '002', '001');
    expect(code, stderr).toBe(0);
    expect(stdout).toMatch(/^ropa diff: 002-f61adf4d39622cae → 001-16106fe6b7c9f12d\n/);
    expect(stdout).toContain('Deux éditions d’un même registre : 001-16106fe6b7c9f12d est la plus récente, 002-f61adf4d39622cae la plus ancienne (indices 4 contre 1).');
    expect(stdout).toContain('16 traitements appariés (seuil 0.50) : 16 modifiés, 0 inchangé ; 6 ajoutés, 2 retirés.');
    expect(stdout).toContain('+ 11-gestion-des-certificats-imagev2  Gestion des certificats ImageV2');
    expect(stdout).toContain('- 01-base-sequestre-donnees-de-vaccination-covid-19  Base séquestre données de vaccination covid-19');
    expect(stdout).toContain('Responsables de traitement : + Direction générale de la cohésion sociale');
    expect(stdout).toContain(`- "conservée 1 an après la fermeture de l'espace" [P1Y]`);
    expect(stdout).toContain('[-respectaient-] {+respectent+}');
  });

  it('names registers by slug, file name or path as well as by prefix', async () => {
    const byPrefix = await ropa('diff', '002', '001', '--format', 'json');
    const bySlug = await ropa('diff', '002-f61adf4d39622cae', '001_16106fe6b7c9f12d.txt', '--format', 'json');
    const byPath = await ropa('diff', join(DEFAULT_REGISTERS_DIR, '002_f61adf4d39622cae.txt'), '001', '--format', 'json');
    for (const result of [byPrefix, bySlug, byPath]) expect(result.code, result.stderr).toBe(0);
    expect(bySlug.stdout).toBe(byPrefix.stdout);
    expect(byPath.stdout).toBe(byPrefix.stdout);
  });

  it('writes JSON a program can read', async () => {
    const { code, stdout } = await ropa('diff', '001', '002', '--format', 'json');
    expect(code).toBe(0);
    const diff = JSON.parse(stdout) as RegisterDiff;
    expect(diff.from.slug).toBe('001-16106fe6b7c9f12d');
    expect(diff.order?.newer).toBe('001-16106fe6b7c9f12d');
    expect(diff.added).toHaveLength(2);
    expect(diff.removed).toHaveLength(6);
    expect(diff.changed.map((t) => t.from.slug)).toContain('02-collecte-pro');
  });

  it('writes Markdown', async () => {
    const { code, stdout } = await ropa('diff', '002', '001', '--format', 'markdown');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# Comparaison : `002-f61adf4d39622cae` → `001-16106fe6b7c9f12d`\n/);
    expect(stdout).toContain('## Traitements modifiés');
    expect(stdout).toContain('### SI honorabilité');
    expect(stdout).toContain('~~respectaient~~ **respectent**');
  });

  it('refuses an unknown register with exit code 2, listing the known ones', async () => {
    const { code, stdout, stderr } = await ropa('diff', '001', '999');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('unknown register "999"');
    for (const slug of ['000-49a1ce6041cf4ed6', '001-16106fe6b7c9f12d', '002-f61adf4d39622cae', '003-60ea04d657be5b10', '004-72dad74edd3dbafe']) expect(stderr).toContain(slug);
  });

  it('refuses an ambiguous prefix and an unknown format with exit code 2', async () => {
    const ambiguous = await ropa('diff', '00', '001');
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toContain('ambiguous register "00"');
    const format = await ropa('diff', '001', '002', '--format', 'pdf');
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('unknown format "pdf" (--format); use one of: text, json, markdown');
  });

  it('explains itself with --help, and wants two registers', async () => {
    const help = await ropa('diff', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: ropa diff [options] <from> <to>');
    expect(help.stdout).toContain('--format <format>');
    expect(help.stdout).toContain('Exit codes');
    const missing = await ropa('diff', '001');
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain("missing required argument 'to'");
  });
});
