// The media types we serve for each kind of result, and the short names accepted by ?format=.
export type ResultKindName = 'bindings' | 'boolean' | 'quads';

/** First entry is the default when the client accepts anything. */
export const MEDIA_TYPES: Record<ResultKindName, readonly string[]> = {
  bindings: ['application/sparql-results+json', 'application/sparql-results+xml', 'text/csv', 'text/tab-separated-values'],
  boolean: ['application/sparql-results+json', 'application/sparql-results+xml', 'text/csv', 'text/tab-separated-values'],
  quads: ['text/turtle', 'application/n-triples', 'application/ld+json', 'application/rdf+xml'],
};

export const FORMAT_NAMES: Record<string, string> = {
  json: 'application/sparql-results+json',
  xml: 'application/sparql-results+xml',
  csv: 'text/csv',
  tsv: 'text/tab-separated-values',
  ttl: 'text/turtle',
  turtle: 'text/turtle',
  nt: 'application/n-triples',
  ntriples: 'application/n-triples',
  jsonld: 'application/ld+json',
  rdfxml: 'application/rdf+xml',
  rdf: 'application/rdf+xml',
};

/** File extension of each RDF media type, for download names. */
export const FILE_EXTENSIONS: Record<string, string> = {
  'text/turtle': 'ttl',
  'application/n-triples': 'nt',
  'application/ld+json': 'jsonld',
  'application/rdf+xml': 'rdf',
  'application/sparql-results+json': 'srj',
  'application/sparql-results+xml': 'srx',
  'text/csv': 'csv',
  'text/tab-separated-values': 'tsv',
  'text/html': 'html',
};
