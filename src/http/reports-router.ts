// Reports for an auditor at /reports: the register regenerated from the graph as a CNIL-style table (CSV, XLSX) and fiches.
import { Router, type Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import { z } from 'zod';
import type { AppDeps } from './app-deps.ts';
import { HttpError } from '../errors/http-error.ts';
import { negotiateMediaType } from './negotiate-media-type.ts';
import { publicUrl } from './public-url.ts';
import { findReportRegister, listReportRegisters, loadCnilReport, loadRegisterReport, loadTreatmentReport } from '../reports/load-cnil-report.ts';
import type { RegisterReport } from '../reports/cnil-report.ts';
import { countRegister } from '../reports/count-register.ts';
import { renderRegisterFichesPage, renderReportsIndex, renderTreatmentPage, type ReportLinks } from '../reports/render-fiches.ts';
import { reportFileName } from '../reports/report-files.ts';
import { CSV_MEDIA_TYPE, writeCnilCsv } from '../reports/write-cnil-csv.ts';
import { XLSX_MEDIA_TYPE, writeCnilXlsx } from '../reports/write-cnil-xlsx.ts';
import { linkTreatmentViews } from './link-related-views.ts';
import { resourcePath } from '../linked-data/resource-path.ts';
import { PAGE_MEDIA_TYPES } from '../rdf/formats.ts';

/** A register's slug as minted (see make-slug.ts): letters, digits, dashes; never a dot or a slash. */
const slugSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,199}$/, 'a register slug holds letters, digits, "-" and "_" only');
const noQuery = z.object({}).strict();
const indexQuery = z.object({ format: z.enum(['html', 'json']).optional() }).strict();
const treatmentQuery = z
  .object({ iri: z.string().max(2000).url().regex(/^https?:\/\//, 'must be an http(s) IRI') })
  .strict();
/** "001-16106fe6b7c9f12d.csv" or "….xlsx". */
const registerFile = /^(.+)\.(csv|xlsx)$/;

function linkReports(baseIri: string): ReportLinks {
  return {
  // The site's stylesheet comes with the page shell.
  stylesheets: ['/assets/reports/fiche.css'],
  siteNavigation: true,
  index: '/reports',
  fiche: (t) => `/reports/treatment?iri=${encodeURIComponent(t.iri)}`,
  registerFiches: (r) => `/reports/register/${encodeURIComponent(r.slug)}/fiches`,
  downloads: (r) =>
    r
      ? [
          { label: 'CSV', href: `/reports/register/${encodeURIComponent(r.slug)}.csv` },
          { label: 'XLSX', href: `/reports/register/${encodeURIComponent(r.slug)}.xlsx` },
        ]
      : [
          { label: 'CSV', href: '/reports/cnil.csv' },
          { label: 'XLSX', href: '/reports/cnil.xlsx' },
        ],
  related: (t) => linkTreatmentViews(t.iri, t.registerSlug, baseIri, 'fiche'),
  resource: (iri) => resourcePath(iri, baseIri),
  };
}

/**
 * GET /reports (index, HTML or JSON), /reports/cnil.csv|.xlsx (all registers), /reports/register/<slug>.csv|.xlsx,
 * /reports/register/<slug>/fiches (every fiche of a register, to print) and /reports/treatment?iri=… (one fiche).
 * Everything is read from the graph through the SPARQL service, once per register (the graph is read-only).
 */
export function createReportsRouter(deps: AppDeps): Router {
  const router = Router();
  const LINKS = linkReports(deps.config.baseIri);
  router.use(
    '/reports',
    rateLimit({
      windowMs: 60_000,
      limit: deps.config.rateLimitPerMinute,
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      handler: (_req, _res, next) => next(new HttpError(429, `too many requests: at most ${deps.config.rateLimitPerMinute} per minute per client`)),
    }),
  );

  router.get('/reports', async (req, res) => {
    const query = parse(indexQuery, req.query, 'query');
    res.vary('Accept');
    const mediaType = query.format === 'json' ? PAGE_MEDIA_TYPES.json : query.format === 'html' ? PAGE_MEDIA_TYPES.html : negotiateMediaType(req, [PAGE_MEDIA_TYPES.html, PAGE_MEDIA_TYPES.json]);
    const registers = await loadCnilReport(deps.sparql);
    if (mediaType === PAGE_MEDIA_TYPES.html) return void res.type('html').send(renderReportsIndex(registers, LINKS));
    const link = (path: string) => publicUrl(req, path);
    res.json({
      title: 'Le registre au modèle de la CNIL, régénéré à partir du graphe',
      citation: 'fichier l. 52–53 (plages d’un fichier séparées par ", ", fichiers par "; ")',
      csv: link('reports/cnil.csv'),
      xlsx: link('reports/cnil.xlsx'),
      registers: registers.map((r) => ({
        slug: r.slug,
        title: r.title,
        iri: r.iri,
        ...countRegister(r),
        csv: link(`reports/register/${encodeURIComponent(r.slug)}.csv`),
        xlsx: link(`reports/register/${encodeURIComponent(r.slug)}.xlsx`),
        fiches: link(LINKS.registerFiches(r)),
      })),
    });
  });

  router.get('/reports/cnil.csv', async (req, res) => {
    parse(noQuery, req.query, 'query');
    sendCsv(res, await loadCnilReport(deps.sparql));
  });

  router.get('/reports/cnil.xlsx', async (req, res) => {
    parse(noQuery, req.query, 'query');
    await sendXlsx(res, await loadCnilReport(deps.sparql));
  });

  router.get('/reports/register/:slug/fiches', async (req, res) => {
    parse(noQuery, req.query, 'query');
    const register = await findRegister(parse(slugSchema, req.params.slug, 'register'));
    res.type('html').send(renderRegisterFichesPage(register, LINKS));
  });

  router.get('/reports/register/:file', async (req, res) => {
    parse(noQuery, req.query, 'query');
    const match = registerFile.exec(req.params.file);
    if (!match) throw new HttpError(404, `no report "${req.params.file}": a register's table is <slug>.csv or <slug>.xlsx (the list is at /reports)`);
    const register = await findRegister(parse(slugSchema, match[1], 'register'));
    if (match[2] === 'csv') sendCsv(res, [register]);
    else await sendXlsx(res, [register]);
  });

  router.get('/reports/treatment', async (req, res) => {
    const { iri } = parse(treatmentQuery, req.query, 'query');
    const found = await loadTreatmentReport(deps.sparql, iri);
    if (!found) throw new HttpError(404, `no treatment <${iri}> in the graph; the fiches of each register are listed at /reports`);
    res.type('html').send(renderTreatmentPage(found.register, found.treatment, LINKS));
  });

  async function findRegister(slug: string): Promise<RegisterReport> {
    const entry = await findReportRegister(deps.sparql, slug);
    if (!entry) {
      const known = (await listReportRegisters(deps.sparql)).map((r) => r.slug);
      throw new HttpError(404, `no register "${slug}"; the registers are: ${known.join(', ')}`);
    }
    return loadRegisterReport(deps.sparql, entry);
  }

  return router;
}

function sendCsv(res: Response, registers: readonly RegisterReport[]): void {
  const name = reportFileName('csv', registers.length === 1 ? registers[0] : undefined);
  res.set('Content-Disposition', `attachment; filename="${name}"`);
  res.type(CSV_MEDIA_TYPE).send(writeCnilCsv(registers));
}

async function sendXlsx(res: Response, registers: readonly RegisterReport[]): Promise<void> {
  const name = reportFileName('xlsx', registers.length === 1 ? registers[0] : undefined);
  const body = await writeCnilXlsx(registers);
  res.set('Content-Disposition', `attachment; filename="${name}"`);
  res.type(XLSX_MEDIA_TYPE).send(body);
}

/** Validates a request's part with zod: a failure is a 400 naming the parameter and what is expected. */
function parse<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => {
    const where = i.path.length > 0 ? `${what} parameter "${i.path.join('.')}"` : what;
    return i.code === 'unrecognized_keys' ? `unknown ${what} parameter(s): ${i.keys.join(', ')}` : `${where}: ${i.message}`;
  });
  throw new HttpError(400, `bad request: ${problems.join('; ')}`);
}
