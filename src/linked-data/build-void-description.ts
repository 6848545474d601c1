// The VoID + DCAT description of the dataset: counts, subsets per register, dumps, endpoint, vocabularies.
import { DataFactory, type Quad } from 'n3';
import type * as RDF from '@rdfjs/types';
import { PREFIXES, dcat, dct, foaf, formats, rdf, voidNs, xsd } from '../vocab/namespaces.ts';
import type { DatasetStats } from './load-dataset-stats.ts';
import type { Dump } from './list-dumps.ts';

const { namedNode, literal, quad } = DataFactory;

/**
 * The registers are documents published by French ministries, reusable as public information; the licence
 * of the State's public data (Licence Ouverte / Open Licence 2.0, décret 2017-638) is assumed for them.
 */
const DATA_LICENCE = 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/';

/** The vocabularies our data is written in: DPV and its extensions, and our own namespace. */
const VOCABULARIES = [PREFIXES.dpv, PREFIXES.pd, PREFIXES.tech, PREFIXES['eu-gdpr'], PREFIXES.loc, PREFIXES.ropa];

const FORMAT_IRIS: Record<string, RDF.NamedNode> = {
  'text/turtle': formats.Turtle,
  'application/n-triples': formats['N-Triples'],
  'application/ld+json': formats['JSON-LD'],
  'application/rdf+xml': formats.RDF_XML,
  'application/n-quads': formats['N-Quads'],
  'application/trig': formats.TriG,
};

/** Titles of the graphs that are not registers; another graph is titled by its name. */
const OTHER_GRAPH_TITLES: Record<string, string> = {
  'graph/ontology': 'Ontologie ropa-graph et libellés français des termes DPV',
  'graph/catalogues': 'Catalogues des entités partagées : organisations, systèmes, catégories de données et de personnes, bases légales, pays, politiques',
};

export interface VoidUrls {
  /** Where this description is published, e.g. http://host/.well-known/void; its nodes are fragments of it. */
  document: string;
  sparql: string;
  /** Absolute URL of a server path (no leading slash). */
  resolve(path: string): string;
}

