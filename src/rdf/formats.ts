// The one registry of the RDF and SPARQL result formats we read or write: media types, names, extensions, writers.
import type { euFileType, formats as w3cFormats } from '../vocab/namespaces.ts';

/**
 * What a serialisation carries: SPARQL solutions, an ASK boolean, a graph (CONSTRUCT and DESCRIBE results, a
 * resource, a dump with its graphs merged) or a dataset (quads, each kept in its named graph).
 */
export type FormatKind = 'bindings' | 'boolean' | 'triples' | 'quads';

/** A SPARQL result as Comunica names it: its 'quads' is a graph (CONSTRUCT, DESCRIBE), written in a triples format. */
export type ResultKind = 'bindings' | 'boolean' | 'quads';

/** Who writes the format for the linked-data pages and for an engine result that is not answered by the store. */
/** Local names in two vocabularies; only their types are imported, so that this table loads nothing (the store's workers read it). */
type W3cFormatName = Exclude<keyof typeof w3cFormats, '$iri' | 'term'>;
type EuFileTypeName = Exclude<keyof typeof euFileType, '$iri' | 'term'>;

export type FormatWriter = 'comunica' | 'n3' | 'rdflib' | 'jsonld';

export interface Format {
  mediaType: string;
  /** The short name of links, download names and `ropa export --format`. */
  name: string;
  /** Other media types that mean this format (a client asking for plain JSON, a source answering it). */
  aliases: readonly string[];
  /** Every short name ?format= and Fuseki's format/output/results accept for it (looked up in NAMED_FORMATS), for every kind of result. */
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
  /** Its local name under http://www.w3.org/ns/formats/ (vocab's `formats`), for service descriptions. */
  w3c?: W3cFormatName;
  /** Its EU file type (vocab's `euFileType`), for the DCAT-AP catalogue. */
  euFileType?: EuFileTypeName;
}

const SPARQL_JSON = {
  mediaType: 'application/sparql-results+json',
  name: 'json',
  aliases: ['application/json'],
  names: ['json'],
  graphNames: [],
  extension: 'srj',
  label: 'SPARQL JSON',
  kinds: ['bindings', 'boolean'],
  writer: 'comunica',
  storeWrites: true,
  w3c: 'SPARQL_Results_JSON',
} as const satisfies Format;
const SPARQL_XML = {
  mediaType: 'application/sparql-results+xml',
  name: 'xml',
  aliases: [],
  names: ['xml'],
  graphNames: [],
  extension: 'srx',
  label: 'SPARQL XML',
  kinds: ['bindings', 'boolean'],
  writer: 'comunica',
  storeWrites: true,
  w3c: 'SPARQL_Results_XML',
} as const satisfies Format;
const CSV = {
  mediaType: 'text/csv',
  name: 'csv',
  aliases: [],
  names: ['csv'],
  graphNames: [],
  extension: 'csv',
  label: 'CSV',
  kinds: ['bindings', 'boolean'],
  writer: 'comunica',
  storeWrites: true,
  w3c: 'SPARQL_Results_CSV',
} as const satisfies Format;
const TSV = {
  mediaType: 'text/tab-separated-values',
  name: 'tsv',
  aliases: [],
  names: ['tsv'],
  graphNames: [],
  extension: 'tsv',
  label: 'TSV',
  kinds: ['bindings', 'boolean'],
  writer: 'comunica',
  storeWrites: true,
  w3c: 'SPARQL_Results_TSV',
} as const satisfies Format;
const TURTLE = {
  mediaType: 'text/turtle',
  name: 'ttl',
  aliases: [],
  names: ['ttl', 'turtle'],
  graphNames: ['text', 'n3'],
  extension: 'ttl',
  label: 'Turtle',
  kinds: ['triples'],
  writer: 'n3',
  n3: 'Turtle',
  storeWrites: true,
  w3c: 'Turtle',
  euFileType: 'RDF_TURTLE',
} as const satisfies Format;
const N_TRIPLES = {
  mediaType: 'application/n-triples',
  name: 'nt',
  aliases: [],
  names: ['nt', 'ntriples'],
  graphNames: [],
  extension: 'nt',
  label: 'N-Triples',
  kinds: ['triples'],
  writer: 'n3',
  n3: 'N-Triples',
  storeWrites: true,
  w3c: 'N-Triples',
  euFileType: 'RDF_N_TRIPLES',
} as const satisfies Format;
const JSON_LD = {
  mediaType: 'application/ld+json',
  name: 'jsonld',
  aliases: ['application/json'],
  names: ['jsonld'],
  graphNames: ['json', 'json-ld'],
  extension: 'jsonld',
  label: 'JSON-LD',
  kinds: ['triples'],
  writer: 'jsonld',
  storeWrites: true,
  w3c: 'JSON-LD',
  euFileType: 'JSON_LD',
} as const satisfies Format;
const RDF_XML = {
  mediaType: 'application/rdf+xml',
  name: 'rdfxml',
  aliases: [],
  names: ['rdfxml', 'rdf'],
  graphNames: ['xml', 'rdf+xml'],
  extension: 'rdf',
  label: 'RDF/XML',
  kinds: ['triples'],
  // Comunica 5.4 has no RDF/XML writer.
  writer: 'rdflib',
  storeWrites: true,
  w3c: 'RDF_XML',
  euFileType: 'RDF_XML',
} as const satisfies Format;
const N_QUADS = {
  mediaType: 'application/n-quads',
  name: 'nq',
  aliases: [],
  names: ['nq'],
  graphNames: [],
  extension: 'nq',
  label: 'N-Quads',
  kinds: ['quads'],
  writer: 'n3',
  n3: 'N-Quads',
  storeWrites: true,
  w3c: 'N-Quads',
  euFileType: 'RDF_N_QUADS',
} as const satisfies Format;
const TRIG = {
  mediaType: 'application/trig',
  name: 'trig',
  aliases: [],
  names: ['trig'],
  graphNames: [],
  extension: 'trig',
  label: 'TriG',
  kinds: ['quads'],
  writer: 'n3',
  n3: 'TriG',
  storeWrites: true,
  w3c: 'TriG',
  euFileType: 'RDF_TRIG',
} as const satisfies Format;
/** Comunica writes N3 when asked; we neither offer nor read it, but keep it written like Turtle. */
const N3 = {
  mediaType: 'text/n3',
  name: 'n3',
  aliases: [],
  names: [],
  graphNames: [],
  extension: 'n3',
  label: 'Notation3',
  kinds: ['triples'],
  writer: 'comunica',
  storeWrites: false,
} as const satisfies Format;

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

