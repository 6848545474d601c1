// The /checks page: the compliance report in French, by register then severity, each treatment linked to its page.
import escapeHtml from 'escape-html';
import { renderPage } from '../html/render-page.ts';
import { SEVERITIES, SEVERITY_LABELS, formatCount, type CheckReport, type CheckResult, type RegisterGroup, type Severity } from './check-report.ts';
import { groupByCheck } from './group-by-check.ts';
import { FORMATS, PAGE_MEDIA_TYPES } from '../rdf/formats.ts';

export interface ChecksPageLinks {
  /** The page of a resource of the graph (server-relative for ours). */
  resource(iri: string): string;
  /** This report in another format ("json", "ttl"). */
  format(name: string): string;
}

const STYLE = `<style>
.severity { display: inline-block; border-radius: 3px; padding: 0 0.4em; font-size: 0.85em; font-weight: 600; }
.severity.violation { background: #fde8e8; color: #9b1c1c; }
.severity.warning { background: #fdf6b2; color: #723b13; }
.severity.info { background: #e1effe; color: #1e429f; }
.check-message { margin: 0.25rem 0; color: var(--muted); }
ul.results { margin: 0.25rem 0 1rem; }
form.as-of { display: flex; gap: 0.5rem; align-items: baseline; flex-wrap: wrap; }
</style>`;

export function renderChecksPage(report: CheckReport, links: ChecksPageLinks): string {
  const body = [
    STYLE,
    '<h1>Contrôles de conformité des registres</h1>',
    `<p>${report.treatments} traitements contrôlés au ${escapeHtml(report.asOf)} : ${SEVERITIES.map((s) => renderBadge(s, formatCount(report.counts[s], s))).join(' ')}</p>`,
    `<form class="as-of" method="get" action="/checks"><label for="as-of">Date de référence (ancienneté des fiches)</label> <input type="date" id="as-of" name="as-of" value="${escapeHtml(report.asOf)}" required> <button type="submit">Recalculer</button></form>`,
    renderChecksTable(report),
    ...report.registers.map((r) => renderRegister(r, links)),
    `<h2>Autres formats</h2>
<ul class="inline"><li><a href="${escapeHtml(links.format('json'))}" type="${PAGE_MEDIA_TYPES.json}">JSON</a></li><li><a href="${escapeHtml(links.format('ttl'))}" type="${FORMATS.turtle.mediaType}">Rapport de validation SHACL (Turtle)</a></li></ul>`,
  ];
  return renderPage({
    title: 'Contrôles de conformité',
    section: 'checks',
    body: body.join('\n'),
    alternates: [
      { href: links.format('json'), mediaType: PAGE_MEDIA_TYPES.json },
      { href: links.format('ttl'), mediaType: FORMATS.turtle.mediaType },
    ],
  });
}

function renderChecksTable(report: CheckReport): string {
  const rows = report.checks
    .map(
      (c) => `<tr><td data-label="Gravité">${renderBadge(c.severity, SEVERITY_LABELS[c.severity].one)}</td><td data-label="Contrôle">${escapeHtml(c.name)}<br><span class="curie">${escapeHtml(c.id)}</span></td><td class="number" data-label="Résultats">${c.count}</td><td data-label="Message">${escapeHtml(c.message)}</td></tr>`,
    )
    .join('\n');
  return `<h2>Contrôles</h2>
<table>
<thead><tr><th scope="col">Gravité</th><th scope="col">Contrôle</th><th scope="col">Résultats</th><th scope="col">Message</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`;
}

function renderRegister(register: RegisterGroup, links: ChecksPageLinks): string {
  const title = register.iri ? `<a href="${escapeHtml(links.resource(register.iri))}">${escapeHtml(register.title)}</a>` : escapeHtml(register.title);
  const file = register.file ? ` <span class="hint">${escapeHtml(register.file)}</span>` : '';
  const counts = SEVERITIES.map((s) => formatCount(register.counts[s], s)).join(', ');
  const sections = register.severities.map(({ severity, results }) => {
    const groups = groupByCheck(results)
      .map((group) => {
        const first = group[0] as CheckResult;
        const items = group.map((r) => `<li>${renderResult(r, links)}</li>`).join('');
        return `<h4>${escapeHtml(first.checkName)} <span class="curie">${escapeHtml(first.check)}</span></h4>
<p class="check-message">${escapeHtml(first.message)}</p>
<ul class="results">${items}</ul>`;
      })
      .join('\n');
    return `<h3>${renderBadge(severity, `${SEVERITY_LABELS[severity].many} (${results.length})`)}</h3>\n${groups}`;
  });
  const empty = register.severities.length === 0 ? '<p class="note">Aucun résultat : tous les contrôles sont satisfaits.</p>' : '';
  const slug = register.iri ? decodeURIComponent(register.iri.slice(register.iri.lastIndexOf('/') + 1)) : '';
  return `<section class="register"${slug ? ` id="${escapeHtml(checksAnchor(slug))}"` : ''}>
<h2>${title}${file}</h2>
<p class="note">${counts}</p>
${empty}${sections.join('\n')}
</section>`;
}

function renderResult(r: CheckResult, links: ChecksPageLinks): string {
  const treatment = `<a href="${escapeHtml(links.resource(r.focusNode))}">${escapeHtml(r.treatment)}</a>`;
  if (!r.value) return treatment;
  const label = escapeHtml(r.value.label);
  const value = r.value.termType === 'NamedNode' ? `<a href="${escapeHtml(links.resource(r.value.value))}">${label}</a>` : label;
  return `${treatment} — ${value}`;
}

function renderBadge(severity: Severity, text: string): string {
  return `<span class="severity ${severity}">${escapeHtml(text)}</span>`;
}

/** The id of a register's section on this page, which the home page and the register pages link to. */
export function checksAnchor(slug: string): string {
  return `registre-${slug}`;
}
