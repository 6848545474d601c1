// Serialises quads for linked-data responses: N3.js for Turtle/N-Triples, jsonld for JSON-LD, rdflib for RDF/XML.
import type * as RDF from '@rdfjs/types';
import jsonld from 'jsonld';
import { PREFIXES } from '../vocab/namespaces.ts';
import { serialiseRdfXml } from '../sparql/serialise-rdf-xml.ts';
import { writeN3 } from '../rdf/write-n3.ts';

export const RDF_MEDIA_TYPES = ['text/turtle', 'application/ld+json', 'application/n-triples', 'application/rdf+xml'] as const;
export type RdfMediaType = (typeof RDF_MEDIA_TYPES)[number];

/**
 * `contextUrl` is written as the JSON-LD @context so documents stay small and stable; `prefixes` adds to ours (in
 * Turtle and in an inline JSON-LD context), e.g. the DCAT-AP vocabularies of the catalogue.
 */
export async function serialiseQuads(quads: readonly RDF.Quad[], mediaType: RdfMediaType, options: { contextUrl?: string; prefixes?: Record<string, string> } = {}): Promise<string> {
  const prefixes = { ...PREFIXES, ...options.prefixes };
  switch (mediaType) {
    case 'text/turtle':
      return writeN3(quads, { format: 'Turtle', prefixes });
    case 'application/n-triples':
      return writeN3(quads, { format: 'N-Triples' });
    case 'application/rdf+xml':
      return serialiseRdfXml(quads);
    case 'application/ld+json': {
      const nquads = await writeN3(quads, { format: 'N-Quads' });
      const expanded = await jsonld.fromRDF(nquads, { format: 'application/n-quads' });
      // A document pointing at /context.jsonld may use only the prefixes that context defines.
      const compacted = await jsonld.compact(expanded, options.contextUrl ? { ...PREFIXES } : prefixes);
      if (options.contextUrl) compacted['@context'] = options.contextUrl;
      return `${JSON.stringify(compacted, null, 2)}\n`;
    }
  }
}
