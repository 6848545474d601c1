// Names of the report files, the same for a download and for `ropa report`; and the HTML fiches as a folder of files.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../config/project-paths.ts';
import type { RegisterReport, TreatmentReport } from './cnil-report.ts';
import { renderRegisterFichesPage, renderReportsIndex, renderTreatmentPage, type ReportLinks } from './render-fiches.ts';

export { REPORT_FORMATS, type ReportFormat } from './report-formats.ts';

export const SITE_CSS = join(PROJECT_ROOT, 'public', 'site.css');
export const FICHE_CSS = join(PROJECT_ROOT, 'public', 'reports', 'fiche.css');

/** "registre-cnil.csv" for all registers, "registre-cnil-001-16106fe6b7c9f12d.xlsx" for one. */
export function reportFileName(extension: 'csv' | 'xlsx', register?: { slug: string }): string {
  return register ? `registre-cnil-${register.slug}.${extension}` : `registre-cnil.${extension}`;
}

/** The last segment of a treatment's IRI, e.g. "1.1-nis-notice-individuelle-de-securite". */
export function treatmentSlug(treatment: TreatmentReport): string {
  return decodeURIComponent(treatment.iri.slice(treatment.iri.lastIndexOf('/') + 1));
}

/** The stylesheet the HTML files link to: the site's and the fiches' in one file beside them. */
export const FILES_STYLESHEET = 'rapport.css';

/**
 * The HTML report as files of one folder: index.html, one page of all fiches per register ("<register>.html"),
 * one fiche per treatment ("<register>--<treatment>.html") and the stylesheet; every link is relative.
 */
export async function buildHtmlFiles(registers: readonly RegisterReport[]): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const links: ReportLinks = {
    stylesheets: [FILES_STYLESHEET],
    siteNavigation: false,
    index: 'index.html',
    fiche: (t) => `${t.registerSlug}--${treatmentSlug(t)}.html`,
    registerFiches: (r) => `${r.slug}.html`,
    downloads: () => [],
  };
  const css = `${await readFile(SITE_CSS, 'utf8')}\n${await readFile(FICHE_CSS, 'utf8')}`;
  files.set(FILES_STYLESHEET, css);
  files.set('index.html', renderReportsIndex(registers, links));
  for (const register of registers) {
    files.set(links.registerFiches(register), renderRegisterFichesPage(register, links));
    for (const treatment of register.treatments) files.set(links.fiche(treatment), renderTreatmentPage(register, treatment, links));
  }
  return files;
}
