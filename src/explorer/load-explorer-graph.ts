// Reads the explorer's graph from the SPARQL engine once: the store is read-only, so it is kept for the server's life.
import type * as RDF from '@rdfjs/types';
import type { NamedNode } from 'n3';
import type { SparqlService } from '../sparql/sparql-service.ts';
import { dct, dpv, prov, rdfs, ropa, skos, tech, PREFIXES } from '../vocab/namespaces.ts';
import { SPARQL_PROLOGUE } from '../vocab/sparql-prologue.ts';
import { STANDARD_TERM_LABELS } from '../vocab/standard-term-labels.ts';
import { ENTITY_PATHS } from '../rdf/mint-iris.ts';
import type { CatalogueKind } from '../model/catalogue.ts';
import type { ExplorerEdge, ExplorerGraph, ExplorerNode, Neighbour } from './explorer-graph.ts';
import { SENSITIVITY_KINDS, type NodeType, type SensitivityKind } from './node-types.ts';
import { shortenLabel, registerShortLabel } from './short-labels.ts';

/**
 * The relations the explorer draws, with the type their object has when nothing else says (a bare DPV term such
 * as pd:Name is a data category because a treatment has it as personal data). dct:hasPart is left out: it is the
 * inverse of dct:isPartOf, which is kept.
 */
const RELATIONS: readonly { property: NamedNode; objectType?: NodeType }[] = [
  { property: dct.isPartOf },
  { property: dpv.hasDataController, objectType: 'organisation' },
  { property: dpv.hasRecipient, objectType: 'organisation' },
  { property: dpv.hasDataProcessor, objectType: 'organisation' },
  { property: dpv.isImplementedUsingTechnology, objectType: 'system' },
  { property: dpv.hasPersonalData, objectType: 'data-category' },
  { property: dpv.hasDataSubject, objectType: 'data-subject' },
  { property: dpv.hasLegalBasis, objectType: 'legal-basis' },
  { property: dpv.hasPolicy, objectType: 'policy' },
  { property: dpv.hasPurpose, objectType: 'purpose' },
  { property: dpv.hasStorageCondition, objectType: 'retention' },
  { property: dpv.hasThirdCountry, objectType: 'country' },
  { property: ropa.activity, objectType: 'activity' },
  { property: tech.hasProvider, objectType: 'organisation' },
  { property: skos.broader },
  { property: prov.wasRevisionOf },
];

/** The IRIs of the relations drawn, in a fixed order. */
export const EXPLORER_RELATIONS: readonly string[] = RELATIONS.map((r) => r.property.value);

/** French labels of the relations neither our ontology nor the standard labels name. */
const RELATION_LABELS: Readonly<Record<string, string>> = {
  [prov.wasRevisionOf.value]: 'est une révision de',
};

/** Classes that say what a node is; the first match in this order wins. */
const CLASS_TYPES: readonly [NamedNode, NodeType][] = [
  [ropa.Treatment, 'treatment'],
  [dpv.PersonalDataProcess, 'treatment'],
  [ropa.Register, 'register'],
  [dpv.ROPA, 'register'],
  [ropa.System, 'system'],
  [ropa.DataCategory, 'data-category'],
  [dpv.Organisation, 'organisation'],
  [dpv.Policy, 'policy'],
  [ropa.PurposeStatement, 'purpose'],
  [ropa.RetentionStatement, 'retention'],
  [ropa.Activity, 'activity'],
  [dpv.ThirdCountry, 'country'],
];

/** Our catalogue nodes live under {base}{kind}/…, used or not. */
const CATALOGUE_TYPES: Readonly<Record<CatalogueKind, NodeType>> = {
  organisation: 'organisation',
  system: 'system',
  policy: 'policy',
  'data-category': 'data-category',
  'data-subject': 'data-subject',
  'legal-basis': 'legal-basis',
  country: 'country',
};

/** Label properties in order of preference for display; all of them, and the aliases, are searched. */
const DISPLAY_LABELS = [rdfs.label.value, dct.title.value, skos.prefLabel.value];

