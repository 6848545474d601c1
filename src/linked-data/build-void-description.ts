// The VoID description of the dataset: the DCAT-AP catalogue's datasets, with their sizes, subsets, dumps, endpoint and vocabularies.
import { DataFactory, type Quad } from 'n3';
import type * as RDF from '@rdfjs/types';
import { PREFIXES, dct, foaf, rdf, rdfs, voidNs, xsd } from '../vocab/namespaces.ts';
import type { DatasetStats } from './load-dataset-stats.ts';
import { groupBySubject } from './group-by-subject.ts';
import type { Dump } from './list-dumps.ts';

const { namedNode, literal, quad } = DataFactory;

/** The vocabularies our data is written in: DPV and its extensions, and our own namespace. */
const VOCABULARIES = [PREFIXES.dpv, PREFIXES.pd, PREFIXES.tech, PREFIXES['eu-gdpr'], PREFIXES.loc, PREFIXES.ropa];

export interface VoidUrls {
  /** Where this description is published, e.g. http://host/.well-known/void. */
  document: string;
  /** The DCAT-AP catalogue, whose fragments name the datasets (the same nodes in both documents). */
  catalogue: string;
  sparql: string;
  /** Absolute URL of a server path (no leading slash). */
  resolve(path: string): string;
}

/**
 * VoID statements about the catalogue's datasets, then the catalogue itself: a VoID reader and a DCAT-AP harvester
 * read the same nodes, and the document passes the DCAT-AP shapes as the catalogue does.
 */
export function buildVoidDescription(stats: DatasetStats, dumps: readonly Dump[], urls: VoidUrls, baseIri: string, catalogue: readonly Quad[], loadedAt?: Date): Quad[] {
  const node = (fragment: string) => namedNode(`${urls.catalogue}#${fragment}`);
  const dataset = node('dataset');
  const sparql = namedNode(urls.sparql);
  const document = namedNode(urls.document);
  const quads: Quad[] = [
    quad(document, rdf.type, voidNs.term('DatasetDescription')),
    quad(document, dct.title, literal('Description VoID du graphe ropa-graph', 'fr')),
    quad(document, foaf.primaryTopic, dataset),
    quad(document, rdfs.seeAlso, namedNode(urls.catalogue)),
    // The description changes with each generation of the served graph: a client can tell that a rebuild is served.
    ...(loadedAt ? [quad(document, dct.modified, literal(loadedAt.toISOString(), xsd.dateTime))] : []),
    quad(dataset, rdf.type, voidNs.Dataset),
    quad(dataset, voidNs.triples, integer(stats.triples)),
    quad(dataset, voidNs.sparqlEndpoint, sparql),
    quad(dataset, voidNs.uriSpace, literal(baseIri)),
    ...VOCABULARIES.map((v) => quad(dataset, voidNs.vocabulary, namedNode(v))),
    ...stats.examples.map((e) => quad(dataset, voidNs.exampleResource, namedNode(e))),
  ];
  for (const dump of dumps) {
    const register = dump.kind === 'register' ? stats.registers.find((r) => r.iri === dump.graph) : undefined;
    const target = dump.kind === 'all' ? dataset : register ? node(`dataset-${register.slug}`) : node(`graph-${dump.name}`);
    if (dump.kind !== 'all') {
      quads.push(quad(dataset, voidNs.subset, target), quad(target, rdf.type, voidNs.Dataset), quad(target, voidNs.triples, integer(dump.triples)), quad(target, voidNs.sparqlEndpoint, sparql));
    }
    if (register) quads.push(quad(target, voidNs.term('rootResource'), namedNode(register.iri)));
    // The graphs that are not registers (ontology, catalogues, editions) are subsets too, so that the subsets add up.
    if (dump.kind === 'graph') quads.push(quad(target, dct.title, literal(dump.title, 'fr')));
    for (const file of dump.files) quads.push(quad(target, voidNs.dataDump, namedNode(urls.resolve(file.path))));
  }
  return groupBySubject([...quads, ...catalogue]);
}


function integer(n: number): RDF.Literal {
  return literal(String(n), xsd.integer);
}
