// The query page's script: starts YASGUI on this server's /sparql, in French, and opens the example queries in tabs.
'use strict';

/** YASQE autocompleters that work offline; "property" and "class" would query lov.linkeddata.es. */
const LOCAL_AUTOCOMPLETERS = ['variables', 'prefixes'];

startQueryPage().catch(showStartupError);

async function startQueryPage() {
  const host = document.getElementById('yasgui');
  const response = await fetch(host.dataset.configUrl, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`configuration indisponible (HTTP ${response.status})`);
  const config = await response.json();
  const endpoint = new URL(config.endpoint, window.location.href).href;
  registerFrenchTable(config.labelsUrl);
  const yasgui = createYasgui(host, config, endpoint);
  const queries = new Map(config.queries.map((q) => [q.name, q]));
  for (const button of document.querySelectorAll('button.example[data-query-name]')) {
    const query = queries.get(button.dataset.queryName);
    if (query) button.addEventListener('click', () => openExample(yasgui, query, endpoint));
    else button.disabled = true;
  }
  // A link from another page may name an example (/query?example=…): it opens in its tab, ready to run.
  const asked = queries.get(new URLSearchParams(window.location.search).get('example'));
  if (asked) openExample(yasgui, asked, endpoint, { scroll: false });
  makeAccessible(yasgui);
  document.body.dataset.queryPage = 'ready';
}

function createYasgui(host, config, endpoint) {
  const { Yasgui } = window;
  if (typeof Yasgui !== 'function') throw new Error('YASGUI n’a pas été chargé');
  // YASGUI deep-merges arrays index by index: the defaults themselves must lose the network autocompleters.
  Yasgui.Yasqe.defaults.autocompleters = [...LOCAL_AUTOCOMPLETERS];
  Yasgui.defaults.yasqe.autocompleters = [...LOCAL_AUTOCOMPLETERS];
  const yasgui = new Yasgui(host, {
    tabName: 'Requête',
    persistenceId: 'ropa-graph-query-page',
    // The editor does not take the focus on load: a keyboard user starts from the skip link and the navigation.
    autofocus: false,
    // The first tab is added below, with the simple table view.
    autoAddOnInit: false,
    corsProxy: undefined,
    copyEndpointOnNewTab: true,
    requestConfig: { endpoint, method: 'POST' },
    // Only this server is offered, never the default DBpedia / Wikidata catalogue.
    endpointCatalogueOptions: { getData: () => [{ endpoint }] },
    // A shared link may carry a query, not another endpoint.
    populateFromUrl: (tab) => ({ ...tab, requestConfig: { ...tab.requestConfig, endpoint } }),
    yasqe: {
      value: config.defaultQuery,
      prefixCcApi: null,
      autocompleters: [...LOCAL_AUTOCOMPLETERS],
      editorHeight: '360px',
      // Tab leaves the editor (no keyboard trap); Ctrl+] and Ctrl+[ indent, as the page says.
      extraKeys: { Tab: false, 'Shift-Tab': false },
      // A contenteditable input is what screen readers read best, and it sits inside the editor's scrolled area.
      inputStyle: 'contenteditable',
      screenReaderLabel: 'Requête SPARQL',
    },
    yasr: { prefixes: config.prefixes },
  });
  // Tabs kept in this browser from an earlier visit point at this server too.
  const kept = yasgui.persistentConfig.getTabs();
  for (const id of kept) {
    const tab = yasgui.getTab(id);
    if (tab && tab.getEndpoint() !== endpoint) tab.setEndpoint(endpoint);
  }
  if (kept.length === 0) yasgui.addTab(true, describeTab('Requête', config.defaultQuery, endpoint));
  return yasgui;
}

/** A tab's settings: its query, this endpoint, and YASR's simple table view (plain values, prefixed IRIs, text wrapped rather than cut). */
function describeTab(name, query, endpoint) {
  return {
    name,
    yasqe: { value: query },
    requestConfig: { endpoint },
    yasr: { settings: { selectedPlugin: 'table', pluginsConfig: { table: { compact: true, isEllipsed: false } } } },
  };
}

function openExample(yasgui, query, endpoint, { scroll = true } = {}) {
  const tab = yasgui.addTab(true, describeTab(query.title, query.text, endpoint), { avoidDuplicateTabs: true });
  const panel = document.getElementById('yasgui');
  if (scroll && (panel.getBoundingClientRect().top < 0 || panel.getBoundingClientRect().top > window.innerHeight)) panel.scrollIntoView({ block: 'start' });
  return tab;
}

// ---------------------------------------------------------------- Results in French, with labels

/** DataTables' own texts, in French. */
const TABLE_LANGUAGE = {
  emptyTable: 'Aucun résultat',
  info: 'Lignes _START_ à _END_ sur _TOTAL_',
  infoEmpty: 'Aucune ligne',
  infoFiltered: '(filtrées parmi _MAX_)',
  zeroRecords: 'Aucune ligne ne correspond au filtre',
  lengthMenu: '_MENU_ lignes par page',
  search: 'Filtrer :',
  paginate: { first: 'Première', last: 'Dernière', next: 'Suivante', previous: 'Précédente' },
  aria: { orderable: 'trier par cette colonne', orderableReverse: 'inverser le tri', orderableRemove: 'annuler le tri', paginate: { first: 'Première page', last: 'Dernière page', next: 'Page suivante', previous: 'Page précédente' } },
};