const TYPES_QUERY = `${SPARQL_PROLOGUE}
SELECT DISTINCT ?node ?class WHERE {
  VALUES ?class { ropa:Treatment dpv:PersonalDataProcess ropa:Register dpv:ROPA ropa:System ropa:DataCategory dpv:Organisation dpv:Policy ropa:PurposeStatement ropa:RetentionStatement ropa:Activity dpv:ThirdCountry dpv:SensitivePersonalData }
  ?node a ?class .
  FILTER(isIRI(?node))
}`;

const LINKS_QUERY = `${SPARQL_PROLOGUE}
SELECT DISTINCT ?source ?property ?target WHERE {
  VALUES ?property { dct:isPartOf dpv:hasDataController dpv:hasRecipient dpv:hasDataProcessor dpv:isImplementedUsingTechnology dpv:hasPersonalData dpv:hasDataSubject dpv:hasLegalBasis dpv:hasPolicy dpv:hasPurpose dpv:hasStorageCondition dpv:hasThirdCountry ropa:activity tech:hasProvider skos:broader prov:wasRevisionOf }
  ?source ?property ?target .
  FILTER(isIRI(?source) && isIRI(?target))
}`;

const LABELS_QUERY = `${SPARQL_PROLOGUE}
SELECT DISTINCT ?node ?property ?label WHERE {
  VALUES ?property { rdfs:label dct:title skos:prefLabel skos:altLabel skos:hiddenLabel }
  ?node ?property ?label .
  FILTER(isIRI(?node) && isLiteral(?label))
}`;

export interface LoadOptions {
  /** The data's base IRI: our catalogue nodes are typed by their path under it. */
  baseIri: string;
  /** IRI → sensitivity read from the catalogues (ontology/catalogues/*.json); the graph's own facts are added to it. */
  catalogueSensitivity?: ReadonlyMap<string, SensitivityKind>;
}

const cache = new WeakMap<SparqlService, Promise<ExplorerGraph>>();

/** One load per engine; a failure (a timeout under load) is not kept, the next request tries again. */
export function loadExplorerGraph(sparql: SparqlService, options: LoadOptions): Promise<ExplorerGraph> {
  let pending = cache.get(sparql);
  if (!pending) {
    pending = readExplorerGraph(sparql, options);
    cache.set(sparql, pending);
    pending.catch(() => cache.delete(sparql));
  }
  return pending;
}

async function readExplorerGraph(sparql: SparqlService, options: LoadOptions): Promise<ExplorerGraph> {
  const [typeRows, linkRows, labelRows] = await Promise.all([
    sparql.selectRows(TYPES_QUERY),
    sparql.selectRows(LINKS_QUERY),
    sparql.selectRows(LABELS_QUERY),
  ]);
  return buildExplorerGraph({ typeRows, linkRows, labelRows }, options);
}

type Row = Record<string, RDF.Term>;

