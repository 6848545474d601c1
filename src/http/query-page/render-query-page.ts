// The HTML of the query page: French text, the example list, and where the script finds its configuration.
import escapeHtml from 'escape-html';
import type { CannedQuery } from '../../sparql/load-canned-queries.ts';
import { renderPage } from '../../html/render-page.ts';

export interface QueryPageUrls {
  yasguiScript: string;
  yasguiStyle: string;
  pageScript: string;
  pageStyle: string;
  config: string;
}

export function renderQueryPage(queries: readonly CannedQuery[], urls: QueryPageUrls): string {
  const examples = queries.length === 0 ? '<p>Aucune requête d’exemple n’est installée (dossier <code>queries/</code>).</p>' : `<ul class="examples-list">\n${queries.map(renderExample).join('\n')}\n</ul>`;
  const body = `<div class="query-intro">
<h1>Interroger le graphe en SPARQL</h1>
<p>Les registres RGPD (article 30) publiés par des ministères, convertis en graphe de connaissances selon le vocabulaire W3C <abbr title="Data Privacy Vocabulary">DPV</abbr> 2.3 : traitements, responsables, données, systèmes, durées de conservation. Écrivez une requête SPARQL ou partez d’un exemple ; chaque résultat renvoie à la page de la ressource.</p>
<p class="keyboard-help" id="editor-help">Au clavier : la touche Tab sort de l’éditeur ; pour indenter, Ctrl+] (et Ctrl+[ pour désindenter) ; Ctrl+Entrée lance la requête ; Maj+Ctrl+F la met en forme.</p>
</div>
<div class="query-layout">
<section class="examples" aria-labelledby="examples-title">
<h2 id="examples-title">Requêtes d’exemple</h2>
<p class="examples-help">Un clic ouvre la requête dans un nouvel onglet de l’éditeur ; lancez-la avec le bouton ▶ ou Ctrl+Entrée.</p>
${examples}
</section>
<section class="editor" aria-labelledby="editor-title">
<h2 id="editor-title" class="visually-hidden">Éditeur de requêtes et résultats</h2>
<div id="yasgui" data-config-url="${escapeHtml(urls.config)}"><noscript><p>L’éditeur de requêtes a besoin de JavaScript. Le point d’accès <a href="/sparql">/sparql</a> répond aussi à tout client SPARQL 1.1.</p></noscript></div>
<p id="result-status" class="visually-hidden" role="status" aria-live="polite"></p>
</section>
</div>`;
  return renderPage({
    title: 'Requêtes SPARQL',
    body,
    section: 'query',
    layout: 'wide',
    stylesheets: [urls.yasguiStyle, urls.pageStyle],
    scripts: [urls.yasguiScript, urls.pageScript],
  });
}

function renderExample(query: CannedQuery): string {
  const params = query.params
    .map((p) => `<span class="example-param">Paramètre <code>${escapeHtml(p.name)}</code>${p.default === undefined ? '' : `, par défaut <code>${escapeHtml(p.default)}</code>`} : ${escapeHtml(p.description)}</span>`)
    .join('');
  return `<li><button type="button" class="example" data-query-name="${escapeHtml(query.name)}"><span class="example-title">${escapeHtml(query.title)}</span><span class="example-question">${escapeHtml(query.questionFr)}</span>${params}</button></li>`;
}
