// The explorer page's script: search, neighbourhoods and paths from /explore/*, drawn with cytoscape (fcose layout).
'use strict';

/** Node shapes by type: with the colours, a second way to tell the types apart. */
const SHAPES = {
  treatment: 'round-rectangle',
  system: 'hexagon',
  register: 'rectangle',
  organisation: 'barrel',
  'data-category': 'ellipse',
  'data-subject': 'round-triangle',
  'legal-basis': 'diamond',
  policy: 'octagon',
  purpose: 'round-tag',
  retention: 'vee',
  activity: 'rhomboid',
  country: 'star',
};
const SENSITIVE_BORDER = { art9: 'solid', art10: 'double', nir: 'dashed', other: 'solid' };
/** Above this many nodes the drawing is a map: labels only when zoomed in, except for the hubs. */
const LARGE_VIEW = 120;
const NODE_LIMIT = 150;

const explorer = {
  config: null,
  cy: null,
  colours: {},
  /** What the URL keeps: mode "focus" (neighbourhoods of `focus`), "all" (whole graph) or "path" (from → to). */
  state: { mode: 'focus', focus: [], depth: 1, types: new Set(), selected: null, from: null, to: null },
  /** Properties of nodes already asked for, by IRI. */
  details: new Map(),
  /** Set by "Chercher un chemin depuis ce nœud": the next node chosen ends the path. */
  pathStart: null,
  lastHash: '',
  stats: null,
  busy: 0,
  /** Bumped by every new view: an answer that arrives for an older one is dropped. */
  generation: 0,
};
window.ropaExplorer = explorer;

start().catch((error) => showStatus(`L’explorateur n’a pas pu démarrer : ${error.message}`, true));

async function start() {
  const host = document.getElementById('explorer');
  explorer.config = JSON.parse(host.dataset.config);
  const styles = getComputedStyle(document.documentElement);
  for (const t of explorer.config.types) explorer.colours[t.key] = styles.getPropertyValue(`--type-${t.key}`).trim() || '#888';
  explorer.sensitiveColour = styles.getPropertyValue('--sensitive').trim() || '#d00000';
  if (typeof window.cytoscape !== 'function') throw new Error('la bibliothèque de graphes (cytoscape) n’a pas été chargée');
  explorer.cy = createGraph(document.getElementById('graph'));
  bindControls();
  window.addEventListener('hashchange', () => {
    if (location.hash !== explorer.lastHash) applyHash().catch(reportError);
  });
  explorer.stats = await getJson('stats', { limit: '8' });
  for (const row of explorer.stats.byType) {
    const cell = document.querySelector(`[data-type-count="${row.type}"]`);
    if (cell) cell.textContent = `(${row.count})`;
  }
  // On a phone the graph comes first: the filters and the legend open on demand.
  if (window.matchMedia('(max-width: 760px)').matches) {
    document.querySelector('.sensitive-legend').open = false;
    document.getElementById('filters-box').open = false;
  }
  await applyHash();
}

// ---------------------------------------------------------------- API

async function getJson(endpoint, params) {
  const url = `${explorer.config.api}/${endpoint}?${new URLSearchParams(params)}`;
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new Error(body?.error?.message ?? `HTTP ${response.status}`);
  return body;
}

const typesParam = () => [...explorer.state.types].join(',');

// ---------------------------------------------------------------- State and URL

function readHash() {
  const params = new URLSearchParams(location.hash.slice(1));
  const known = new Set(explorer.config.types.map((t) => t.key));
  const types = (params.get('types') ?? '').split(',').filter((t) => known.has(t));
  return {
    mode: params.get('view') === 'all' ? 'all' : params.has('from') && params.has('to') ? 'path' : 'focus',
    focus: params.getAll('focus'),
    depth: params.get('depth') === '2' ? 2 : 1,
    types: new Set(types.length > 0 ? types : explorer.config.types.filter((t) => t.shared).map((t) => t.key)),
    selected: params.get('sel'),
    from: params.get('from'),
    to: params.get('to'),
  };
}

function writeHash() {
  const s = explorer.state;
  const params = new URLSearchParams();
  if (s.mode === 'all') params.set('view', 'all');
  if (s.mode === 'path') {
    params.set('from', s.from);
    params.set('to', s.to);
  }
  if (s.mode === 'focus') for (const iri of s.focus) params.append('focus', iri);
  if (s.mode === 'focus' && s.depth !== 1) params.set('depth', String(s.depth));
  params.set('types', [...s.types].join(','));
  if (s.selected) params.set('sel', s.selected);
  const hash = `#${params}`;
  explorer.lastHash = hash;
  if (location.hash !== hash) history.replaceState(null, '', hash);
  document.getElementById('share-link').href = location.href;
  document.getElementById('view-sparql').href = sparqlLink();
  document.getElementById('copy-link').disabled = false;
}

async function applyHash() {
  explorer.state = readHash();
  for (const box of document.querySelectorAll('input[name="types"]')) box.checked = explorer.state.types.has(box.value);
  document.getElementById('depth-select').value = String(explorer.state.depth);
  await render();
}

// ---------------------------------------------------------------- Drawing

