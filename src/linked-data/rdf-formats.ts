// The four RDF serialisations we publish, with the short name used by ?format=, the CLI and file extensions.
import type { RdfMediaType } from './serialise-quads.ts';

export interface RdfFormat {
  /** Short name of ?format= and `ropa export --format`. */
  name: 'ttl' | 'jsonld' | 'nt' | 'rdfxml';
  /** File extension of downloads. */
  extension: string;
  mediaType: RdfMediaType;
  /** What a person reads on a page. */
  label: string;
}

/** Turtle first: the default for a client that accepts anything. */
export const RDF_FORMATS: readonly RdfFormat[] = [
  { name: 'ttl', extension: 'ttl', mediaType: 'text/turtle', label: 'Turtle' },
  { name: 'jsonld', extension: 'jsonld', mediaType: 'application/ld+json', label: 'JSON-LD' },
  { name: 'nt', extension: 'nt', mediaType: 'application/n-triples', label: 'N-Triples' },
  { name: 'rdfxml', extension: 'rdf', mediaType: 'application/rdf+xml', label: 'RDF/XML' },
];

export function findRdfFormat(by: { name?: string; extension?: string; mediaType?: string }): RdfFormat | undefined {
  return RDF_FORMATS.find(
    (f) => (by.name === undefined || f.name === by.name) && (by.extension === undefined || f.extension === by.extension) && (by.mediaType === undefined || f.mediaType === by.mediaType),
  );
}
