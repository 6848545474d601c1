// The printable "fiche" of a treatment (French labels, every value with its source lines), and the pages that hold fiches.
import escapeHtml from 'escape-html';
import { CNIL_COLUMNS } from './cnil-columns.ts';
import type { CellValue, RegisterReport, ReportCell, TreatmentReport } from './cnil-report.ts';
import { SENSITIVE_MARK, readableText, treatmentNumber } from './cell-text.ts';
import { bracketCitations, formatCitations, type Citation } from './citation.ts';
import { countRegister } from './count-register.ts';
import { renderPage } from '../html/render-page.ts';

/** Where the pages link to: the server's routes, or the files `ropa report --format html` writes. */
export interface ReportLinks {
  /** Stylesheets, in order (the site's, then the fiches' with its print rules). */
  readonly stylesheets: readonly string[];
  /** The site's navigation bar (on screen only: print never shows it). */
  readonly siteNavigation: boolean;
  /** The reports' index. */
  readonly index: string;
  readonly fiche: (treatment: TreatmentReport) => string;
  readonly registerFiches: (register: RegisterReport) => string;
  /** Downloads of the table (CSV, XLSX) of one register, or of all of them; none for files. */
  readonly downloads: (register?: RegisterReport) => readonly { label: string; href: string }[];
  /** Where a value's IRI links to: its page on the server; the IRI itself in files. */
  readonly resource?: (iri: string) => string;
  /** The treatment's other views on the server (its page, the explorer, the checks); none for files. */
  readonly related?: (treatment: TreatmentReport) => readonly { label: string; href: string }[];
}

/** Said in a fiche when the graph holds nothing for a field. */
const EMPTY: Partial<Record<keyof TreatmentReport['cells'], string>> = { dpia: 'Aucune analyse d’impact (AIPD) mentionnée par le registre' };
const NOTHING = 'Non renseigné dans le registre';

export function renderTreatmentPage(register: RegisterReport, treatment: TreatmentReport, links: ReportLinks): string {
  const related = links.related?.(treatment) ?? [];
  const body = `<nav class="report-trail screen-only" aria-label="Fil d’Ariane"><a href="${escapeHtml(links.index)}">Rapports</a> › <a href="${escapeHtml(links.registerFiches(register))}">${escapeHtml(register.title)}</a></nav>
${related.length > 0 ? `<nav class="related screen-only" aria-label="Ce traitement ailleurs sur le site"><ul class="inline">${related.map((l) => `<li><a href="${escapeHtml(l.href)}">${escapeHtml(l.label)}</a></li>`).join('')}</ul></nav>` : ''}
${renderFiche(treatment, register, 'h1', links.resource)}`;
  return renderReportPage({ title: `Fiche ${treatmentNumber(treatment)} — ${treatment.title}`, body, links });
}

/** All the fiches of a register, one printed page (or more) each. */
export function renderRegisterFichesPage(register: RegisterReport, links: ReportLinks): string {
  const counts = countRegister(register);
  const downloads = links.downloads(register);
  const body = `<nav class="report-trail screen-only" aria-label="Fil d’Ariane"><a href="${escapeHtml(links.index)}">Rapports</a></nav>
<section class="fiches-cover">
<p class="kicker">Registre des activités de traitement — fiches</p>
<h1>${escapeHtml(register.title)}</h1>
<p class="iri"><a href="${escapeHtml(links.resource?.(register.iri) ?? register.iri)}">${escapeHtml(register.iri)}</a></p>
<p>${counts.treatments} traitement(s)${register.source ? ` lus dans <span class="cite">${escapeHtml(formatCitations([register.source]))}</span>` : ''}.
Chaque valeur est suivie, entre crochets, du fichier et des lignes du registre d’où elle a été lue.</p>
${downloads.length > 0 ? `<p class="screen-only">Télécharger le tableau : ${downloads.map((d) => `<a href="${escapeHtml(d.href)}">${escapeHtml(d.label)}</a>`).join(' · ')}. Pour imprimer toutes les fiches : Ctrl+P (une fiche par page, format A4).</p>` : ''}
<ul class="fiches-toc">
${register.treatments.map((t) => `<li><a href="#${ficheId(t)}">${escapeHtml(treatmentNumber(t))} — ${escapeHtml(t.title)}</a></li>`).join('\n')}
</ul>
</section>
${register.treatments.map((t) => renderFiche(t, register, 'h2', links.resource)).join('\n')}`;
  return renderReportPage({ title: `Fiches — ${register.title}`, body, links });
}