function createGraph(container) {
  const cy = window.cytoscape({
    container,
    minZoom: 0.08,
    maxZoom: 3,
    boxSelectionEnabled: false,
    selectionType: 'single',
    style: graphStyle(),
  });
  cy.on('tap', 'node', (event) => onNodeChosen(event.target.id()).catch(reportError));
  let pending = false;
  cy.on('zoom', () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      updateHubLabels();
    });
  });
  cy.on('mouseover', 'edge', (event) => event.target.addClass('hover'));
  cy.on('mouseout', 'edge', (event) => event.target.removeClass('hover'));
  cy.on('tap', (event) => {
    if (event.target === cy) clearHighlight();
  });
  return cy;
}

function graphStyle() {
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(colour)',
        shape: 'data(shape)',
        width: 'mapData(degree, 1, 60, 20, 44)',
        height: 'mapData(degree, 1, 60, 20, 44)',
        label: 'data(display)',
        color: '#1d1d1f',
        'font-size': 11,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 3,
        'text-wrap': 'wrap',
        'text-max-width': 130,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': 1,
        'text-background-shape': 'round-rectangle',
        'min-zoomed-font-size': 7,
        'border-width': 1,
        'border-color': '#ffffff',
      },
    },
    { selector: 'node.large', style: { 'font-size': 10, 'text-max-width': 110, 'min-zoomed-font-size': 8 } },
    { selector: 'node.large.hub', style: { 'font-size': 'data(hubFont)', 'text-max-width': 'mapData(hubFont, 10, 48, 110, 500)', 'font-weight': 'bold', 'z-index': 15, 'text-background-opacity': 0.9 } },
    { selector: 'node.large.hub.hub-hidden', style: { 'font-size': 10, 'font-weight': 'normal', 'text-max-width': 110 } },
    { selector: 'node.focus', style: { 'border-width': 3, 'border-color': '#111111' } },
    {
      selector: 'node.sensitive',
      style: {
        'border-width': 4,
        'border-color': 'data(sensitiveColour)',
        'border-style': 'data(sensitiveBorder)',
        'underlay-color': 'data(sensitiveColour)',
        'underlay-opacity': 0.18,
        'underlay-padding': 5,
      },
    },
    { selector: 'node.sensitive[sensitiveBorder = "double"]', style: { 'border-width': 6 } },
    { selector: 'node:selected', style: { 'overlay-color': '#000091', 'overlay-opacity': 0.18, 'overlay-padding': 6, 'z-index': 20 } },
    { selector: 'node.faded', style: { opacity: 0.3 } },
    {
      selector: 'edge',
      style: {
        width: 1.2,
        'line-color': '#b4b9c3',
        'curve-style': 'bezier',
        'target-arrow-shape': 'triangle',
        'target-arrow-color': '#b4b9c3',
        'arrow-scale': 0.7,
        'font-size': 9,
        color: '#3c3f45',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        'text-background-padding': 1,
        'min-zoomed-font-size': 7,
      },
    },
    { selector: 'edge.faded', style: { opacity: 0.15 } },
    { selector: 'edge.highlight, edge.path', style: { width: 2.2, 'line-color': '#4b5563', 'target-arrow-color': '#4b5563', 'z-index': 10 } },
    { selector: 'edge.labelled, edge.hover', style: { label: 'data(label)' } },
  ];
}

/** Cytoscape elements from API nodes and edges; `hidden` is recomputed from what is drawn. */
function toElements(nodes, edges) {
  const elements = [];
  for (const node of nodes) {
    const kind = node.sensitive[0];
    elements.push({
      group: 'nodes',
      // Scattered until the layout places them: nodes piled on one spot make edges that cannot be drawn.
      position: { x: Math.random() * 1000, y: Math.random() * 1000 },
      data: {
        id: node.iri,
        type: node.type,
        typeLabel: node.typeLabel,
        label: node.label,
        shortLabel: node.shortLabel,
        display: node.shortLabel,
        page: node.page,
        register: node.register ?? null,
        sensitive: node.sensitive,
        degree: node.degree ?? 1,
        hubFont: 11,
        colour: explorer.colours[node.type] ?? '#888',
        shape: SHAPES[node.type] ?? 'ellipse',
        ...(kind ? { sensitiveColour: explorer.sensitiveColour, sensitiveBorder: SENSITIVE_BORDER[kind] } : {}),
      },
      classes: kind ? ['sensitive'] : [],
    });
  }
  for (const edge of edges) elements.push({ group: 'edges', data: { id: edge.id, source: edge.source, target: edge.target, label: edge.label, property: edge.property } });
  return elements;
}

/** Adds what is not drawn yet; returns the new nodes. */
function merge(nodes, edges) {
  const cy = explorer.cy;
  const fresh = toElements(nodes, edges).filter((el) => cy.getElementById(el.data.id).empty());
  const added = cy.add(fresh.filter((el) => el.group === 'nodes'));
  cy.add(fresh.filter((el) => el.group === 'edges' && !cy.getElementById(el.data.source).empty() && !cy.getElementById(el.data.target).empty()));
  // A node's degree is that of the widest answer seen (a later answer may have counted more neighbours).
  for (const node of nodes) {
    const drawn = cy.getElementById(node.iri);
    if (node.degree !== undefined && node.degree > drawn.data('degree')) drawn.data('degree', node.degree);
  }
  return added;
}

