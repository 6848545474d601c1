// The HTML page of /export: every dump, whole graph and per register, with a download link per format.
import escapeHtml from 'escape-html';
import type { Dump } from './list-dumps.ts';
import { renderPage } from '../html/render-page.ts';

export function renderExportIndex(dumps: readonly Dump[], baseIri: string): string {
  const rows = dumps
    .map((dump) => {
      // A register's graph is named by its IRI, which is also its page on this server.
      const title = dump.kind === 'register' && dump.graph?.startsWith(baseIri)
        ? `<a href="/${escapeHtml(dump.graph.slice(baseIri.length))}">${escapeHtml(dump.title)}</a>`
        : escapeHtml(dump.title);
      const links = dump.files
        .map((f) => `<a href="/${escapeHtml(f.path)}" download="${escapeHtml(f.filename)}" type="${escapeHtml(f.format.mediaType)}">${escapeHtml(f.format.label)}</a>`)
        .join(' · ');
      return `<tr><th scope="row">${title}<br><code>${escapeHtml(dump.name)}</code></th><td class="number" data-label="Triplets">${dump.triples.toLocaleString('fr-FR')}</td><td data-label="Téléchargements">${links}</td></tr>`;
    })
    .join('\n');
  const body = `<h1>Exports du graphe</h1>
<p>Le graphe complet (registres, catalogues des entités partagées, éditions et ontologie), chaque registre et chaque autre graphe nommé séparément, dans six formats RDF.
N-Quads et TriG gardent les graphes nommés (un par registre) ; Turtle, JSON-LD, N-Triples et RDF/XML les fusionnent.
Chaque adresse sans extension (<code>/export/all</code>, <code>/export/register/&lt;registre&gt;</code>, <code>/export/graph/&lt;graphe&gt;</code>) choisit le format selon l’en-tête <code>Accept</code>.
La même chose en JSON : <code>Accept: application/json</code> sur cette page.</p>
<table class="exports">
<thead><tr><th scope="col">Jeu de données</th><th scope="col">Triplets</th><th scope="col">Téléchargements</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<p>Le catalogue de ces téléchargements au profil européen DCAT-AP, que data.gouv.fr et data.europa.eu moissonnent : <a href="/catalog">/catalog</a> (Turtle, RDF/XML, JSON-LD). Description VoID du jeu de données : <a href="/.well-known/void">/.well-known/void</a>.</p>`;
  return renderPage({ title: 'Téléchargements', section: 'export', body });
}
