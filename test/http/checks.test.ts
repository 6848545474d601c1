// GET /checks on a real server: an HTML page for browsers, the typed report in JSON, the SHACL report in Turtle, 400s.
import { Parser } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckReport } from '../../src/checks/check-report.ts';
import { rdf, sh } from '../../src/vocab/namespaces.ts';
import { startTestServer, type TestServer } from '../support/start-test-server.ts';

let server: TestServer;
let report: CheckReport;

beforeAll(async () => {
  server = await startTestServer();
  const response = await fetch(`${server.url}checks?as-of=2026-11-22&format=json`);
  expect(response.status, await response.clone().text()).toBe(200);
  report = (await response.json()) as CheckReport;
});

afterAll(async () => {
  await server?.close();
});

describe('GET /checks', () => {
  it('gives the typed report in JSON for ?format=json, grouped by register and severity', () => {
    expect(report.asOf).toBe('2026-11-22');
    expect(report.counts.total).toBe(report.results.length);
    expect(report.registers.map((r) => r.file)).toContain('004_72dad74edd3dbafe.txt');
    const unlimited = report.results.filter((r) => r.check === 'unlimited-retention');
    expect(unlimited.map((r) => r.treatment).sort()).toEqual(['Chartes NOEMI et SPAN', 'OCS-GLPI']);
    // The data's IRIs are the server's own: every treatment dereferences.
    for (const r of report.results) expect(r.focusNode.startsWith(server.url)).toBe(true);
  });

  it('gives the same JSON for Accept: application/json, from the cache', async () => {
    // A date not asked for yet runs the shapes; the date of the first test is answered from the cache, faster.
    let started = performance.now();
    expect((await fetch(`${server.url}checks?as-of=2026-11-21`, { headers: { Accept: 'application/json' } })).status).toBe(200);
    const coldMs = performance.now() - started;
    started = performance.now();
    const response = await fetch(`${server.url}checks?as-of=2026-11-22`, { headers: { Accept: 'application/json' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('vary')).toMatch(/Accept/);
    expect(await response.json()).toEqual(report);
    expect(performance.now() - started).toBeLessThan(coldMs);
  });

  it('serves a French HTML page to browsers, by register and severity, each treatment linked to its page', async () => {
    const response = await fetch(`${server.url}checks?as-of=2026-11-22`, { headers: { Accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('Contrôles de conformité des registres');
    expect(html).toMatch(/Registre de la Division Des Cabinets \(DDC\)/);
    expect(html).toMatch(/Violations \(\d+\)/);
    expect(html).toMatch(/Avertissements \(\d+\)/);
    expect(html).toContain('Conservation sans limitation de durée');
    const noemi = report.results.find((r) => r.treatment === 'Chartes NOEMI et SPAN') as CheckReport['results'][number];
    const path = `/${noemi.focusNode.slice(server.url.length)}`;
    expect(html).toContain(`href="${path}"`);
    const page = await fetch(new URL(path, server.url), { headers: { Accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(html).toContain('href="/checks?as-of=2026-11-22&amp;format=json"');
  });

  it('serves the SHACL validation report in Turtle for text/turtle', async () => {
    const response = await fetch(`${server.url}checks?as-of=2026-11-22`, { headers: { Accept: 'text/turtle' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/turtle/);
    const quads = new Parser({ format: 'text/turtle' }).parse(await response.text());
    expect(quads.some((q) => q.predicate.equals(rdf.type) && q.object.equals(sh.ValidationReport))).toBe(true);
    expect(quads.filter((q) => q.predicate.equals(sh.result))).toHaveLength(report.counts.total);
    expect(quads.filter((q) => q.predicate.equals(sh.resultSeverity) && q.object.equals(sh.Warning)).length).toBe(report.counts.warning);
  });

  it('computes another report for another reference date', async () => {
    const response = await fetch(`${server.url}checks?as-of=2024-01-01&format=json`);
    const earlier = (await response.json()) as CheckReport;
    expect(earlier.asOf).toBe('2024-01-01');
    const stale = (r: CheckReport) => r.checks.find((c) => c.id === 'stale-last-update')?.count ?? 0;
    expect(stale(earlier)).toBeLessThan(stale(report));
  });

  it.each([
    ['?as-of=2026-13-01', /as-of/],
    ['?as-of=2026-02-30', /no such day/],
    ['?as-of=yesterday', /YYYY-MM-DD/],
    ['?as-of=2026-11-22&as-of=2026-11-23', /as-of/],
    ['?format=xml', /format/],
  ])('answers 400 to %s', async (query, message) => {
    const response = await fetch(`${server.url}checks${query}`, { headers: { Accept: 'application/json' } });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(message);
  });

  it('answers 406 to a media type it does not offer', async () => {
    const response = await fetch(`${server.url}checks`, { headers: { Accept: 'image/png' } });
    expect(response.status).toBe(406);
  });
});