/** Labels already asked for, shared by every tab: the graph does not change while the page is open. */
const knownLabels = new Map();

/**
 * YASR's table, in French, each IRI shown with its label (read from this server) and each duration readable
 * ("10 ans (P10Y)"). A subclass of YASR's own table: sorting, paging and downloads stay YASR's.
 */
function registerFrenchTable(labelsUrl) {
  const { Yasr } = window.Yasgui;
  const Table = Yasr.plugins.table;
  class FrenchTable extends Table {
    constructor(yasr) {
      super(yasr);
      this.label = 'Tableau';
      // The help button links to YASGUI's documentation on another site.
      this.helpReference = undefined;
      this.config = { ...Table.defaults, openIriInNewWindow: false, tableConfig: { ...Table.defaults.tableConfig, language: TABLE_LANGUAGE } };
    }

    async draw(persistentConfig) {
      await fetchLabels(labelsUrl, this.yasr.results);
      super.draw(persistentConfig);
      this.tableEl?.setAttribute('aria-describedby', 'result-status');
      announceResults(this.yasr.results);
    }

    getCellContent(binding, prefixes) {
      if (binding.type === 'uri') {
        const known = knownLabels.get(binding.value);
        const link = this.getUriLinkFromBinding(binding, prefixes);
        if (!known) return `<div><span>${link}</span></div>`;
        const lang = known.language && known.language !== 'fr' ? ` lang="${escapeHtml(known.language)}"` : '';
        return `<div><span class="iri-label"${lang}>${escapeHtml(known.label)}</span> <span class="iri-link">${link}</span></div>`;
      }
      const lang = binding['xml:lang'] && !binding['xml:lang'].startsWith('fr') ? ` lang="${escapeHtml(binding['xml:lang'])}"` : '';
      const duration = binding.datatype === 'http://www.w3.org/2001/XMLSchema#duration' ? describeDuration(binding.value) : undefined;
      if (duration) return `<div><span class="nonIri">${escapeHtml(duration)} (${escapeHtml(binding.value)})</span></div>`;
      return `<div><span class="nonIri"${lang}>${this.formatLiteral(binding, prefixes)}</span></div>`;
    }

    drawControls() {
      super.drawControls();
      translateControls(this.tableControls);
    }
  }
  Yasr.registerPlugin('table', FrenchTable);
  const Response = Yasr.plugins.response;
  Yasr.registerPlugin(
    'response',
    class FrenchResponse extends Response {
      constructor(yasr) {
        super(yasr);
        this.label = 'Réponse brute';
        this.helpReference = undefined;
      }
    },
  );
  // The line above the results ("4 results in 0.069 seconds"), in French.
  Yasr.prototype.updateResponseInfo = function updateResponseInfoInFrench() {
    if (!this.dataElement) return;
    this.dataElement.classList.toggle('empty', !this.results);
    if (!this.results) return void (this.dataElement.textContent = '');
    const rows = this.results.getBindings()?.length;
    const seconds = this.results.getResponseTime() / 1000;
    const count = rows === undefined ? 'Réponse' : `${rows} résultat${rows > 1 ? 's' : ''}`;
    this.dataElement.textContent = Number.isFinite(seconds) && seconds > 0 ? `${count} en ${seconds.toLocaleString('fr-FR')} s` : count;
  };
  // YASQE rewrites its run button's English title whenever the query changes: French after it.
  const { Yasqe } = window.Yasgui;
  const updateQueryButton = Yasqe.prototype.updateQueryButton;
  Yasqe.prototype.updateQueryButton = function updateQueryButtonInFrench(...args) {
    updateQueryButton.apply(this, args);
    if (this.queryBtn && !this.config.queryingDisabled) {
      this.queryBtn.title = 'Lancer la requête (Ctrl+Entrée)';
      this.queryBtn.setAttribute('aria-label', 'Lancer la requête');
    }
  };
  // YASR's "?" button links to YASGUI's documentation on another site: drawn, then taken out of the page.
  const drawDocumentationButton = Yasr.prototype.drawDocumentationButton;
  Yasr.prototype.drawDocumentationButton = function drawNoDocumentationButton() {
    drawDocumentationButton.call(this);
    this.documentationLink.remove();
  };
}

async function fetchLabels(labelsUrl, results) {
  if (!results || !results.getBindings()) return;
  const wanted = new Set();
  for (const row of results.getBindings()) for (const value of Object.values(row)) if (value.type === 'uri' && !knownLabels.has(value.value)) wanted.add(value.value);
  if (wanted.size === 0) return;
  try {
    const response = await fetch(labelsUrl, { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify({ iris: [...wanted].slice(0, 5000) }) });
    if (!response.ok) return;
    const { labels } = await response.json();
    for (const iri of wanted) knownLabels.set(iri, labels[iri] ?? null);
  } catch {
    // Without labels the table still shows the IRIs.
  }
}