/** One fiche: a header naming the treatment, a row per CNIL column, then the register's text as kept. */
export function renderFiche(treatment: TreatmentReport, register: RegisterReport, heading: 'h1' | 'h2', linkTo: (iri: string) => string = (iri) => iri): string {
  const rows = CNIL_COLUMNS.filter((c) => c.key !== 'title').map((column) => {
    const cell = treatment.cells[column.key];
    return `<tr data-column="${column.key}"><th scope="row">${escapeHtml(column.header)}</th><td>${renderCell(cell, EMPTY[column.key] ?? NOTHING, linkTo)}</td></tr>`;
  });
  // The file is named in the fiche's header: a field of that file gives its lines only.
  const lines = (c: Citation) => (c.file === treatment.source?.file ? formatCitations([c]).slice(c.file.length + 1) : formatCitations([c]));
  const fields = treatment.fields.map(
    (f) => `<tr><th scope="row">${escapeHtml(f.label)}</th><td class="verbatim" data-label="Texte">${escapeHtml(readableText(f.verbatim))}</td><td class="lines" data-label="Lignes">${escapeHtml(lines(f.citation))}</td></tr>`,
  );
  const title = treatment.cells.title;
  return `<article class="fiche" id="${ficheId(treatment)}" data-treatment="${escapeHtml(treatment.iri)}">
<header class="fiche-head">
<p class="kicker">Fiche de traitement n° ${escapeHtml(treatmentNumber(treatment))} · ${escapeHtml(register.title)}</p>
<${heading}>${escapeHtml(treatment.title)} <span class="cite">${escapeHtml(bracketCitations(title.citations))}</span></${heading}>
<p class="iri">IRI : <a href="${escapeHtml(linkTo(treatment.iri))}">${escapeHtml(treatment.iri)}</a></p>
${treatment.source ? `<p class="fiche-source">Lu dans <span class="cite">${escapeHtml(formatCitations([treatment.source]))}</span></p>` : ''}
</header>
<table class="fiche-table">
<tbody>
${rows.join('\n')}
</tbody>
</table>
<section class="fiche-verbatim">
<${heading === 'h1' ? 'h2' : 'h3'}>Texte du registre, mot pour mot</${heading === 'h1' ? 'h2' : 'h3'}>
${fields.length > 0 ? `<table class="verbatim-table"><thead><tr><th scope="col">Champ</th><th scope="col">Texte</th><th scope="col">Lignes</th></tr></thead><tbody>\n${fields.join('\n')}\n</tbody></table>` : `<p class="empty">${NOTHING}</p>`}
</section>
</article>`;
}

function renderCell(cell: ReportCell, empty: string, linkTo: (iri: string) => string): string {
  if (cell.values.length === 0) return `<p class="empty">${escapeHtml(empty)}</p>`;
  const items = cell.values.map((v) => `<li>${cell.verbatim ? `<q class="verbatim">${escapeHtml(readableText(v.text))}</q>` : renderValue(v, linkTo)}</li>`);
  const note = cell.verbatim ? '<p class="hint">Texte du registre : rien n’y a été reconnu.</p>' : '';
  return `<ul class="values">${items.join('')}</ul>${note}<p class="cite">${escapeHtml(bracketCitations(cell.citations))}</p>`;
}

function renderValue(value: CellValue, linkTo: (iri: string) => string): string {
  const text = value.iri ? `<a href="${escapeHtml(linkTo(value.iri))}">${escapeHtml(value.text)}</a>` : escapeHtml(value.text);
  const sensitive = value.sensitive ? ` <strong class="sensitive">${escapeHtml(SENSITIVE_MARK)}</strong>` : '';
  // A date: the register's words, then the calendar date read from them ("30/05/2023 (2023-05-30)").
  const read = value.date !== undefined && value.date !== value.text ? value.date : value.note;
  const note = read ? ` <span class="note-value">(${escapeHtml(read)})</span>` : '';
  const prefix = value.prefix ? `${escapeHtml(value.prefix)} : ` : '';
  return `${prefix}${text}${sensitive}${note}`;
}

