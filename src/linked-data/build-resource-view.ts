// Turns the description of a resource into what its page shows: labelled properties, incoming links, provenance.
import type * as RDF from '@rdfjs/types';
import { PREFIXES, dct, prov, rdf, rdfs, ropa, skos } from '../vocab/namespaces.ts';
import { compactIri } from './compact-iri.ts';
import type { LabelIndex } from './load-label-index.ts';
import { GRAPH_FORMATS } from '../rdf/formats.ts';
import { resourcePath } from './resource-path.ts';

export interface LinkView {
  iri: string;
  label: string;
  /** Where the page of this IRI is on this server: its own path for our IRIs, /resource?iri=… otherwise. */
  href: string;
  curie?: string;
  /** The IRI itself, for terms defined elsewhere (DPV…), linked as an external page. */
  external?: string;
  /** Set when another link of the same list has the same label: where this one was minted, e.g. its register. */
  hint?: string;
  /** The label's language when the graph tags it ("en" for the EDPS records), so that pages mark it. */
  language?: string;
}

export type ValueView = { kind: 'link'; link: LinkView } | { kind: 'literal'; text: string; language?: string; datatype?: LinkView };

export interface PropertyView {
  property: LinkView;
  values: ValueView[];
}

export interface IncomingView {
  property: LinkView;
  subjects: LinkView[];
}

export interface SourceRecordView {
  link: LinkView;
  file?: string;
  lines?: string;
  /** Spreadsheets: the sheet and cell or range, "4_-_Exemple_de_fiche!C20". */
  cell?: string;
}

export interface SourceFieldView extends SourceRecordView {
  label: string;
  verbatim?: string;
  /** The language of the register's text ("fr", "en"). */
  language?: string;
}

export interface ResourceView {
  iri: string;
  title: string;
  /** The title's language, when the graph tags it. */
  titleLanguage?: string;
  curie?: string;
  /** Set for IRIs outside our base, shown at /resource?iri=…: what our graph says about someone else's term. */
  external?: string;
  types: LinkView[];
  properties: PropertyView[];
  incoming: IncomingView[];
  sources: SourceRecordView[];
  fields: SourceFieldView[];
  formats: { label: string; mediaType: string; href: string }[];
}

/** Plain numbers and dates need no datatype next to them on a page. */
const SELF_EVIDENT_DATATYPES = new Set(['string', 'integer', 'decimal', 'date', 'dateTime', 'boolean'].map((l) => `${PREFIXES.xsd}${l}`));
const LANG_STRING = `${PREFIXES.rdf}langString`;

/** Names first, then the other properties by label, then the links to the source text (shown again below). */
const PROPERTY_RANKS: Record<string, number> = {
  [rdfs.label.value]: 0,
  [dct.title.value]: 0,
  [skos.prefLabel.value]: 0,
  [prov.wasDerivedFrom.value]: 2,
  [ropa.hasSourceField.value]: 2,
  [ropa.preamble.value]: 2,
};

export function buildResourceView(iri: string, quads: readonly RDF.Quad[], labels: LabelIndex, baseIri: string): ResourceView {
  const linkTo = (target: string): LinkView => createLink(target, labels, baseIri);
  const outgoing = quads.filter((q) => q.subject.value === iri && q.subject.termType === 'NamedNode');
  const self = linkTo(iri);

  const types = sortLinks(
    outgoing.filter((q) => q.predicate.equals(rdf.type) && q.object.termType === 'NamedNode').map((q) => linkTo(q.object.value)),
    baseIri,
  );

  const byProperty = groupBy(
    outgoing.filter((q) => !q.predicate.equals(rdf.type)),
    (q) => q.predicate.value,
  );
  const properties = sortBy(
    [...byProperty].map(([property, group]) => ({ property: linkTo(property), values: sortValues(group.map((q) => toValue(q.object, linkTo)), baseIri) })),
    (p) => `${PROPERTY_RANKS[p.property.iri] ?? 1}${p.property.label}`,
  );

  const byIncoming = groupBy(
    quads.filter((q) => q.object.value === iri && q.object.termType === 'NamedNode' && q.subject.termType === 'NamedNode'),
    (q) => q.predicate.value,
  );
  const incoming = sortBy(
    [...byIncoming].map(([property, group]) => ({ property: linkTo(property), subjects: sortLinks(dedupe(group.map((q) => q.subject.value)).map(linkTo), baseIri) })),
    (g) => g.property.label,
  );

  const describe = (node: string) => quads.filter((q) => q.subject.value === node);
  const objectsOf = (predicates: RDF.NamedNode[]) =>
    dedupe(outgoing.filter((q) => predicates.some((p) => q.predicate.equals(p)) && q.object.termType === 'NamedNode').map((q) => q.object.value));

  const sources = objectsOf([prov.wasDerivedFrom])
    .map((node) => ({ link: linkTo(node), ...readLocation(describe(node)) }))
    .filter((s) => s.file !== undefined);
  const fields = objectsOf([ropa.hasSourceField, ropa.preamble])
    .map((node) => {
      const facts = describe(node);
      return {
        link: linkTo(node),
        label: literalOf(facts, ropa.fieldLabel) ?? literalOf(facts, dct.title) ?? linkTo(node).label,
        verbatim: literalOf(facts, ropa.verbatim),
        ...languageOf(facts, ropa.verbatim),
        ...readLocation(facts),
      };
    })
    .sort((a, b) => (a.firstLine ?? 0) - (b.firstLine ?? 0) || a.label.localeCompare(b.label, 'fr'))
    .map(({ firstLine: _firstLine, ...field }) => field);

  const formatHref = (name: string) => `${self.href}${self.href.includes('?') ? '&' : '?'}format=${name}`;
  return {
    iri,
    title: self.label,
    ...(self.language ? { titleLanguage: self.language } : {}),
    ...(self.curie ? { curie: self.curie } : {}),
    ...(self.external ? { external: self.external } : {}),
    types,
    properties,
    incoming,
    sources: sources.map(({ firstLine: _firstLine, ...s }) => s),
    fields,
    formats: GRAPH_FORMATS.map((f) => ({ label: f.label, mediaType: f.mediaType, href: formatHref(f.name) })),
  };
}