function refreshLabels() {
  const cy = explorer.cy;
  const large = cy.nodes().length > LARGE_VIEW;
  const hubs = new Set(large ? cy.nodes().sort((a, b) => b.data('degree') - a.data('degree')).slice(0, 15).map((n) => n.id()) : []);
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      node.toggleClass('hub', hubs.has(node.id()));
      const hidden = Math.max(0, node.data('degree') - node.neighborhood('node').length);
      node.data('hidden', hidden);
      node.data('display', hidden > 0 && explorer.state.mode !== 'path' ? `${node.data('shortLabel')} (+${hidden})` : node.data('shortLabel'));
      node.toggleClass('large', large);
      node.toggleClass('focus', explorer.state.mode === 'focus' && explorer.state.focus.includes(node.id()));
    });
  });
}

/** Paths read left to right: the start, then one column per step, the end on the right. */
function pathPositions(result) {
  const columns = [];
  for (const path of result.paths) {
    path.nodes.forEach((iri, i) => {
      columns[i] ??= [];
      if (!columns.some((column) => column.includes(iri))) columns[i].push(iri);
    });
  }
  const positions = {};
  columns.forEach((column, x) => column.forEach((iri, row) => (positions[iri] = { x: x * 260, y: (row - (column.length - 1) / 2) * 80 })));
  return positions;
}

function runLayout({ incremental = false } = {}) {
  const cy = explorer.cy;
  return new Promise((resolve) => {
    if (cy.nodes().length === 0) return resolve();
    if (explorer.state.mode === 'path' && explorer.lastPaths) {
      const positions = pathPositions(explorer.lastPaths);
      cy.layout({ name: 'preset', positions: (node) => positions[node.id()] ?? { x: 0, y: 0 }, fit: false }).run();
      separateLabels(cy);
      cy.fit(undefined, 30);
      if (cy.zoom() > 1.25) {
        cy.zoom(1.25);
        cy.center();
      }
      return resolve();
    }
    const large = cy.nodes().length > LARGE_VIEW;
    const layout = cy.layout({
      name: typeof window.cytoscapeFcose === 'function' ? 'fcose' : 'cose',
      quality: large ? 'default' : 'proof',
      randomize: !incremental,
      animate: false,
      fit: true,
      padding: 30,
      nodeDimensionsIncludeLabels: !large,
      uniformNodeDimensions: false,
      packComponents: true,
      nodeRepulsion: () => (large ? 20000 : 4500),
      idealEdgeLength: () => (large ? 80 : 60),
      edgeElasticity: () => 0.35,
      nodeSeparation: 110,
      gravity: large ? 0.4 : 0.25,
      numIter: 2500,
      tile: true,
    });
    layout.one('layoutstop', () => {
      fitAspect(cy);
      separateLabels(cy);
      packComponents(cy);
      cy.fit(undefined, 30);
      // A small view is not blown up beyond a readable size.
      if (cy.zoom() > 1.25) {
        cy.zoom(1.25);
        cy.center();
      }
      updateHubLabels();
      resolve();
    });
    layout.run();
  });
}

/**
 * Force-directed layouts pull two hubs with the same neighbours (a system and the directorate that runs it) onto the
 * same spot. Afterwards, nodes whose boxes (label included, in views small enough to show labels) overlap are pushed
 * apart along the axis that needs the smaller move, until no two overlap (or after a bounded number of rounds).
 */
function separateLabels(cy) {
  const gap = 4;
  const items = cy.nodes().map((node) => {
    const p = node.position();
    const b = node.boundingBox({ includeLabels: true, includeOverlays: false, includeUnderlays: false });
    return { node, x: p.x, y: p.y, left: p.x - b.x1, right: b.x2 - p.x, top: p.y - b.y1, bottom: b.y2 - p.y };
  });
  for (let round = 0; round < 300; round++) {
    let moved = false;
    for (let i = 0; i < items.length; i++) {
      const a = items[i];
      for (let j = i + 1; j < items.length; j++) {
        const b = items[j];
        const overlapX = Math.min(a.x + a.right, b.x + b.right) - Math.max(a.x - a.left, b.x - b.left) + gap;
        const overlapY = Math.min(a.y + a.bottom, b.y + b.bottom) - Math.max(a.y - a.top, b.y - b.top) + gap;
        if (overlapX <= 0 || overlapY <= 0) continue;
        moved = true;
        // Along the line between the two centres, far enough to clear the smaller overlap (half each).
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        if (Math.abs(dx) + Math.abs(dy) < 0.01) {
          dx = Math.cos(i + j);
          dy = Math.sin(i + j);
        }
        const length = Math.hypot(dx, dy);
        const needed = Math.min(overlapX / Math.max(Math.abs(dx) / length, 0.2), overlapY / Math.max(Math.abs(dy) / length, 0.2)) / 2 + 0.5;
        const mx = (dx / length) * needed;
        const my = (dy / length) * needed;
        a.x -= mx;
        a.y -= my;
        b.x += mx;
        b.y += my;
      }
    }
    if (!moved) break;
  }
  cy.batch(() => {
    for (const item of items) item.node.position({ x: item.x, y: item.y });
  });
}

