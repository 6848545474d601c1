// The RDF serialisations we publish, with the short name used by ?format=, the CLI and file extensions.
import type { RdfMediaType } from './serialise-quads.ts';

/** The formats of a whole dataset: they keep each triple's named graph. */
export type DatasetMediaType = 'application/n-quads' | 'application/trig';

export interface RdfFormat<M extends string = RdfMediaType> {
  /** Short name of ?format= and `ropa export --format`. */
  name: 'ttl' | 'jsonld' | 'nt' | 'rdfxml' | 'nq' | 'trig';
  /** File extension of downloads. */
  extension: string;
  mediaType: M;
  /** What a person reads on a page. */
  label: string;
}

/** The four graph formats: a resource, a description, a dump with its graphs merged. Turtle first: the default for a client that accepts anything. */
export const RDF_FORMATS: readonly RdfFormat[] = [
  { name: 'ttl', extension: 'ttl', mediaType: 'text/turtle', label: 'Turtle' },
  { name: 'jsonld', extension: 'jsonld', mediaType: 'application/ld+json', label: 'JSON-LD' },
  { name: 'nt', extension: 'nt', mediaType: 'application/n-triples', label: 'N-Triples' },
  { name: 'rdfxml', extension: 'rdf', mediaType: 'application/rdf+xml', label: 'RDF/XML' },
];

/** The dataset formats, in which a dump keeps its named graphs (one per register, plus catalogues, editions, ontology). */
export const DATASET_FORMATS: readonly RdfFormat<DatasetMediaType>[] = [
  { name: 'nq', extension: 'nq', mediaType: 'application/n-quads', label: 'N-Quads' },
  { name: 'trig', extension: 'trig', mediaType: 'application/trig', label: 'TriG' },
];

/** Every format a dump is offered in. */
export const DUMP_FORMATS: readonly RdfFormat<RdfMediaType | DatasetMediaType>[] = [...RDF_FORMATS, ...DATASET_FORMATS];

export function findRdfFormat(by: { name?: string; extension?: string; mediaType?: string }): RdfFormat | undefined {
  return RDF_FORMATS.find((f) => matches(f, by));
}

export function findDumpFormat(by: { name?: string; extension?: string; mediaType?: string }): RdfFormat<RdfMediaType | DatasetMediaType> | undefined {
  return DUMP_FORMATS.find((f) => matches(f, by));
}

function matches(f: RdfFormat<string>, by: { name?: string; extension?: string; mediaType?: string }): boolean {
  return (by.name === undefined || f.name === by.name) && (by.extension === undefined || f.extension === by.extension) && (by.mediaType === undefined || f.mediaType === by.mediaType);
}