export function buildVoidDescription(stats: DatasetStats, dumps: readonly Dump[], urls: VoidUrls, baseIri: string): Quad[] {
  const node = (fragment: string) => namedNode(`${urls.document}#${fragment}`);
  const dataset = node('dataset');
  const service = node('sparql-service');
  const sparql = namedNode(urls.sparql);
  const quads: Quad[] = [
    quad(namedNode(urls.document), rdf.type, voidNs.term('DatasetDescription')),
    quad(namedNode(urls.document), dct.title, literal('Description VoID et DCAT du graphe ropa-graph', 'fr')),
    quad(namedNode(urls.document), foaf.term('primaryTopic'), dataset),

    quad(dataset, rdf.type, voidNs.Dataset),
    quad(dataset, rdf.type, dcat.Dataset),
    quad(dataset, dct.title, literal('Registres des activités de traitement (RGPD) de ministères français, en graphe de connaissances DPV', 'fr')),
    quad(dataset, dct.title, literal('GDPR records of processing activities of French ministries, as a DPV knowledge graph', 'en')),
    quad(
      dataset,
      dct.description,
      literal(
        'Les registres des activités de traitement (article 30 du RGPD) publiés par des ministères français, lus sans perdre un mot, décrits avec le vocabulaire DPV 2.3 du W3C et reliés entre eux (systèmes, organisations, catégories de données, politique de sécurité). Chaque traitement renvoie aux lignes du registre dont il provient.',
        'fr',
      ),
    ),
    quad(dataset, voidNs.triples, integer(stats.triples)),
    quad(dataset, voidNs.sparqlEndpoint, sparql),
    quad(dataset, voidNs.uriSpace, literal(baseIri)),
    quad(dataset, dct.license, namedNode(DATA_LICENCE)),
    ...VOCABULARIES.map((v) => quad(dataset, voidNs.vocabulary, namedNode(v))),
    ...stats.examples.map((e) => quad(dataset, voidNs.exampleResource, namedNode(e))),
    ...stats.registers.filter((r) => r.source).map((r) => quad(dataset, dct.source, namedNode(r.source!))),

    quad(service, rdf.type, dcat.DataService),
    quad(service, dct.title, literal('Point d’accès SPARQL 1.1 en lecture seule', 'fr')),
    quad(service, dcat.endpointURL, sparql),
    quad(service, dcat.term('endpointDescription'), sparql),
    quad(service, dcat.servesDataset, dataset),
    quad(service, dct.conformsTo, namedNode('https://www.w3.org/TR/sparql11-protocol/')),
  ];

  for (const dump of dumps) {
    if (dump.kind === 'graph') continue;
    const register = stats.registers.find((r) => r.slug === dump.name && r.iri === dump.graph);
    const target = register ? node(`register-${register.slug}`) : dataset;
    if (register) {
      quads.push(
        quad(dataset, voidNs.subset, target),
        quad(target, rdf.type, voidNs.Dataset),
        quad(target, rdf.type, dcat.Dataset),
        quad(target, dct.title, literal(register.title, 'fr')),
        quad(target, voidNs.triples, integer(register.triples)),
        quad(target, voidNs.term('rootResource'), namedNode(register.iri)),
        quad(target, voidNs.sparqlEndpoint, sparql),
        quad(target, dct.license, namedNode(DATA_LICENCE)),
        ...(register.source ? [quad(target, dct.source, namedNode(register.source))] : []),
      );
    }
    for (const file of dump.files) {
      const distribution = node(`dump-${dump.name}-${file.format.name}`);
      const url = namedNode(urls.resolve(file.path));
      quads.push(
        quad(target, voidNs.dataDump, url),
        quad(target, dcat.distribution, distribution),
        quad(distribution, rdf.type, dcat.Distribution),
        quad(distribution, dct.title, literal(`${dump.title} (${file.format.label})`, 'fr')),
        quad(distribution, dcat.downloadURL, url),
        quad(distribution, dcat.accessURL, url),
        quad(distribution, dcat.mediaType, namedNode(`https://www.iana.org/assignments/media-types/${file.format.mediaType}`)),
        quad(distribution, dct.format, FORMAT_IRIS[file.format.mediaType]!),
        quad(distribution, dct.license, namedNode(DATA_LICENCE)),
      );
    }
  }

  // The graphs that are not registers (ontology, catalogues) are subsets too, so that the subsets add up.
  const registerGraphs = new Set(stats.registers.map((r) => r.iri));
  for (const [graph, triples] of stats.graphTriples) {
    if (registerGraphs.has(graph)) continue;
    const local = graph.startsWith(baseIri) ? graph.slice(baseIri.length) : graph;
    const subset = node(`graph-${local.replace(/[^A-Za-z0-9-]+/g, '-')}`);
    quads.push(
      quad(dataset, voidNs.subset, subset),
      quad(subset, rdf.type, voidNs.Dataset),
      quad(subset, dct.title, literal(OTHER_GRAPH_TITLES[local] ?? `Graphe nommé <${graph}>`, 'fr')),
      quad(subset, voidNs.triples, integer(triples)),
      quad(subset, voidNs.sparqlEndpoint, sparql),
    );
  }
  return groupBySubject(quads);
}

/** Each subject's statements together (first appearance order), so that Turtle writes each subject once. */
function groupBySubject(quads: readonly Quad[]): Quad[] {
  const groups = new Map<string, Quad[]>();
  for (const q of quads) groups.set(q.subject.value, [...(groups.get(q.subject.value) ?? []), q]);
  return [...groups.values()].flat();
}

function integer(n: number): RDF.Literal {
  return literal(String(n), xsd.integer);
}