/** Pure: from the three result sets to the graph (separate from the queries for the unit tests). */
export function buildExplorerGraph(rows: { typeRows: readonly Row[]; linkRows: readonly Row[]; labelRows: readonly Row[] }, options: LoadOptions): ExplorerGraph {
  const classes = new Map<string, Set<string>>();
  for (const { node, class: cls } of rows.typeRows) {
    if (!node || !cls) continue;
    getOrCreate(classes, node.value, () => new Set<string>()).add(cls.value);
  }
  const links = rows.linkRows
    .filter((r) => r.source && r.property && r.target)
    .map((r) => ({ source: r.source!.value, property: r.property!.value, target: r.target!.value }));

  // 1. Types: by class, then by the catalogue path of our IRIs, then by the role the node plays in a relation.
  const types = new Map<string, NodeType>();
  for (const [iri, set] of classes) {
    const found = CLASS_TYPES.find(([cls]) => set.has(cls.value));
    if (found) types.set(iri, found[1]);
  }
  const catalogueType = (iri: string): NodeType | undefined => {
    if (!iri.startsWith(options.baseIri)) return undefined;
    const path = iri.slice(options.baseIri.length);
    const kind = (Object.keys(ENTITY_PATHS) as CatalogueKind[]).find((k) => path.startsWith(`${ENTITY_PATHS[k]}/`) && !path.slice(ENTITY_PATHS[k].length + 1).includes('/'));
    return kind ? CATALOGUE_TYPES[kind] : undefined;
  };
  const objectTypes = new Map(RELATIONS.filter((r) => r.objectType).map((r) => [r.property.value, r.objectType!]));
  // Catalogue entries no register mentions are nodes too (search finds them, with no neighbours).
  const mentioned = [...links.flatMap((l) => [l.source, l.target]), ...rows.labelRows.map((r) => r.node?.value ?? '')];
  for (const iri of mentioned) {
    if (!types.has(iri)) {
      const t = catalogueType(iri);
      if (t) types.set(iri, t);
    }
  }
  for (const link of links) {
    const t = objectTypes.get(link.property);
    if (t && !types.has(link.target)) types.set(link.target, t);
  }
  // The DPV taxonomy above the categories, subjects and purposes in use (pd:Name → pd:Identifying → …, a purpose →
  // dpv:PersonnelHiring → …) belongs with them: the purpose filter shows the DPV purposes too.
  for (let changed = true; changed; ) {
    changed = false;
    for (const link of links) {
      if (link.property !== skos.broader.value) continue;
      const t = types.get(link.source);
      if ((t === 'data-category' || t === 'data-subject' || t === 'country' || t === 'purpose') && !types.has(link.target)) {
        types.set(link.target, t);
        changed = true;
      }
    }
  }

  // 2. Labels, for the nodes and for the relations.
  const labels = new Map<string, { display: { rank: number; value: string } | undefined; names: Set<string> }>();
  for (const { node, property, label } of rows.labelRows) {
    if (!node || !property || label?.termType !== 'Literal') continue;
    const entry = getOrCreate(labels, node.value, () => ({ display: undefined as { rank: number; value: string } | undefined, names: new Set<string>() }));
    entry.names.add(label.value.trim());
    const propertyRank = DISPLAY_LABELS.indexOf(property.value);
    if (propertyRank < 0) continue;
    const rank = languageRank(label.language) * DISPLAY_LABELS.length + propertyRank;
    if (!entry.display || rank < entry.display.rank || (rank === entry.display.rank && label.value < entry.display.value)) entry.display = { rank, value: label.value.trim() };
  }
  const labelOf = (iri: string): string => labels.get(iri)?.display?.value ?? STANDARD_TERM_LABELS[iri] ?? localName(iri);

  // 3. Edges between typed nodes, in a fixed order so that their ids are stable.
  const edges: ExplorerEdge[] = links
    .filter((l) => types.has(l.source) && types.has(l.target) && l.source !== l.target)
    .sort((a, b) => compare(a.source, b.source) || compare(a.property, b.property) || compare(a.target, b.target))
    .map((l, i) => ({ id: `e${i}`, ...l }));
  const adjacency = new Map<string, Neighbour[]>();
  for (const edge of edges) {
    getOrCreate(adjacency, edge.source, () => []).push({ edge, node: edge.target });
    getOrCreate(adjacency, edge.target, () => []).push({ edge, node: edge.source });
  }

  // 4. Sensitivity: the catalogues' word, the DPV taxonomy (art. 9 special categories, criminal data), inherited downwards.
  const sensitivity = computeSensitivity(types, classes, edges, options.catalogueSensitivity ?? new Map());

  // 5. The nodes.
  const registerOf = new Map<string, string>();
  for (const edge of edges) {
    if (edge.property === dct.isPartOf.value && types.get(edge.source) === 'treatment' && types.get(edge.target) === 'register') registerOf.set(edge.source, edge.target);
  }
  const controllersOf = (iri: string): string[] =>
    (adjacency.get(iri) ?? []).filter((n) => n.edge.source === iri && n.edge.property === dpv.hasDataController.value).map((n) => n.node);
  const nodes = new Map<string, ExplorerNode>();
  for (const iri of [...types.keys()].sort(compare)) {
    const type = types.get(iri)!;
    const label = labelOf(iri);
    const names = [...(labels.get(iri)?.names ?? [])];
    if (!names.includes(label)) names.unshift(label);
    const shortLabel =
      type === 'register'
        ? registerShortLabel(iri, label, controllersOf(iri).map((org) => ({ label: labelOf(org), names: [...(labels.get(org)?.names ?? [])] })))
        : shortenLabel(label);
    const register = registerOf.get(iri);
    nodes.set(iri, { iri, type, label, shortLabel, names, sensitive: sensitivity.get(iri) ?? [], ...(register ? { register } : {}) });
  }

  const propertyLabels = new Map(RELATIONS.map((r) => [r.property.value, labels.get(r.property.value)?.display?.value ?? RELATION_LABELS[r.property.value] ?? labelOf(r.property.value)]));
  return {
    nodes,
    edges,
    neighbours: (iri) => adjacency.get(iri) ?? [],
    propertyLabel: (iri) => propertyLabels.get(iri) ?? labelOf(iri),
    labelOf,
    properties: RELATIONS.map((r) => r.property.value),
  };
}

