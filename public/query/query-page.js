// The query page's script: starts YASGUI on this server's /sparql and opens the example queries in tabs.
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
  const yasgui = createYasgui(host, config, endpoint);
  const queries = new Map(config.queries.map((q) => [q.name, q]));
  for (const button of document.querySelectorAll('button.example[data-query-name]')) {
    const query = queries.get(button.dataset.queryName);
    if (query) button.addEventListener('click', () => openExample(yasgui, query, endpoint));
    else button.disabled = true;
  }
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
    // The first tab is added below, with the simple table view.
    autoAddOnInit: false,
    corsProxy: undefined,
    copyEndpointOnNewTab: true,
    requestConfig: { endpoint, method: 'POST' },
    // Only this server is offered, never the default DBpedia / Wikidata catalogue.
    endpointCatalogueOptions: { getData: () => [{ endpoint }] },
    // A shared link may carry a query, not another endpoint.
    populateFromUrl: (tab) => ({ ...tab, requestConfig: { ...tab.requestConfig, endpoint } }),
    yasqe: { value: config.defaultQuery, prefixCcApi: null, autocompleters: [...LOCAL_AUTOCOMPLETERS], editorHeight: '360px' },
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

function openExample(yasgui, query, endpoint) {
  const tab = yasgui.addTab(true, describeTab(query.title, query.text, endpoint), { avoidDuplicateTabs: true });
  const panel = document.getElementById('yasgui');
  if (panel.getBoundingClientRect().top < 0 || panel.getBoundingClientRect().top > window.innerHeight) panel.scrollIntoView({ block: 'start' });
  return tab;
}

function showStartupError(error) {
  const host = document.getElementById('yasgui');
  const message = document.createElement('p');
  message.className = 'startup-error';
  message.textContent = `L’éditeur n’a pas pu démarrer : ${error instanceof Error ? error.message : String(error)}. Le point d’accès /sparql reste utilisable par tout client SPARQL.`;
  host.replaceChildren(message);
  console.error(error);
}
