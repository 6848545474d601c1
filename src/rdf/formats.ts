// The one registry of the RDF and SPARQL result formats we read or write: media types, names, extensions, writers.
import type * as RDF from '@rdfjs/types';
import { euFileType, formats as w3cFormats } from '../vocab/namespaces.ts';

/**
 * What a serialisation carries: SPARQL solutions, an ASK boolean, a graph (CONSTRUCT and DESCRIBE results, a
 * resource, a dump with its graphs merged) or a dataset (quads, each kept in its named graph).
 */
export type FormatKind = 'bindings' | 'boolean' | 'triples' | 'quads';

/** A SPARQL result as Comunica names it: its 'quads' is a graph (CONSTRUCT, DESCRIBE), written in a triples format. */
export type ResultKind = 'bindings' | 'boolean' | 'quads';

/** Who writes the format for the linked-data pages and for an engine result that is not answered by the store. */
export type FormatWriter = 'comunica' | 'n3' | 'rdflib' | 'jsonld';

export interface Format {
  mediaType: string;
  /** Other media types that mean this format (a client asking for plain JSON, a source answering it). */
  aliases: readonly string[];
  /** Short names of ?format=, Fuseki's format/output/results and the CLI's --format, for every kind of result. */
  names: readonly string[];
  /** Names that mean this format only for a graph result, as Fuseki maps them ("xml" is RDF/XML, "json" JSON-LD). */
  graphNames: readonly string[];
  /** File extension of downloads, without the dot. */
  extension: string;
  /** What a person reads on a page. */
  label: string;
  kinds: readonly FormatKind[];
  writer: FormatWriter;
  /** N3.js's name for it, when N3.js reads or writes it. */
  n3?: 'Turtle' | 'TriG' | 'N-Triples' | 'N-Quads';
  /** Oxigraph writes it (a query result or a dump). */
  storeWrites: boolean;
  /** Its IRI under http://www.w3.org/ns/formats/, for service descriptions. */
  w3c?: RDF.NamedNode;
  /** The EU file type of a download, for the DCAT-AP catalogue. */
  euFileType?: RDF.NamedNode;
}

const SPARQL_JSON: Format = {
  mediaType: 'application/sparql-results+json',
  aliases: ['application/json'],
  names: ['json'],
  graphNames: [],
  extension: 'srj',
  label: 'SPARQL JSON',
  kinds: ['bindings', 'boolean'],
  writer: 'comunica',
  storeWrites: true,
  w3c: w3cFormats.SPARQL_Results_JSON,
};
const SPARQL_XML: Format = {
  mediaType: 'application/sparql-results+xml',
  aliases: [],
  names: ['xml'],
  graphNames: [],
  extension: 'srx',
  label: 'SPARQL XML',
  kinds: ['bindings', 'boolean'],
  writer: 'comunica',
  storeWrites: true,
  w3c: w3cFormats.SPARQL_Results_XML,
};
const CSV: Format = {
  mediaType: 'text/csv',
  aliases: [],
  names: ['csv'],
  graphNames: [],
  extension: 'csv',
  label: 'CSV',
  kinds: ['bindings', 'boolean'],
  writer: 'comunica',
  storeWrites: true,
  w3c: w3cFormats.SPARQL_Results_CSV,
};
const TSV: Format = {
  mediaType: 'text/tab-separated-values',
  aliases: [],
  names: ['tsv'],
  graphNames: [],
  extension: 'tsv',
  label: 'TSV',
  kinds: ['bindings', 'boolean'],
  writer: 'comunica',
  storeWrites: true,
  w3c: w3cFormats.SPARQL_Results_TSV,
};
const TURTLE: Format = {
  mediaType: 'text/turtle',
  aliases: [],
  names: ['ttl', 'turtle'],
  graphNames: ['text', 'n3'],
  extension: 'ttl',
  label: 'Turtle',
  kinds: ['triples'],
  writer: 'n3',
  n3: 'Turtle',
  storeWrites: true,
  w3c: w3cFormats.Turtle,
  euFileType: euFileType.RDF_TURTLE,
};
const N_TRIPLES: Format = {
  mediaType: 'application/n-triples',
  aliases: [],
  names: ['nt', 'ntriples'],
  graphNames: [],
  extension: 'nt',
  label: 'N-Triples',
  kinds: ['triples'],
  writer: 'n3',
  n3: 'N-Triples',
  storeWrites: true,
  w3c: w3cFormats['N-Triples'],
  euFileType: euFileType.RDF_N_TRIPLES,
};
const JSON_LD: Format = {
  mediaType: 'application/ld+json',
  aliases: ['application/json'],
  names: ['jsonld'],
  graphNames: ['json', 'json-ld'],
  extension: 'jsonld',
  label: 'JSON-LD',
  kinds: ['triples'],
  writer: 'jsonld',
  storeWrites: true,
  w3c: w3cFormats['JSON-LD'],
  euFileType: euFileType.JSON_LD,
};
const RDF_XML: Format = {
  mediaType: 'application/rdf+xml',
  aliases: [],
  names: ['rdfxml', 'rdf'],
  graphNames: ['xml', 'rdf+xml'],
  extension: 'rdf',
  label: 'RDF/XML',
  kinds: ['triples'],
  // Comunica 5.4 has no RDF/XML writer.
  writer: 'rdflib',
  storeWrites: true,
  w3c: w3cFormats.RDF_XML,
  euFileType: euFileType.RDF_XML,
};
const N_QUADS: Format = {
  mediaType: 'application/n-quads',
  aliases: [],
  names: ['nq'],
  graphNames: [],
  extension: 'nq',
  label: 'N-Quads',
  kinds: ['quads'],
  writer: 'n3',
  n3: 'N-Quads',
  storeWrites: true,
  w3c: w3cFormats['N-Quads'],
  euFileType: euFileType.RDF_N_QUADS,
};
const TRIG: Format = {
  mediaType: 'application/trig',
  aliases: [],
  names: ['trig'],
  graphNames: [],
  extension: 'trig',
  label: 'TriG',
  kinds: ['quads'],
  writer: 'n3',
  n3: 'TriG',
  storeWrites: true,
  w3c: w3cFormats.TriG,
  euFileType: euFileType.RDF_TRIG,
};
/** Comunica writes N3 when asked; we neither offer nor read it, but keep it written like Turtle. */
const N3: Format = {
  mediaType: 'text/n3',
  aliases: [],
  names: [],
  graphNames: [],
  extension: 'n3',
  label: 'Notation3',
  kinds: ['triples'],
  writer: 'comunica',
  storeWrites: false,
};

