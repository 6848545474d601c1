// The DCAT-AP 3 catalogue of the open data: one dataset per register and one for the whole graph, their downloads, the SPARQL service.
import { DataFactory, type Quad } from 'n3';
import type * as RDF from '@rdfjs/types';
import {
  ETALAB_LICENCE, EU_DATA_THEMES, STANDARDS, admsPublisherType, dcat, dcatap, dct, euAvailability, euCountry, euDataTheme, euFileType, euLanguage,
  foaf, ianaMediaType, loc, prov, rdf, vcard, xsd,
} from '../vocab/namespaces.ts';
import type { DatasetStats, RegisterStats } from './load-dataset-stats.ts';
import { groupBySubject } from './group-by-subject.ts';
import type { Dump } from './list-dumps.ts';
import type { DumpFormat, FormatKind } from '../rdf/formats.ts';
import type { CodeLists } from './load-code-lists.ts';

const { namedNode, literal, quad } = DataFactory;

export interface CatalogueUrls {
  /** Where the catalogue is published, e.g. http://host/catalog; its nodes are fragments of it. */
  document: string;
  /** The site's home page. */
  home: string;
  sparql: string;
  /** Absolute URL of a server path (no leading slash). */
  resolve(path: string): string;
}

export interface CatalogueInput {
  stats: DatasetStats;
  dumps: readonly Dump[];
  /** Bytes of each download, by its server path ("export/all.ttl"). */
  byteSizes: ReadonlyMap<string, number>;
  urls: CatalogueUrls;
  /** The data's base IRI: our organisations' IRIs (the publishers) are under it, and have their page on this server. */
  baseIri: string;
  codeLists: CodeLists;
}

/** The jurisdiction our organisations' catalogue gives (dpv:hasCountry or dpv:hasJurisdiction) → the EU country table. */
const SPATIAL: Record<string, { country: RDF.NamedNode; publisherType: RDF.NamedNode }> = {
  [loc.term('FR').value]: { country: euCountry.FRA, publisherType: admsPublisherType.NationalAuthority },
  [loc.term('EU').value]: { country: euCountry.EUR, publisherType: admsPublisherType.SupraNationalAuthority },
};

const KEYWORDS = {
  fr: ['RGPD', 'registre des activités de traitement', 'article 30', 'données personnelles', 'protection des données', 'DPV', 'données liées'],
  en: ['GDPR', 'record of processing activities', 'personal data', 'data protection'],
};