function computeSensitivity(
  types: ReadonlyMap<string, NodeType>,
  classes: ReadonlyMap<string, ReadonlySet<string>>,
  edges: readonly ExplorerEdge[],
  fromCatalogues: ReadonlyMap<string, SensitivityKind>,
): Map<string, SensitivityKind[]> {
  const own = new Map<string, Set<SensitivityKind>>();
  const add = (iri: string, kind: SensitivityKind) => getOrCreate(own, iri, () => new Set()).add(kind);
  for (const [iri, kind] of fromCatalogues) add(iri, kind);
  add(dpv.SpecialCategoryPersonalData.value, 'art9');
  add(`${PREFIXES.pd}Criminal`, 'art10');
  for (const [iri, set] of classes) if (set.has(dpv.SensitivePersonalData.value) && !own.has(iri)) add(iri, 'other');
  if (!own.has(dpv.SensitivePersonalData.value)) add(dpv.SensitivePersonalData.value, 'other');

  // A narrower category is as sensitive as its broader ones (pd:MentalHealth under pd:Health under art. 9).
  const broader = new Map<string, string[]>();
  for (const e of edges) if (e.property === skos.broader.value) getOrCreate(broader, e.source, () => []).push(e.target);
  const memo = new Map<string, Set<SensitivityKind>>();
  const resolve = (iri: string, seen: Set<string>): Set<SensitivityKind> => {
    const known = memo.get(iri);
    if (known) return known;
    const result = new Set(own.get(iri) ?? []);
    if (!seen.has(iri)) {
      seen.add(iri);
      for (const up of broader.get(iri) ?? []) for (const k of resolve(up, seen)) result.add(k);
    }
    memo.set(iri, result);
    return result;
  };
  const result = new Map<string, SensitivityKind[]>();
  const ordered = (set: Set<SensitivityKind>): SensitivityKind[] => {
    const kinds = SENSITIVITY_KINDS.filter((k) => set.has(k));
    // "other" only says something when nothing more precise is known.
    return kinds.length > 1 ? kinds.filter((k) => k !== 'other') : kinds;
  };
  for (const [iri, type] of types) {
    if (type !== 'data-category') continue;
    const kinds = resolve(iri, new Set());
    if (kinds.size > 0) result.set(iri, ordered(kinds));
  }
  // A treatment is flagged with the kinds of the data it processes.
  for (const e of edges) {
    if (e.property !== dpv.hasPersonalData.value || types.get(e.source) !== 'treatment') continue;
    const kinds = result.get(e.target);
    if (!kinds) continue;
    const merged = new Set([...(result.get(e.source) ?? []), ...kinds]);
    result.set(e.source, ordered(merged));
  }
  return result;
}

function languageRank(language: string): number {
  if (language === 'fr' || language.startsWith('fr-')) return 0;
  return language === '' ? 1 : 2;
}

/** "https://w3id.org/dpv/pd#Name" → "pd:Name" when the namespace is ours to know, else the last segment. */
function localName(iri: string): string {
  for (const [prefix, ns] of Object.entries(PREFIXES)) if (iri.startsWith(ns) && iri.length > ns.length) return `${prefix}:${iri.slice(ns.length)}`;
  const cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
  if (cut < 0 || cut === iri.length - 1) return iri;
  try {
    return decodeURIComponent(iri.slice(cut + 1));
  } catch {
    return iri.slice(cut + 1);
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function getOrCreate<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = create();
    map.set(key, value);
  }
  return value;
}

