// The HTML of the query page: French text, the example list, and where the script finds its configuration.
import escapeHtml from 'escape-html';
import type { CannedQuery } from '../../sparql/load-canned-queries.ts';

export interface QueryPageUrls {
  yasguiScript: string;
  yasguiStyle: string;
  pageScript: string;
  pageStyle: string;
  icon: string;
  config: string;
}

export function renderQueryPage(queries: readonly CannedQuery[], urls: QueryPageUrls): string {
  const examples = queries.length === 0 ? '<p>Aucune requête d’exemple n’est installée (dossier <code>queries/</code>).</p>' : `<ul class="examples-list">\n${queries.map(renderExample).join('\n')}\n</ul>`;
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Registres RGPD des ministères — interroger le graphe en SPARQL</title>
<link rel="icon" href="${escapeHtml(urls.icon)}" type="image/svg+xml">
<link rel="stylesheet" href="${escapeHtml(urls.yasguiStyle)}">
<link rel="stylesheet" href="${escapeHtml(urls.pageStyle)}">
<script src="${escapeHtml(urls.yasguiScript)}" defer></script>
<script src="${escapeHtml(urls.pageScript)}" defer></script>
</head>
<body>
<header class="page-header">
<h1>Registres des activités de traitement — interroger le graphe</h1>
<p>Les registres RGPD (article 30) publiés par des ministères, convertis en graphe de connaissances selon le vocabulaire W3C <abbr title="Data Privacy Vocabulary">DPV</abbr> 2.3 : traitements, responsables, données, systèmes, durées de conservation. Écrivez une requête SPARQL ou partez d’un exemple ; chaque résultat renvoie à la page de la ressource.</p>
<nav aria-label="Autres accès au graphe">
<ul class="page-links">
<li><a href="/export">Télécharger le graphe</a></li>
<li><a href="/.well-known/void">Description du jeu de données (VoID)</a></li>
<li><a href="/sparql">Description du service SPARQL</a></li>
</ul>
</nav>
</header>
<main class="query-layout">
<section class="examples" aria-labelledby="examples-title">
<h2 id="examples-title">Requêtes d’exemple</h2>
<p class="examples-help">Un clic ouvre la requête dans un nouvel onglet de l’éditeur ; lancez-la avec le bouton ▶ ou Ctrl+Entrée.</p>
${examples}
</section>
<section class="editor" aria-label="Éditeur de requêtes SPARQL">
<div id="yasgui" data-config-url="${escapeHtml(urls.config)}"><noscript><p>L’éditeur de requêtes a besoin de JavaScript. Le point d’accès <a href="/sparql">/sparql</a> répond aussi à tout client SPARQL 1.1.</p></noscript></div>
</section>
</main>
</body>
</html>
`;
}

function renderExample(query: CannedQuery): string {
  const params = query.params
    .map((p) => `<span class="example-param">Paramètre <code>${escapeHtml(p.name)}</code>${p.default === undefined ? '' : `, par défaut <code>${escapeHtml(p.default)}</code>`} : ${escapeHtml(p.description)}</span>`)
    .join('');
  return `<li><button type="button" class="example" data-query-name="${escapeHtml(query.name)}"><span class="example-title">${escapeHtml(query.title)}</span><span class="example-question">${escapeHtml(query.questionFr)}</span>${params}</button></li>`;
}
