// Serialises quads for linked-data responses: N3.js for Turtle/N-Triples, jsonld for JSON-LD, rdflib for RDF/XML.
import type * as RDF from '@rdfjs/types';
import jsonld from 'jsonld';
import { PREFIXES } from '../vocab/namespaces.ts';
import { serialiseRdfXml } from '../sparql/serialise-rdf-xml.ts';
import { writeN3 } from '../rdf/write-n3.ts';

export const RDF_MEDIA_TYPES = ['text/turtle', 'application/ld+json', 'application/n-triples', 'application/rdf+xml'] as const;
export type RdfMediaType = (typeof RDF_MEDIA_TYPES)[number];

/** `contextUrl` is written as the JSON-LD @context so documents stay small and stable. */
export async function serialiseQuads(quads: readonly RDF.Quad[], mediaType: RdfMediaType, options: { contextUrl?: string } = {}): Promise<string> {
  switch (mediaType) {
    case 'text/turtle':
      return writeN3(quads, { format: 'Turtle', prefixes: PREFIXES });
    case 'application/n-triples':
      return writeN3(quads, { format: 'N-Triples' });
    case 'application/rdf+xml':
      return serialiseRdfXml(quads);
    case 'application/ld+json': {
      const nquads = await writeN3(quads, { format: 'N-Quads' });
      const expanded = await jsonld.fromRDF(nquads, { format: 'application/n-quads' });
      const compacted = await jsonld.compact(expanded, { ...PREFIXES });
      if (options.contextUrl) compacted['@context'] = options.contextUrl;
      return `${JSON.stringify(compacted, null, 2)}\n`;
    }
  }
}
