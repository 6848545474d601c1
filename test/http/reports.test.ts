// /reports on a real server: the index, the tables (CSV, XLSX) for all registers or one, the fiches; types, file names, refusals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { startTestServer, type TestServer } from '../support/start-test-server.ts';

const REGISTER = '004-72dad74edd3dbafe';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server?.close();
});

function get(path: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(new URL(path, server.url), { headers });
}

function treatmentIri(slug: string): string {
  return `${server.url}register/${REGISTER}/treatment/${slug}`;
}

describe('GET /reports', () => {
  it('is a page listing every register with its fiches and tables, and the tables of all registers', async () => {
    const response = await get('reports', { Accept: 'text/html' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain('href="/reports/cnil.csv"');
    expect(html).toContain('href="/reports/cnil.xlsx"');
    expect(html).toContain(`href="/reports/register/${REGISTER}/fiches"`);
    expect(html).toContain(`href="/reports/register/${REGISTER}.xlsx"`);
    expect(html).toContain(`href="/reports/treatment?iri=${encodeURIComponent(treatmentIri('5.11-passage-2'))}"`);
    expect(html).toContain('004_72dad74edd3dbafe.txt l. 52–53');
  });

  it('is JSON for scripts, with the counts of each register', async () => {
    const response = await get('reports?format=json');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const index = (await response.json()) as { csv: string; registers: { slug: string; treatments: number; xlsx: string }[] };
    expect(index.csv).toBe(`${server.url}reports/cnil.csv`);
    expect(index.registers.reduce((n, r) => n + r.treatments, 0)).toBe(100);
    expect(index.registers.find((r) => r.slug === REGISTER)).toMatchObject({ treatments: 36, xlsx: `${server.url}reports/register/${REGISTER}.xlsx` });
  });
});

describe('the tables', () => {
  it('/reports/cnil.csv: every treatment, as a CSV attachment named registre-cnil.csv', async () => {
    const response = await get('reports/cnil.csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="registre-cnil.csv"');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(Buffer.from(bytes), { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(100);
  });

  it('/reports/register/<slug>.csv: the treatments of one register', async () => {
    const response = await get(`reports/register/${REGISTER}.csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="registre-cnil-${REGISTER}.csv"`);
    const rows = parse(await response.text(), { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(36);
    expect(rows.every((r) => r['IRI du traitement']!.startsWith(`${server.url}register/${REGISTER}/treatment/`))).toBe(true);
  });

  it('/reports/cnil.xlsx and /reports/register/<slug>.xlsx: workbooks with a summary sheet', async () => {
    for (const [path, name, sheets] of [
      ['reports/cnil.xlsx', 'registre-cnil.xlsx', 10],
      [`reports/register/${REGISTER}.xlsx`, `registre-cnil-${REGISTER}.xlsx`, 2],
    ] as const) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type')).toBe(XLSX);
      expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${name}"`);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await response.arrayBuffer()) as never);
      expect(workbook.worksheets.map((s) => s.name)[0]).toBe('Sommaire');
      expect(workbook.worksheets).toHaveLength(sheets);
    }
  });
});

describe('the fiches', () => {
  it('/reports/treatment?iri=…: one fiche, every value with its lines, linked to the treatment’s IRI', async () => {
    const iri = treatmentIri('1.1-nis-notice-individuelle-de-securite');
    const response = await get(`reports/treatment?iri=${encodeURIComponent(iri)}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    // The IRI links to its page on this server, whatever host the IRIs were minted under.
    expect(html).toContain(`<a href="/${iri.slice(server.url.length)}">${iri}</a>`);
    expect(html).toContain('href="/assets/reports/fiche.css"');
    expect(html).toContain('NIS (Notice Individuelle de Sécurité)');
    expect(html).toContain('[004_72dad74edd3dbafe.txt l. 48]');
    expect(html.match(/<article class="fiche"/g)).toHaveLength(1);
  });

  it('/reports/register/<slug>/fiches: every fiche of the register, for printing', async () => {
    const response = await get(`reports/register/${REGISTER}/fiches`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect((await response.text()).match(/<article class="fiche"/g)).toHaveLength(36);
  });

  it('the print stylesheet is served', async () => {
    const response = await get('assets/reports/fiche.css');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/css/);
    expect(await response.text()).toMatch(/@page\s*{\s*size: A4/);
  });
});

describe('refusals', () => {
  it.each([
    [`reports/register/nope.csv`, 404, /no register "nope"/],
    [`reports/register/nope.xlsx`, 404, /no register "nope"/],
    [`reports/register/nope/fiches`, 404, /no register "nope"/],
    [`reports/register/${REGISTER}.pdf`, 404, /no report/],
    [`reports/treatment?iri=${encodeURIComponent('http://127.0.0.1:1/register/x/treatment/y')}`, 404, /no treatment/],
    ['reports/treatment', 400, /"iri"/],
    ['reports/treatment?iri=not%20an%20iri', 400, /"iri"/],
    ['reports/treatment?iri=ftp%3A%2F%2Fexample.org%2Fx', 400, /http\(s\)/],
    ['reports/cnil.csv?sep=%2C', 400, /unknown query parameter\(s\): sep/],
    ['reports?format=pdf', 400, /"format"/],
    ['reports/register/a%20b/fiches', 400, /register slug/],
  ])('GET /%s → %i', async (path, status, message) => {
    const response = await get(path, { Accept: 'text/plain' });
    expect(response.status).toBe(status);
    expect(await response.text()).toMatch(message);
  });
});