/** The bodies of SPARQL protocol requests. */
export const REQUEST_MEDIA_TYPES = { query: 'application/sparql-query', update: 'application/sparql-update', form: 'application/x-www-form-urlencoded' } as const;

/** The CNIL-style report as a workbook. */
export const SPREADSHEET_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A client naming plain JSON gets the JSON the result has: SPARQL JSON for a table, JSON-LD for a graph. */
export const PLAIN_JSON = PAGE_MEDIA_TYPES.json;

/** The order in which ?format= names are looked up and listed in error messages; no dataset format among them (a dump is asked for by its extension, or by `name` in `ropa export --format`). */
export const NAMED_FORMATS: readonly Format[] = [SPARQL_JSON, SPARQL_XML, CSV, TSV, TURTLE, N_TRIPLES, JSON_LD, RDF_XML];

/** The four graph formats a resource, a description or a merged dump is published in. Turtle first: the default for a client that accepts anything. */
export const GRAPH_FORMATS = [TURTLE, JSON_LD, N_TRIPLES, RDF_XML] as const;
export type GraphFormat = (typeof GRAPH_FORMATS)[number];
export type GraphMediaType = GraphFormat['mediaType'];

/** The dataset formats, in which a dump keeps its named graphs. */
export const DATASET_FORMATS = [N_QUADS, TRIG] as const;
export type DatasetMediaType = (typeof DATASET_FORMATS)[number]['mediaType'];

/** Every format a dump is offered in. */
export const DUMP_FORMATS = [...GRAPH_FORMATS, ...DATASET_FORMATS] as const;
export type DumpFormat = (typeof DUMP_FORMATS)[number];
export type DumpMediaType = DumpFormat['mediaType'];

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

/** The format of `formats` with this short name, extension or media type (every one given must match). */
export function findFormatIn<F extends Format>(formats: readonly F[], by: { name?: string; extension?: string; mediaType?: string }): F | undefined {
  return formats.find((f) => (by.name === undefined || f.name === by.name) && (by.extension === undefined || f.extension === by.extension) && (by.mediaType === undefined || f.mediaType === by.mediaType));
}

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