/**
 * Force-directed drawings come out round, and wide with their labels; a phone's panel is tall. Squeeze the
 * drawing horizontally and stretch it vertically towards the panel's proportions (labels are untouched and
 * separated afterwards), so that it is drawn larger.
 */
function fitAspect(cy) {
  const box = cy.nodes().boundingBox({ includeLabels: true, includeOverlays: false, includeUnderlays: false });
  if (box.w === 0 || box.h === 0) return;
  const target = cy.width() / Math.max(1, cy.height());
  const ratio = target / (box.w / box.h);
  if (ratio > 0.8 && ratio < 1.25) return;
  const k = Math.sqrt(Math.min(2.5, Math.max(0.4, ratio)));
  const cx = (box.x1 + box.x2) / 2;
  const cyy = (box.y1 + box.y2) / 2;
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const p = node.position();
      node.position({ x: cx + (p.x - cx) * k, y: cyy + (p.y - cyy) / k });
    });
  });
}

/** Unconnected parts side by side leave a tall panel half empty: shelve them in rows shaped like the panel. */
function packComponents(cy) {
  const components = cy.elements().components();
  if (components.length < 2) return;
  const gap = 40;
  const boxes = components
    .map((component) => ({ component, box: component.boundingBox({ includeLabels: true, includeOverlays: false, includeUnderlays: false }) }))
    .sort((a, b) => b.box.h - a.box.h || b.box.w - a.box.w);
  const aspect = Math.max(0.4, cy.width() / Math.max(1, cy.height()));
  const area = boxes.reduce((sum, { box }) => sum + (box.w + gap) * (box.h + gap), 0);
  const rowWidth = Math.max(...boxes.map(({ box }) => box.w), Math.sqrt(area * aspect));
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  cy.batch(() => {
    for (const { component, box } of boxes) {
      if (x > 0 && x + box.w > rowWidth) {
        x = 0;
        y += rowHeight + gap;
        rowHeight = 0;
      }
      const dx = x - box.x1;
      const dy = y - box.y1;
      component.nodes().forEach((node) => {
        const p = node.position();
        node.position({ x: p.x + dx, y: p.y + dy });
      });
      x += box.w + gap;
      rowHeight = Math.max(rowHeight, box.h);
    }
  });
}

/** In a large view labels show only when zoomed in; the hubs keep a readable label at any zoom, like a map's cities. */
function updateHubLabels() {
  const cy = explorer.cy;
  const hubs = cy.nodes('.hub');
  if (hubs.empty()) return;
  const size = Math.min(48, 11 / cy.zoom());
  cy.batch(() => {
    hubs.removeClass('hub-hidden');
    hubs.forEach((node) => node.data('hubFont', size));
  });
  // Greedily, best connected first: a hub label that would cover another one stays small.
  const shown = [];
  const hidden = [];
  hubs.sort((a, b) => b.data('degree') - a.data('degree')).forEach((node) => {
    const box = node.boundingBox({ includeLabels: true, includeNodes: false, includeEdges: false, includeOverlays: false, includeUnderlays: false });
    if (shown.some((b) => box.x1 < b.x2 && b.x1 < box.x2 && box.y1 < b.y2 && b.y1 < box.y2)) hidden.push(node);
    else shown.push(box);
  });
  cy.batch(() => hidden.forEach((node) => node.addClass('hub-hidden')));
}

// ---------------------------------------------------------------- Views

async function render() {
  const s = explorer.state;
  const cy = explorer.cy;
  const generation = ++explorer.generation;
  const stale = () => generation !== explorer.generation;
  setBusy(true);
  try {
    if (s.mode === 'all') {
      showStatus('Chargement du graphe entier…');
      const view = await getJson('graph', { types: typesParam() });
      if (stale()) return;
      cy.elements().remove();
      merge(view.nodes, view.edges);
      showStatus(`${view.nodes.length} nœuds et ${view.edges.length} liens${view.truncated ? ` (les ${view.nodes.length} plus reliés sur ${view.available})` : ''}. Zoomez pour lire les libellés ; cliquez un nœud pour ses propriétés.`);
    } else if (s.mode === 'path') {
      showStatus('Recherche des plus courts chemins…');
      const result = await getJson('path', { from: s.from, to: s.to, limit: '6', maxLength: '4' });
      if (stale()) return;
      cy.elements().remove();
      drawPaths(result);
    } else if (s.focus.length > 0) {
      showStatus('Chargement…');
      const views = await Promise.all(s.focus.map((iri) => getJson('node', { iri, depth: String(s.depth), types: typesParam(), limit: String(NODE_LIMIT) })));
      if (stale()) return;
      cy.elements().remove();
      for (const view of views) {
        explorer.details.set(view.focus, view.properties);
        merge(view.nodes, view.edges);
      }
      describeView(views);
    } else {
      cy.elements().remove();
      showStatus('Cherchez un nœud, ou choisissez un point de départ dans le panneau.');
    }
    refreshLabels();
    await runLayout();
    updateNodeList();
    writeHash();
    if (s.selected && !cy.getElementById(s.selected).empty()) await select(s.selected);
    else showWelcome();
  } finally {
    setBusy(false);
  }
}