/** Every format, by a name code can spell; the lists below say which are offered where, in which order. */
export const FORMATS = {
  sparqlJson: SPARQL_JSON,
  sparqlXml: SPARQL_XML,
  csv: CSV,
  tsv: TSV,
  turtle: TURTLE,
  nTriples: N_TRIPLES,
  jsonLd: JSON_LD,
  rdfXml: RDF_XML,
  nQuads: N_QUADS,
  trig: TRIG,
  n3: N3,
} as const;

/** Media types that are not RDF or SPARQL results but that negotiation offers beside them. */
export const PAGE_MEDIA_TYPES = { html: 'text/html', json: 'application/json', text: 'text/plain' } as const;

/** A client naming plain JSON gets the JSON the result has: SPARQL JSON for a table, JSON-LD for a graph. */
export const PLAIN_JSON = PAGE_MEDIA_TYPES.json;

/** The order in which ?format= names are looked up and listed in error messages. */
export const NAMED_FORMATS: readonly Format[] = [SPARQL_JSON, SPARQL_XML, CSV, TSV, TURTLE, N_TRIPLES, JSON_LD, RDF_XML];

/** The four graph formats a resource, a description or a merged dump is published in. Turtle first: the default for a client that accepts anything. */
export const GRAPH_FORMATS: readonly Format[] = [TURTLE, JSON_LD, N_TRIPLES, RDF_XML];

/** The dataset formats, in which a dump keeps its named graphs. */
export const DATASET_FORMATS: readonly Format[] = [N_QUADS, TRIG];

/** Every format a dump is offered in. */
export const DUMP_FORMATS: readonly Format[] = [...GRAPH_FORMATS, ...DATASET_FORMATS];

/** What the SPARQL endpoint offers for each kind of result; the first is the default for a client that accepts anything. */
export const ENDPOINT_FORMATS: Readonly<Record<ResultKind, readonly Format[]>> = {
  bindings: [SPARQL_JSON, SPARQL_XML, CSV, TSV],
  boolean: [SPARQL_JSON, SPARQL_XML, CSV, TSV],
  quads: [TURTLE, N_TRIPLES, JSON_LD, RDF_XML],
};

/** What the store (Oxigraph) writes for each kind of result, in its order of preference: N-Triples first for a graph, the cheapest to read. */
export const STORE_FORMATS: Readonly<Record<ResultKind, readonly Format[]>> = {
  bindings: [SPARQL_JSON, SPARQL_XML, CSV, TSV],
  boolean: [SPARQL_JSON, SPARQL_XML, CSV, TSV],
  quads: [N_TRIPLES, TURTLE, RDF_XML, JSON_LD],
};

/** Every format we read or write. */
export const ALL_FORMATS: readonly Format[] = Object.values(FORMATS);

/** The format with this media type (aliases not included), if we know it. */
export function findFormat(mediaType: string): Format | undefined {
  const type = mediaType.toLowerCase();
  return ALL_FORMATS.find((f) => f.mediaType === type);
}

/** The kind of format a SPARQL result is written in. */
export function formatKindOf(kind: ResultKind): FormatKind {
  return kind === 'quads' ? 'triples' : kind;
}

/** Media types of a list of formats. */
export function listMediaTypes(formats: readonly Format[]): string[] {
  return formats.map((f) => f.mediaType);
}
