// The HTML of the explorer page: French text, the controls, and where the script finds the API; no inline script.
import escapeHtml from 'escape-html';
import { NODE_TYPES, NODE_TYPE_LABELS, SENSITIVITY_KINDS, SENSITIVITY_LABELS, SHARED_NODE_TYPES } from './node-types.ts';
import { PREFIXES, rdfs } from '../vocab/namespaces.ts';
import { EXPLORER_RELATIONS } from './load-explorer-graph.ts';
import { renderPage } from '../html/render-page.ts';
import { QUERY_PAGE_PATH } from '../html/site-sections.ts';

/** What the page's script needs besides the API: it writes the SPARQL query of a view with these IRIs. */
export interface ExplorePageConfig {
  api: string;
  /** The query page, which opens a query given as ?query=… in a new tab. */
  queryPage: string;
  prefixes: Record<string, string>;
  relations: readonly string[];
  labelProperty: string;
  types: { key: string; label: string; shared: boolean }[];
  sensitivity: Record<string, string>;
}

export interface ExplorePageUrls {
  scripts: readonly string[];
  style: string;
  api: string;
  openapi: string;
}

export function buildExplorePageConfig(urls: Pick<ExplorePageUrls, 'api'>): ExplorePageConfig {
  return {
    api: urls.api,
    queryPage: QUERY_PAGE_PATH,
    prefixes: { ...PREFIXES },
    relations: EXPLORER_RELATIONS,
    labelProperty: rdfs.label.value,
    types: NODE_TYPES.map((key) => ({ key, label: NODE_TYPE_LABELS[key], shared: SHARED_NODE_TYPES.includes(key) })),
    sensitivity: { ...SENSITIVITY_LABELS },
  };
}

export function renderExplorePage(urls: ExplorePageUrls): string {
  const e = escapeHtml;
  const config = JSON.stringify(buildExplorePageConfig(urls));
  const filters = NODE_TYPES.map(
    (type) =>
      `<li><label class="type-filter"><input type="checkbox" name="types" value="${e(type)}"${SHARED_NODE_TYPES.includes(type) ? ' checked' : ''}><span class="swatch swatch-${e(type)}" aria-hidden="true"></span><span class="type-name">${e(NODE_TYPE_LABELS[type])}</span> <span class="type-count" data-type-count="${e(type)}"></span></label></li>`,
  ).join('\n');
  const sensitivity = SENSITIVITY_KINDS.map((kind) => `<li><span class="sensitive-mark sensitive-${e(kind)}" aria-hidden="true"></span>${e(SENSITIVITY_LABELS[kind])}</li>`).join('\n');
  const body = `<div class="explore-intro">
<h1>Explorer le graphe des registres</h1>
<p>Cherchez un traitement, un système, un organisme ou une catégorie de données ; cliquez sur un nœud pour afficher ses voisins et ses propriétés. Le lien « Partager » garde la vue courante. L’API JSON de l’explorateur est décrite dans <a href="${e(urls.openapi)}">openapi.json</a>.</p>
</div>
<div class="explore-layout" id="explorer" data-config="${e(config)}">
<section class="controls" aria-labelledby="controls-title">
<h2 id="controls-title" class="visually-hidden">Recherche et filtres</h2>
<form class="search" id="search-form" role="search">
<label for="search-input">Rechercher un nœud</label>
<div class="search-row"><input id="search-input" name="q" type="search" autocomplete="off" spellcheck="false" placeholder="ex. RIO, Office 365, NIR, DDC…" maxlength="200"><button type="submit">Chercher</button></div>
<ul id="search-results" class="search-results" aria-label="Résultats de la recherche" hidden></ul>
<p id="search-count" class="visually-hidden" role="status" aria-live="polite"></p>
</form>
<details class="filters-box" id="filters-box" open>
<summary>Types affichés et légende</summary>
<fieldset class="filters" id="type-filters">
<legend class="visually-hidden">Types de nœuds affichés</legend>
<ul class="type-list">
${filters}
</ul>
</fieldset>
</details>
<div class="view-controls">
<label for="depth-select">Profondeur</label>
<select id="depth-select"><option value="1">1 (voisins)</option><option value="2">2 (voisins des voisins)</option></select>
<button type="button" id="show-all">Tout le graphe</button>
<button type="button" id="fit-view">Recentrer</button>
<button type="button" id="clear-view">Vider</button>
</div>
<div class="share">
<a id="share-link" href="#">Partager cette vue</a>
<button type="button" id="copy-link">Copier le lien</button>
<a id="view-sparql" href="${e(QUERY_PAGE_PATH)}">Requête SPARQL de la vue</a>
</div>
<details class="sensitive-legend" open><summary>Données sensibles</summary><ul>
${sensitivity}
</ul><p class="hint">Un traitement est entouré de la couleur des données sensibles qu’il traite.</p></details>
<p id="status" class="status" role="status" aria-live="polite">Chargement…</p>
</section>
<section class="graph-area" aria-labelledby="graph-title">
<h2 id="graph-title" class="visually-hidden">Graphe</h2>
<div id="graph" class="graph" role="img" aria-label="Dessin du graphe : la liste des nœuds affichés suit."></div>
<details class="node-list"><summary>Nœuds affichés (<span id="node-count">0</span>)</summary><ul id="node-list"></ul></details>
</section>
<aside id="panel" class="panel" aria-live="polite" aria-label="Détails du nœud">
<p class="panel-empty">Sélectionnez un nœud pour voir ses propriétés.</p>
</aside>
</div>`;
  return renderPage({
    title: 'Explorer le graphe',
    body,
    section: 'explore',
    layout: 'wide',
    stylesheets: [urls.style],
    scripts: urls.scripts,
    afterMain: `<noscript><p>L’explorateur a besoin de JavaScript. L’API JSON décrite dans <a href="${e(urls.openapi)}">openapi.json</a> et le point d’accès <a href="/sparql">/sparql</a> s’en passent.</p></noscript>`,
  });
}