function createLink(iri: string, labels: LabelIndex, baseIri: string): LinkView {
  const curie = compactIri(iri);
  const href = resourcePath(iri, baseIri);
  const ours = !href.startsWith('/resource?');
  const known = labels.labelOf(iri);
  const label = known ?? curie ?? (ours ? iri.slice(baseIri.length) : iri);
  const language = known === undefined ? undefined : labels.languageOf(iri);
  return { iri, label, href, ...(curie ? { curie } : {}), ...(!ours && /^https?:/.test(iri) ? { external: iri } : {}), ...(language ? { language } : {}) };
}

function toValue(term: RDF.Term, linkTo: (iri: string) => LinkView): ValueView {
  if (term.termType === 'NamedNode') return { kind: 'link', link: linkTo(term.value) };
  if (term.termType === 'Literal') {
    const datatype = term.datatype.value;
    return {
      kind: 'literal',
      text: term.value,
      ...(term.language ? { language: term.language } : {}),
      ...(!term.language && datatype !== LANG_STRING && !SELF_EVIDENT_DATATYPES.has(datatype) ? { datatype: linkTo(datatype) } : {}),
    };
  }
  return { kind: 'literal', text: `_:${term.value}` };
}

function readLocation(facts: readonly RDF.Quad[]): { file?: string; lines?: string; cell?: string; firstLine?: number } {
  const file = literalOf(facts, ropa.sourceFile);
  const first = literalOf(facts, ropa.firstLine);
  const last = literalOf(facts, ropa.lastLine) ?? first;
  const lines = first === undefined ? undefined : first === last ? `ligne ${first}` : `lignes ${first}–${last}`;
  const sheet = literalOf(facts, ropa.sourceSheet);
  const cell = literalOf(facts, ropa.sourceCell);
  return {
    ...(file !== undefined ? { file } : {}),
    ...(lines ? { lines } : {}),
    ...(sheet !== undefined && cell !== undefined ? { cell: `${sheet}!${cell}` } : {}),
    ...(first !== undefined ? { firstLine: Number(first) } : {}),
  };
}

function languageOf(facts: readonly RDF.Quad[], predicate: RDF.NamedNode): { language?: string } {
  const term = facts.find((q) => q.predicate.equals(predicate) && q.object.termType === 'Literal')?.object as RDF.Literal | undefined;
  return term?.language ? { language: term.language } : {};
}

function literalOf(facts: readonly RDF.Quad[], predicate: RDF.NamedNode): string | undefined {
  return facts.find((q) => q.predicate.equals(predicate) && q.object.termType === 'Literal')?.object.value;
}

function sortValues(values: ValueView[], baseIri: string): ValueView[] {
  const links = sortLinks(values.flatMap((v) => (v.kind === 'link' ? [v.link] : [])), baseIri);
  const literals = sortBy(values.filter((v) => v.kind === 'literal'), (v) => v.text);
  return [...links.map((link) => ({ kind: 'link' as const, link })), ...literals];
}

/**
 * Registers share treatment titles (001 and 002 both have "Gestion de la messagerie professionnelle Office365"):
 * links with the same label get the first two segments of their path (e.g. "register/001-…") to tell them apart.
 */
function sortLinks(links: LinkView[], baseIri: string): LinkView[] {
  const counts = new Map<string, number>();
  for (const l of links) counts.set(l.label, (counts.get(l.label) ?? 0) + 1);
  const hinted = links.map((l) => {
    // Terms of other vocabularies already show their CURIE in their external link.
    if ((counts.get(l.label) ?? 0) < 2 || !l.iri.startsWith(baseIri)) return l;
    return { ...l, hint: l.iri.slice(baseIri.length).split('/').slice(0, 2).join('/') };
  });
  // Numbered parts of one node (".../purpose/1", ".../purpose/2"…) keep the register's order: a procedure listed
  // step by step would read scrambled in alphabetical order.
  const numbered = hinted.map((l) => /^(.*\/)(\d+)$/.exec(l.iri));
  if (numbered.length > 1 && numbered.every((m) => m !== null && m[1] === numbered[0]![1])) {
    return hinted.map((l, i) => [l, Number(numbered[i]![2])] as const).sort((a, b) => a[1] - b[1]).map(([l]) => l);
  }
  return sortBy(hinted, (l) => `${l.label} ${l.hint ?? ''}`);
}

function sortBy<T>(items: T[], key: (item: T) => string): T[] {
  return items.sort((a, b) => key(a).localeCompare(key(b), 'fr'));
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

function dedupe(values: readonly string[]): string[] {
  return [...new Set(values)];
}