export function buildDcatCatalogue(input: CatalogueInput): Quad[] {
  const { stats, urls, byteSizes } = input;
  const node = (fragment: string) => namedNode(`${urls.document}#${fragment}`);
  const catalogue = node('catalog');
  const whole = node('dataset');
  const service = node('sparql-service');
  const publisher = node('publisher');
  const contact = node('contact');
  const quads: Quad[] = [];
  const add = (s: RDF.Quad_Subject, p: RDF.NamedNode, o: RDF.Quad_Object) => quads.push(quad(s, p, o));
  const fr = (text: string) => literal(text, 'fr');
  const en = (text: string) => literal(text, 'en');
  const date = (value: string) => literal(value, xsd.date);

  const dates = stats.registers.flatMap((r) => (r.modified ? [r.modified] : [])).sort();
  const latest = dates.at(-1);
  const registerSets = stats.registers.map((r) => ({ register: r, node: node(`dataset-${r.slug}`) }));

  // The catalogue, published by this service.
  add(catalogue, rdf.type, dcat.Catalog);
  add(catalogue, dct.identifier, literal(catalogue.value));
  add(catalogue, dct.title, fr('Catalogue des registres RGPD des ministères (ropa-graph)'));
  add(catalogue, dct.title, en('Catalogue of the GDPR records of processing activities of French ministries (ropa-graph)'));
  add(catalogue, dct.description, fr('Les registres des activités de traitement (article 30 du RGPD) publiés par des ministères français et des institutions européennes, convertis en graphe de connaissances DPV : un jeu de données par registre et un pour le graphe complet, en six formats RDF, et le point d’accès SPARQL.'));
  add(catalogue, dct.publisher, publisher);
  add(catalogue, foaf.homepage, namedNode(urls.home));
  add(namedNode(urls.home), rdf.type, foaf.term('Document'));
  add(namedNode(urls.home), dct.title, fr('ropa-graph : les registres RGPD des ministères'));
  add(catalogue, dct.language, euLanguage.FRA);
  add(catalogue, dct.language, euLanguage.ENG);
  add(catalogue, dct.license, ETALAB_LICENCE);
  add(catalogue, dct.spatial, euCountry.FRA);
  add(catalogue, dcat.themeTaxonomy, EU_DATA_THEMES);
  if (latest) add(catalogue, dct.modified, date(latest));
  if (dates[0]) add(catalogue, dct.issued, date(dates[0]));
  add(catalogue, dcat.dataset, whole);
  for (const { node: set } of registerSets) add(catalogue, dcat.dataset, set);
  add(catalogue, dcat.service, service);

  add(publisher, rdf.type, foaf.Agent);
  // Whoever serves this graph publishes the catalogue; its kind (administration or not) is not ours to say.
  add(publisher, foaf.name, fr('ropa-graph : graphe de connaissances des registres RGPD'));
  addContact(contact, 'ropa-graph', urls.home);

  // The whole graph.
  describeDataset(whole, {
    identifier: whole.value,
    titles: [fr('Registres des activités de traitement (RGPD) de ministères français, en graphe de connaissances DPV'), en('GDPR records of processing activities of French ministries, as a DPV knowledge graph')],
    descriptions: [
      fr('Les registres des activités de traitement (article 30 du RGPD) publiés par des ministères français, lus sans perdre un mot, décrits avec le vocabulaire DPV 2.3 du W3C et reliés entre eux (systèmes, organisations, catégories de données, politique de sécurité). Chaque traitement renvoie aux lignes du registre dont il provient.'),
      en('The records of processing activities (GDPR article 30) published by French ministries, read without losing a word, described with the W3C Data Privacy Vocabulary 2.3 and linked together. Every treatment points to the lines of the register it was read from.'),
    ],
    publisher,
    contact,
    spatial: [euCountry.FRA, ...(stats.registers.some((r) => spatialOf(r)?.country.equals(euCountry.EUR)) ? [euCountry.EUR] : [])],
    languages: [euLanguage.FRA, euLanguage.ENG],
    dates,
    sources: stats.registers.flatMap((r) => (r.source ? [r.source] : [])),
    landingPage: urls.resolve('export'),
    dump: input.dumps.find((d) => d.kind === 'all'),
    keywords: [...KEYWORDS.fr.map(fr), ...KEYWORDS.en.map(en)],
  });
  // The endpoint, as a distribution of the whole graph too: data.gouv.fr lists it as an API.
  const api = node('distribution-sparql');
  add(whole, dcat.distribution, api);
  add(api, rdf.type, dcat.Distribution);
  add(api, dct.title, fr('Point d’accès SPARQL'));
  add(api, dct.description, fr('Le graphe complet, interrogeable en SPARQL 1.1 (lecture seule).'));
  add(api, dcat.accessURL, namedNode(urls.sparql));
  add(api, dcat.accessService, service);
  add(api, dct.format, euFileType.SPARQLQ);
  add(api, dct.license, ETALAB_LICENCE);
  add(api, dcatap.availability, euAvailability.STABLE);

  // One dataset per register, published by its controller.
  for (const { register, node: set } of registerSets) {
    const controller = register.controllers[0];
    const agent = controller ? namedNode(controller.iri) : publisher;
    const agentContact = controller ? node(`contact-${register.slug}`) : contact;
    if (controller) {
      add(agent, rdf.type, foaf.Agent);
      add(agent, foaf.name, literal(controller.label ?? controller.iri, controller.language ?? ''));
      const spatial = spatialOf(register);
      if (spatial) add(agent, dct.type, spatial.publisherType);
      addContact(agentContact, controller.label ?? controller.iri, urls.resolve(controller.iri.startsWith(input.baseIri) ? controller.iri.slice(input.baseIri.length) : ''));
    }
    const english = register.language === 'en';
    const titled = (register.titleLanguage ?? 'fr') === 'en' ? en(register.title) : fr(register.title);
    const file = register.sourceFile ? `, lu dans le fichier ${register.sourceFile}` : '';
    describeDataset(set, {
      identifier: set.value,
      titles: [titled],
      descriptions: [
        fr(`Le registre « ${register.title} » (${register.treatments} traitement${register.treatments > 1 ? 's' : ''})${file}, converti en graphe DPV${controller?.label ? ` ; responsable de traitement : ${controller.label}` : ''}. Chaque valeur renvoie aux lignes du registre dont elle provient.`),
        ...(english ? [en(`The record "${register.title}" (${register.treatments} processing operation${register.treatments > 1 ? 's' : ''}), as a DPV graph; every value points to the lines it was read from.`)] : []),
      ],
      publisher: agent,
      contact: agentContact,
      spatial: [spatialOf(register)?.country ?? euCountry.FRA],
      languages: [english ? euLanguage.ENG : euLanguage.FRA],
      dates: register.modified ? [register.modified] : [],
      sources: register.source ? [register.source] : [],
      landingPage: urls.resolve(register.iri.startsWith(input.baseIri) ? register.iri.slice(input.baseIri.length) : ''),
      dump: input.dumps.find((d) => d.kind === 'register' && d.graph === register.iri),
      keywords: english ? KEYWORDS.en.map(en) : KEYWORDS.fr.map(fr),
    });
  }

  // The SPARQL endpoint.
  add(service, rdf.type, dcat.DataService);
  add(service, dct.identifier, literal(service.value));
  add(service, dct.title, fr('Point d’accès SPARQL 1.1 en lecture seule'));
  add(service, dct.title, en('Read-only SPARQL 1.1 endpoint'));
  add(service, dcat.endpointURL, namedNode(urls.sparql));
  add(service, dcat.endpointDescription, namedNode(urls.sparql));
  add(service, dct.conformsTo, STANDARDS.sparqlProtocol);
  add(service, dct.publisher, publisher);
  add(service, dcat.contactPoint, contact);
  add(service, dct.license, ETALAB_LICENCE);
  add(service, dcat.theme, euDataTheme.GOVE);
  for (const k of ['SPARQL', 'RGPD', 'DPV']) add(service, dcat.keyword, fr(k));
  add(service, dcat.servesDataset, whole);
  for (const { node: set } of registerSets) add(service, dcat.servesDataset, set);

  // What the code lists say of the terms used: their class and label, so that the document stands on its own.
  const used = new Set(quads.filter((q) => q.object.termType === 'NamedNode').map((q) => q.object.value));
  return groupBySubject([...quads, ...input.codeLists.describe(used)]);

  function addContact(subject: RDF.NamedNode, name: string, url: string): void {
    add(subject, rdf.type, vcard.Organization);
    // DCAT-AP checks the range class itself (vcard:Kind), without reading vCard's subclass axioms.
    add(subject, rdf.type, vcard.Kind);
    add(subject, vcard.fn, literal(name));
    add(subject, vcard.hasURL, namedNode(url));
  }

  function describeDataset(
    set: RDF.NamedNode,
    d: {
      identifier: string;
      titles: RDF.Literal[];
      descriptions: RDF.Literal[];
      publisher: RDF.NamedNode;
      contact: RDF.NamedNode;
      spatial: RDF.NamedNode[];
      languages: RDF.NamedNode[];
      dates: readonly string[];
      sources: readonly string[];
      landingPage: string;
      dump: Dump | undefined;
      keywords: RDF.Literal[];
    },
  ): void {
    add(set, rdf.type, dcat.Dataset);
    add(set, dct.identifier, literal(d.identifier));
    for (const t of d.titles) add(set, dct.title, t);
    for (const t of d.descriptions) add(set, dct.description, t);
    add(set, dct.publisher, d.publisher);
    add(set, dcat.contactPoint, d.contact);
    for (const k of d.keywords) add(set, dcat.keyword, k);
    add(set, dcat.theme, euDataTheme.GOVE);
    for (const s of d.spatial) add(set, dct.spatial, s);
    for (const l of d.languages) add(set, dct.language, l);
    add(set, dct.license, ETALAB_LICENCE);
    add(set, dct.conformsTo, STANDARDS.dpv);
    add(set, dcat.landingPage, namedNode(d.landingPage));
    // A page, titled: RDF/XML writers leave an element with no property empty but not blank, which some parsers misread.
    add(namedNode(d.landingPage), rdf.type, foaf.term('Document'));
    add(namedNode(d.landingPage), dct.title, d.titles[0]!);
    for (const s of d.sources) add(set, prov.wasDerivedFrom, namedNode(s));
    const sorted = [...d.dates].sort();
    if (sorted.length > 0) {
      // The dates the registers give (each treatment's last update): the period they cover, and the latest.
      const period = namedNode(`${set.value}-period`);
      add(set, dct.temporal, period);
      add(period, rdf.type, dct.term('PeriodOfTime'));
      add(period, dcat.startDate, date(sorted[0]!));
      add(period, dcat.endDate, date(sorted.at(-1)!));
      add(set, dct.modified, date(sorted.at(-1)!));
    }
    for (const file of d.dump?.files ?? []) {
      const distribution = namedNode(`${set.value}-${file.format.name}`);
      const url = namedNode(urls.resolve(file.path));
      add(set, dcat.distribution, distribution);
      add(distribution, rdf.type, dcat.Distribution);
      add(distribution, dct.title, fr(`${file.format.label} (${file.filename})`));
      add(distribution, dct.description, fr(describeFormat(file.format)));
      add(distribution, dcat.downloadURL, url);
      add(distribution, dcat.accessURL, url);
      add(distribution, dcat.mediaType, ianaMediaType.term(file.format.mediaType));
      add(distribution, dct.format, euFileType[file.format.euFileType]);
      add(distribution, dct.license, ETALAB_LICENCE);
      add(distribution, dcatap.availability, euAvailability.STABLE);
      const bytes = byteSizes.get(file.path);
      if (bytes !== undefined) add(distribution, dcat.byteSize, literal(String(bytes), xsd.term('nonNegativeInteger')));
    }
  }
}

function spatialOf(register: RegisterStats): (typeof SPATIAL)[string] | undefined {
  const country = register.controllers.find((c) => c.country && SPATIAL[c.country])?.country;
  return country ? SPATIAL[country] : undefined;
}

function describeFormat(format: DumpFormat): string {
  const kinds: readonly FormatKind[] = format.kinds;
  const graphs = kinds.includes('quads') ? 'chaque triplet dans son graphe nommé' : 'les graphes nommés fusionnés';
  return `Téléchargement en ${format.label} : ${graphs}.`;
}