/** The French words of YASR's table controls, and names for the controls that have none. */
function translateControls(controls) {
  if (!controls) return;
  const texts = { 'Simple view': 'Vue simple', Ellipse: 'Abréger', 'Page size: ': 'Lignes par page : ' };
  for (const el of controls.querySelectorAll('.label, .pageSizerLabel')) if (texts[el.textContent]) el.textContent = texts[el.textContent];
  const filter = controls.querySelector('.tableFilter');
  if (filter) {
    filter.placeholder = 'Filtrer les résultats';
    filter.setAttribute('aria-label', 'Filtrer les résultats');
  }
  const sizer = controls.querySelector('.tableSizer');
  if (sizer) {
    sizer.setAttribute('aria-label', 'Lignes par page');
    for (const option of sizer.options) if (option.value === '-1') option.textContent = 'Toutes';
  }
}

const DURATION_UNITS = [
  ['Y', 'an', 'ans'],
  ['M', 'mois', 'mois'],
  ['W', 'semaine', 'semaines'],
  ['D', 'jour', 'jours'],
];
const TIME_UNITS = [
  ['H', 'heure', 'heures'],
  ['M', 'minute', 'minutes'],
  ['S', 'seconde', 'secondes'],
];

/** "P10Y" → "10 ans", "P1Y6M" → "1 an 6 mois"; undefined for what is not an xsd:duration. */
function describeDuration(text) {
  const match = /^(-?)P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(text);
  if (!match || text === 'P' || text.endsWith('T')) return undefined;
  const parts = [];
  [...DURATION_UNITS, ...TIME_UNITS].forEach(([, one, many], i) => {
    const value = match[i + 2];
    if (value !== undefined) parts.push(`${value.replace('.', ',')} ${Number(value) > 1 ? many : one}`);
  });
  return parts.length === 0 ? undefined : `${match[1] ? 'moins ' : ''}${parts.join(' ')}`;
}

function announceResults(results) {
  const status = document.getElementById('result-status');
  if (!status || !results) return;
  const rows = results.getBindings()?.length;
  status.textContent = rows === undefined ? '' : rows === 0 ? 'Aucun résultat' : `${rows} résultat${rows > 1 ? 's' : ''}`;
}

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

// ---------------------------------------------------------------- Accessibility of YASGUI's own controls

/** Names and roles YASGUI leaves out, set again whenever it redraws a tab. */
function makeAccessible(yasgui) {
  // A tab list may hold tabs only: the "new tab" button goes beside it (new tabs are then appended to the list).
  const list = yasgui.tabElements._tabsListEl;
  const add = yasgui.tabElements.addTabEl;
  if (list && add) {
    const bar = document.createElement('div');
    bar.className = 'tabs-bar';
    list.before(bar);
    bar.append(list, add);
    yasgui.tabElements.addTabEl = null;
  }
  const fix = () => {
    const root = document.getElementById('yasgui');
    for (const input of root.querySelectorAll('.autocompleteWrapper input')) input.setAttribute('aria-label', 'Point d’accès SPARQL');
    // The editor's input is a multi-line text box (its completion list sets aria-autocomplete, which needs that role).
    for (const editor of root.querySelectorAll('.CodeMirror-code[contenteditable]')) {
      editor.setAttribute('role', 'textbox');
      editor.setAttribute('aria-multiline', 'true');
      editor.setAttribute('aria-describedby', 'editor-help');
    }
    for (const el of root.querySelectorAll('.yasr_downloadIcon')) el.setAttribute('aria-label', 'Télécharger les résultats');
    for (const el of root.querySelectorAll('.yasqe_share')) {
      el.setAttribute('aria-label', 'Partager la requête');
      el.title = 'Partager la requête';
    }
    for (const el of root.querySelectorAll('.tabsList .addTab')) {
      el.setAttribute('aria-label', 'Nouvel onglet');
      el.setAttribute('title', 'Nouvel onglet');
    }
    for (const el of root.querySelectorAll('.yasr .select_response, .yasr .select_table')) el.setAttribute('aria-pressed', el.classList.contains('selected') ? 'true' : 'false');
  };
  fix();
  yasgui.on('tabSelect', () => setTimeout(fix));
  yasgui.on('tabAdd', () => setTimeout(fix));
  yasgui.on('queryResponse', () => setTimeout(fix));
}

function showStartupError(error) {
  const host = document.getElementById('yasgui');
  const message = document.createElement('p');
  message.className = 'startup-error';
  message.textContent = `L’éditeur n’a pas pu démarrer : ${error instanceof Error ? error.message : String(error)}. Le point d’accès /sparql reste utilisable par tout client SPARQL.`;
  host.replaceChildren(message);
  console.error(error);
}