function describeView(views) {
  const cy = explorer.cy;
  const cut = views.filter((v) => v.truncated);
  const names = views.map((v) => cy.getElementById(v.focus).data('shortLabel')).join(', ');
  showStatus(`${names} : ${cy.nodes().length} nœuds, ${cy.edges().length} liens${cut.length > 0 ? ` ; limite de ${NODE_LIMIT} nœuds atteinte, certains voisins ne sont pas affichés (compte « +n »)` : ''}.`);
}

/** Adds a node's neighbours to the drawing, around it. */
async function expand(iri) {
  const s = explorer.state;
  const cy = explorer.cy;
  if (s.mode !== 'focus') {
    s.mode = 'focus';
    s.focus = [];
    s.from = s.to = null;
    cy.elements().remove();
  }
  if (!s.focus.includes(iri)) s.focus.push(iri);
  const generation = ++explorer.generation;
  setBusy(true);
  try {
    const view = await getJson('node', { iri, depth: String(s.depth), types: typesParam(), limit: String(NODE_LIMIT) });
    explorer.details.set(iri, view.properties);
    if (generation !== explorer.generation) return;
    const before = cy.nodes().length;
    const centre = cy.getElementById(iri).nonempty() ? { ...cy.getElementById(iri).position() } : null;
    const added = merge(view.nodes, view.edges);
    if (centre) added.forEach((node, i) => node.position({ x: centre.x + 40 * Math.cos(i), y: centre.y + 40 * Math.sin(i) }));
    refreshLabels();
    await runLayout({ incremental: before > 0 && centre !== null });
    updateNodeList();
    describeView([view]);
    writeHash();
  } finally {
    setBusy(false);
  }
}

function drawPaths(result) {
  explorer.lastPaths = result;
  merge(result.nodes, result.edges);
  // Relation names along the edges while they can be read; beyond, on hover and in the panel's list.
  explorer.cy.edges().addClass(result.edges.length <= 8 ? 'path labelled' : 'path');
  if (result.length === null) showStatus(`Aucun chemin d’au plus ${result.maxLength} liens entre « ${result.fromNode.shortLabel} » et « ${result.toNode.shortLabel} ».`);
  else showStatus(`${result.found} plus court${result.found > 1 ? 's' : ''} chemin${result.found > 1 ? 's' : ''} de ${result.length} lien${result.length > 1 ? 's' : ''} entre « ${result.fromNode.shortLabel} » et « ${result.toNode.shortLabel} »${result.found > result.paths.length ? ` ; les ${result.paths.length} passant par les nœuds les plus rares sont affichés` : ''}.`);
}

// ---------------------------------------------------------------- Selection and side panel

async function onNodeChosen(iri) {
  if (explorer.pathStart && explorer.pathStart !== iri) {
    const from = explorer.pathStart;
    explorer.pathStart = null;
    Object.assign(explorer.state, { mode: 'path', from, to: iri, focus: [], selected: iri });
    await render();
    return;
  }
  const s = explorer.state;
  if (s.mode === 'focus' && !s.focus.includes(iri)) await expand(iri);
  await select(iri);
}

async function select(iri) {
  const cy = explorer.cy;
  const node = cy.getElementById(iri);
  if (node.empty()) return;
  cy.$(':selected').unselect();
  node.select();
  highlight(node);
  explorer.state.selected = iri;
  writeHash();
  let properties = explorer.details.get(iri);
  renderPanel(node, properties);
  if (!properties) {
    try {
      const view = await getJson('node', { iri, limit: '1' });
      properties = view.properties;
      explorer.details.set(iri, properties);
      if (explorer.state.selected === iri) renderPanel(node, properties);
    } catch (error) {
      reportError(error);
    }
  }
}

function highlight(node) {
  const cy = explorer.cy;
  cy.batch(() => {
    cy.elements().removeClass('highlight labelled faded');
    if (cy.nodes().length > 12) {
      const near = node.closedNeighborhood();
      cy.elements().not(near).addClass('faded');
    }
    // Relation names converge on the node and would cover its label: they show on hover, and the panel lists them.
    node.connectedEdges().addClass('highlight');
  });
}

function clearHighlight() {
  explorer.cy.elements().removeClass('highlight labelled faded');
}