function ficheId(treatment: TreatmentReport): string {
  return `fiche-${treatment.ordinal}`;
}

/** The HTML shell of the reports' pages: French, the site's bar on screen, our stylesheets (with the print rules). */
export function renderReportPage(options: { title: string; body: string; links: ReportLinks }): string {
  const { links } = options;
  // On the server: the site's shell (header, navigation, footer), which print styles hide.
  if (links.siteNavigation) return renderPage({ title: options.title, body: options.body, section: 'reports', stylesheets: links.stylesheets, bodyClass: 'report' });
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)} — ropa-graph</title>
${links.stylesheets.map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`).join('\n')}
</head>
<body class="report">
<main>
${options.body}
</main>
</body>
</html>
`;
}

/** The reports' index: the whole table, and per register its downloads, its fiches and its counts. */
export function renderReportsIndex(registers: readonly RegisterReport[], links: ReportLinks): string {
  const all = links.downloads();
  const rows = registers.map((r) => {
    const c = countRegister(r);
    const downloads = links.downloads(r).map((d) => `<a href="${escapeHtml(d.href)}">${escapeHtml(d.label)}</a>`);
    return `<tr><td><a href="${escapeHtml(links.registerFiches(r))}">${escapeHtml(r.title)}</a><br><span class="hint">${escapeHtml(r.slug)}</span></td><td class="number" data-label="Traitements">${c.treatments}</td><td class="number" data-label="Avec données sensibles">${c.sensitive}</td><td class="number" data-label="Avec AIPD mentionnée">${c.dpia}</td><td class="number" data-label="Sans durée de conservation">${c.noRetention}</td><td class="links" data-label="Fiches et tableaux">${[`<a href="${escapeHtml(links.registerFiches(r))}">fiches</a>`, ...downloads].join(' · ')}</td></tr>`;
  });
  const total = registers.reduce((n, r) => n + r.treatments.length, 0);
  const body = `<h1>Rapports : le registre au modèle de la CNIL</h1>
<p>Le registre de chaque responsable de traitement, régénéré à partir du graphe (et non des fichiers texte), sous la forme du
modèle de registre de la CNIL : une ligne par traitement, ${registers.length} registre(s), ${total} traitement(s).</p>
${all.length > 0 ? `<p>Tous les registres : ${all.map((d) => `<a href="${escapeHtml(d.href)}">${escapeHtml(d.label)}</a>`).join(' · ')}</p>` : ''}
<table class="reports-index">
<thead><tr><th scope="col">Registre</th><th scope="col">Traitements</th><th scope="col">Avec données sensibles</th><th scope="col">Avec AIPD mentionnée</th><th scope="col">Sans durée de conservation</th><th scope="col">Fiches et tableaux</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
<h2>Lire les sources</h2>
<p>Chaque valeur cite les lignes du registre d’où elle a été lue : <code>004_72dad74edd3dbafe.txt l. 52–53</code> (le fichier, puis
les lignes ; plusieurs plages d’un fichier séparées par « , », plusieurs fichiers par « ; »). Dans les fiches, la citation suit la
valeur entre crochets ; dans le CSV et le classeur, chaque colonne est suivie d’une colonne « … — source ». Une valeur entre « »
est le texte même du registre (rien n’y a été reconnu) ; « ${escapeHtml(SENSITIVE_MARK)} » marque une catégorie sensible ; une durée est
suivie de sa valeur ISO 8601 (<code>P3Y</code>).</p>
<h2>Fiches par traitement</h2>
${registers
  .map(
    (r) => `<h3>${escapeHtml(r.title)}</h3>
<ul class="fiches-toc">
${r.treatments.map((t) => `<li><a href="${escapeHtml(links.fiche(t))}">${escapeHtml(treatmentNumber(t))} — ${escapeHtml(t.title)}</a></li>`).join('\n')}
</ul>`,
  )
  .join('\n')}`;
  return renderReportPage({ title: 'Rapports', body, links });
}
