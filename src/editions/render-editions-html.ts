// The French HTML page of GET /diff without parameters: the pairs of editions found, each with a link to its diff.
import escapeHtml from 'escape-html';
import { renderPage } from '../html/render-page.ts';
import type { EditionSummary } from './summarise-editions.ts';
import { PAGE_MEDIA_TYPES } from '../rdf/formats.ts';

export interface EditionLink {
  edition: EditionSummary;
  /** The diff from the older to the newer edition. */
  href: string;
}

export function renderEditionsHtml(links: readonly EditionLink[], registers: readonly string[], jsonHref: string): string {
  const e = (text: string | number) => escapeHtml(String(text));
  const parts = ['<h1>Éditions des registres</h1>'];
  parts.push('<p>Deux registres sont tenus pour deux éditions d’un même registre quand ils ont un responsable commun et que la plupart de leurs traitements se retrouvent de l’un à l’autre. L’ordre des éditions se lit dans leurs textes, jamais dans le nom des fichiers.</p>');
  if (links.length === 0) parts.push('<p>Aucune paire d’éditions parmi les registres.</p>');
  for (const { edition, href } of links) {
    parts.push(`<section><h2>${e(edition.older.slug)} → ${e(edition.newer.slug)}</h2>`);
    parts.push(`<p>${edition.ordered ? `<strong>${e(edition.newer.slug)}</strong> (${e(edition.newer.title)}) révise <strong>${e(edition.older.slug)}</strong> (${e(edition.older.title)})` : `Ordre indéterminé entre ${e(edition.newer.slug)} et ${e(edition.older.slug)}`} : ${edition.aligned} traitements appariés, ${edition.added} ajoutés, ${edition.removed} retirés. <a href="${e(href)}">Voir les différences</a></p>`);
    parts.push(`<p class="note">${e(edition.reason)}</p></section>`);
  }
  parts.push(`<p>Comparer deux registres quelconques : <code>/diff?from=…&amp;to=…</code> avec l’un de ${registers.map((r) => `<code>${e(r)}</code>`).join(', ')}. <a href="${e(jsonHref)}">JSON</a></p>`);
  return renderPage({ title: 'Éditions des registres', section: 'diff', body: parts.join('\n'), alternates: [{ href: jsonHref, mediaType: PAGE_MEDIA_TYPES.json }] });
}