function renderPanel(node, properties) {
  const panel = document.getElementById('panel');
  const data = node.data();
  const el = (tag, attrs = {}, ...children) => {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (k === 'class') e.className = v;
      else if (k === 'text') e.textContent = v;
      else e.setAttribute(k, v);
    }
    for (const child of children) if (child) e.append(child);
    return e;
  };
  panel.replaceChildren();
  panel.dataset.node = data.id;
  panel.append(el('h2', { text: data.label, id: 'panel-title' }));
  const badges = el('p', { class: 'badges' });
  const typeBadge = el('span', { class: 'badge' }, el('span', { class: `swatch swatch-${data.type}`, 'aria-hidden': 'true' }), data.typeLabel);
  badges.append(typeBadge);
  for (const kind of data.sensitive) badges.append(el('span', { class: 'badge badge-sensitive', text: explorer.config.sensitivity[kind] ?? kind }));
  panel.append(badges);
  panel.append(el('p', { class: 'iri', text: data.id }));
  const links = el('ul', { class: 'panel-links' });
  links.append(el('li', {}, el('a', { href: data.page, id: 'resource-link', text: 'Page de la ressource (données liées)' })));
  if (data.type === 'treatment') links.append(el('li', {}, el('a', { href: `/reports/treatment?${new URLSearchParams({ iri: data.id })}`, id: 'fiche-link', text: 'Fiche imprimable du traitement' })));
  links.append(el('li', {}, el('a', { href: sparqlLink(), id: 'sparql-link', text: 'Requête SPARQL reproduisant cette vue' })));
  panel.append(links);
  if (data.register) {
    panel.append(el('p', {}, 'Registre : ', el('a', { href: pageOf(data.register.iri), text: data.register.shortLabel, title: data.register.label })));
  }
  const hidden = node.data('hidden') ?? 0;
  const shown = node.neighborhood('node').length;
  panel.append(el('p', { text: `${shown} voisin${shown > 1 ? 's' : ''} affiché${shown > 1 ? 's' : ''}${hidden > 0 ? `, ${hidden} non affiché${hidden > 1 ? 's' : ''}` : ''} (types cochés).` }));
  const actions = el('div', { class: 'panel-actions' });
  const expandButton = el('button', { type: 'button', id: 'expand-node', text: 'Afficher ses voisins' });
  expandButton.addEventListener('click', () => expand(data.id).then(() => select(data.id)).catch(reportError));
  const pathButton = el('button', { type: 'button', id: 'path-from', text: 'Chercher un chemin depuis ce nœud' });
  pathButton.addEventListener('click', () => {
    explorer.pathStart = data.id;
    showStatus(`Chemin depuis « ${data.shortLabel} » : cliquez le nœud d’arrivée ou cherchez-le.`);
    document.getElementById('search-input').focus();
  });
  actions.append(expandButton, pathButton);
  panel.append(actions);
  panel.append(...renderLinks(el, node));
  if (explorer.state.mode === 'path' && explorer.lastPaths?.paths.length) panel.append(...renderPaths(el));
  panel.append(el('h3', { text: 'Propriétés' }));
  if (!properties) {
    panel.append(el('p', { class: 'panel-empty', text: 'Chargement…' }));
    return;
  }
  const list = el('dl', { class: 'properties' });
  for (const p of properties) {
    list.append(el('dt', { text: p.label, title: p.property }));
    // A value in another language than the page's says so, for screen readers' pronunciation (RGAA 8.7).
    const dd = el('dd', {}, el('span', { text: p.valueLabel ?? p.value, ...(p.language && !p.language.startsWith('fr') ? { lang: p.language } : {}) }));
    if (p.language) dd.append(' ', el('span', { class: 'lang', text: p.language }));
    list.append(dd);
  }
  panel.append(list);
}

/** The drawn edges of a node, grouped by relation and direction: "→ a pour responsable du traitement : DTNUM". */
function renderLinks(el, node) {
  const groups = new Map();
  node.connectedEdges().forEach((edge) => {
    const outgoing = edge.source().id() === node.id();
    const key = `${outgoing ? '→' : '←'} ${edge.data('label')}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(outgoing ? edge.target() : edge.source());
  });
  if (groups.size === 0) return [];
  const list = el('dl', { class: 'links' });
  for (const [key, others] of [...groups].sort(([a], [b]) => a.localeCompare(b, 'fr'))) {
    list.append(el('dt', { text: `${key} (${others.length})`, title: key.startsWith('→') ? 'ce nœud … l’autre' : 'l’autre … ce nœud' }));
    const dd = el('dd');
    others
      .sort((a, b) => a.data('label').localeCompare(b.data('label'), 'fr'))
      .forEach((other, i) => {
        if (i > 0) dd.append(', ');
        const button = el('button', { type: 'button', class: 'link-button', text: other.data('shortLabel') });
        button.addEventListener('click', () => select(other.id()).catch(reportError));
        dd.append(button);
      });
    list.append(dd);
  }
  return [el('h3', { text: 'Liens affichés' }), list];
}

function renderPaths(el) {
  const { nodes, edges, paths } = explorer.lastPaths;
  const byIri = new Map(nodes.map((n) => [n.iri, n]));
  const byId = new Map(edges.map((e) => [e.id, e]));
  const list = el('ol', { class: 'paths-list' });
  for (const path of paths) {
    const steps = path.nodes.map((iri) => byIri.get(iri)?.shortLabel ?? iri);
    // Each step as the statement it reads: subject, relation, object.
    const name = (iri) => byIri.get(iri)?.shortLabel ?? iri;
    const relations = path.nodes.slice(1).map((iri, i) => {
      const previous = path.nodes[i];
      const edge = path.edges.map((id) => byId.get(id)).find((e) => e && ((e.source === previous && e.target === iri) || (e.source === iri && e.target === previous)));
      return edge ? `${name(edge.source)} ${edge.label} ${name(edge.target)}` : '';
    });
    const item = el('li', { text: steps.join(' → ') });
    item.append(el('span', { class: 'path-relations', text: relations.join(' ; ') }));
    list.append(item);
  }
  return [el('h3', { text: 'Plus courts chemins' }), list];
}

function showWelcome() {
  const panel = document.getElementById('panel');
  delete panel.dataset.node;
  panel.replaceChildren();
  const intro = document.createElement('p');
  intro.className = 'panel-empty';
  intro.textContent = 'Sélectionnez un nœud pour voir ses propriétés. Points de départ : les systèmes et catégories de données les plus partagés.';
  panel.append(intro);
  if (!explorer.stats) return;
  for (const [title, rows] of [['Systèmes les plus partagés', explorer.stats.topSystems], ['Catégories de données les plus partagées', explorer.stats.topDataCategories]]) {
    const h = document.createElement('h3');
    h.textContent = title;
    const list = document.createElement('ul');
    list.className = 'suggestions';
    for (const row of rows) {
      const li = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = `${row.shortLabel} (${row.treatments} traitements, ${row.registers} registre${row.registers > 1 ? 's' : ''})`;
      button.addEventListener('click', () => showFocus(row.iri, row.type).catch(reportError));
      li.append(button);
      list.append(li);
    }
    panel.append(h, list);
  }
}

function pageOf(iri) {
  const node = explorer.cy.getElementById(iri);
  return node.nonempty() ? node.data('page') : `/resource?iri=${encodeURIComponent(iri)}`;
}

/** A new view around one node; its type is shown even if it was unticked. */
async function showFocus(iri, type) {
  if (type && !explorer.state.types.has(type)) {
    explorer.state.types.add(type);
    const box = document.querySelector(`input[name="types"][value="${type}"]`);
    if (box) box.checked = true;
  }
  Object.assign(explorer.state, { mode: 'focus', focus: [iri], selected: iri, from: null, to: null });
  await render();
}

function updateNodeList() {
  const list = document.getElementById('node-list');
  const nodes = explorer.cy.nodes().sort((a, b) => a.data('label').localeCompare(b.data('label'), 'fr'));
  document.getElementById('node-count').textContent = String(nodes.length);
  document.getElementById('explorer').dataset.nodes = String(nodes.length);
  list.replaceChildren(
    ...nodes.map((node) => {
      const li = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset.nodeIri = node.id();
      button.dataset.type = node.data('type');
      button.textContent = node.data('label');
      button.addEventListener('click', () => select(node.id()).catch(reportError));
      li.append(button, ` — ${node.data('typeLabel')}`);
      return li;
    }),
  );
}

// ---------------------------------------------------------------- Search

async function runSearch(text) {
  const box = document.getElementById('search-results');
  if (text.trim() === '') {
    box.hidden = true;
    return;
  }
  const result = await getJson('search', { q: text, limit: '12' });
  if (document.getElementById('search-input').value !== text) return;
  box.replaceChildren();
  if (result.results.length === 0) {
    const li = document.createElement('li');
    li.className = 'empty';
    li.textContent = `Aucun nœud ne correspond à « ${text} ».`;
    box.append(li);
  }
  for (const hit of result.results) {
    const li = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.iri = hit.iri;
    button.dataset.type = hit.type;
    const label = document.createElement('span');
    label.className = 'result-label';
    label.textContent = hit.label;
    const meta = document.createElement('span');
    meta.className = 'result-meta';
    const swatch = document.createElement('span');
    swatch.className = `swatch swatch-${hit.type}`;
    swatch.setAttribute('aria-hidden', 'true');
    const parts = [hit.typeLabel];
    if (hit.register) parts.push(hit.register.shortLabel);
    if (hit.matched !== hit.label) parts.push(`« ${hit.matched} »`);
    if (hit.sensitive.length > 0) parts.push('donnée sensible');
    meta.append(swatch, ` ${parts.join(' · ')}`);
    button.append(label, meta);
    button.addEventListener('click', () => chooseResult(hit).catch(reportError));
    li.append(button);
    box.append(li);
  }
  if (result.total > result.results.length) {
    const li = document.createElement('li');
    li.className = 'empty';
    li.textContent = `${result.total - result.results.length} autres résultats : précisez la recherche.`;
    box.append(li);
  }
  box.hidden = false;
  // Said by screen readers (a live region): how many nodes the search found.
  document.getElementById('search-count').textContent =
    result.total === 0 ? `Aucun résultat pour « ${text} »` : `${result.total} résultat${result.total > 1 ? 's' : ''} pour « ${text} »${result.total > result.results.length ? `, ${result.results.length} affichés` : ''}`;
}

async function chooseResult(hit) {
  document.getElementById('search-results').hidden = true;
  if (explorer.pathStart) return onNodeChosen(hit.iri);
  const drawn = explorer.cy.getElementById(hit.iri);
  if (drawn.nonempty() && explorer.state.mode === 'focus') return onNodeChosen(hit.iri);
  await showFocus(hit.iri, hit.type);
}

// ---------------------------------------------------------------- Controls

function bindControls() {
  const input = document.getElementById('search-input');
  let timer;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => runSearch(input.value).catch(reportError), 250);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') document.getElementById('search-results').hidden = true;
  });
  document.getElementById('search-form').addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    runSearch(input.value).catch(reportError);
  });
  for (const box of document.querySelectorAll('input[name="types"]')) {
    box.addEventListener('change', () => {
      const checked = [...document.querySelectorAll('input[name="types"]:checked')].map((b) => b.value);
      if (checked.length === 0) {
        box.checked = true;
        showStatus('Gardez au moins un type affiché.', true);
        return;
      }
      explorer.state.types = new Set(checked);
      render().catch(reportError);
    });
  }
  document.getElementById('depth-select').addEventListener('change', (event) => {
    explorer.state.depth = event.target.value === '2' ? 2 : 1;
    if (explorer.state.mode === 'focus') render().catch(reportError);
    else writeHash();
  });
  document.getElementById('show-all').addEventListener('click', () => {
    Object.assign(explorer.state, { mode: 'all', focus: [], selected: null, from: null, to: null });
    render().catch(reportError);
  });
  document.getElementById('fit-view').addEventListener('click', () => explorer.cy.fit(undefined, 30));
  document.getElementById('clear-view').addEventListener('click', () => {
    Object.assign(explorer.state, { mode: 'focus', focus: [], selected: null, from: null, to: null });
    explorer.pathStart = null;
    render().catch(reportError);
  });
  document.getElementById('copy-link').addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      showStatus('Lien de la vue copié.');
    } catch {
      showStatus(`Copiez ce lien : ${location.href}`);
    }
  });
}

// ---------------------------------------------------------------- The SPARQL query of the view

/** A query for the query page that lists the edges of the current view (same relations, same nodes). */
function sparqlQuery() {
  const { prefixes, relations, labelProperty } = explorer.config;
  const s = explorer.state;
  const used = ['rdfs', 'dct', 'dpv', 'tech', 'skos', 'prov', 'ropa'].filter((p) => prefixes[p]);
  const short = (iri) => {
    for (const p of used) if (iri.startsWith(prefixes[p]) && /^[A-Za-z][\w-]*$/.test(iri.slice(prefixes[p].length))) return `${p}:${iri.slice(prefixes[p].length)}`;
    return `<${iri}>`;
  };
  const prologue = used.map((p) => `PREFIX ${p}: <${prefixes[p]}>`).join('\n');
  const rels = relations.map(short).join(' ');
  const label = short(labelProperty);
  const tail = `  OPTIONAL { ?source ${label} ?sourceLabel }\n  OPTIONAL { ?target ${label} ?targetLabel }\n}\nORDER BY ?source ?relation ?target\nLIMIT 2000\n`;
  if (s.mode === 'path' && s.from && s.to) {
    const len = explorer.lastPaths?.length ?? 2;
    const steps = Array.from({ length: Math.max(1, len) }, (_, i) => `  ?n${i} ${`(${relations.map((r) => `${short(r)}|^${short(r)}`).join('|')})`} ?n${i + 1} .`).join('\n');
    return `${prologue}\n\n# Explorateur : plus courts chemins (${len} liens) entre deux nœuds\nSELECT DISTINCT ${Array.from({ length: len + 1 }, (_, i) => `?n${i}`).join(' ')} WHERE {\n  VALUES (?n0 ?n${len}) { (<${s.from}> <${s.to}>) }\n${steps}\n}\nLIMIT 100\n`;
  }
  if (s.mode === 'all') {
    return `${prologue}\n\n# Explorateur : le graphe entier (liens entre ressources)\nSELECT ?source ?sourceLabel ?relation ?target ?targetLabel WHERE {\n  VALUES ?relation { ${rels} }\n  ?source ?relation ?target .\n  FILTER(isIRI(?target))\n${tail}`;
  }
  const starts = s.focus.map((iri) => `<${iri}>`).join(' ');
  const around =
    s.depth === 2
      ? `  { BIND(?start AS ?node) }\n  UNION\n  { VALUES ?step { ${rels} } { ?start ?step ?node } UNION { ?node ?step ?start } }\n`
      : '  BIND(?start AS ?node)\n';
  return `${prologue}\n\n# Explorateur : voisinage (profondeur ${s.depth}) de ${s.focus.length} nœud${s.focus.length > 1 ? 's' : ''}\nSELECT DISTINCT ?source ?sourceLabel ?relation ?target ?targetLabel WHERE {\n  VALUES ?start { ${starts} }\n${around}  VALUES ?relation { ${rels} }\n  { ?node ?relation ?target . BIND(?node AS ?source) }\n  UNION\n  { ?source ?relation ?node . BIND(?node AS ?target) }\n${tail}`;
}

function sparqlLink() {
  return `${explorer.config.queryPage}?${new URLSearchParams({ query: sparqlQuery(), tabTitle: 'Vue de l’explorateur' })}`;
}

// ---------------------------------------------------------------- Status

function setBusy(on) {
  explorer.busy += on ? 1 : -1;
  document.body.dataset.exploreState = explorer.busy > 0 ? 'loading' : 'ready';
}

function showStatus(text, isError = false) {
  const status = document.getElementById('status');
  status.textContent = text;
  status.classList.toggle('error', isError);
}

function reportError(error) {
  showStatus(`Erreur : ${error.message}`, true);
}
