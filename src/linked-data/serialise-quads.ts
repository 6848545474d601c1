// Serialises quads for linked-data responses: N3.js for Turtle/N-Triples, jsonld for JSON-LD, rdflib for RDF/XML.
import type * as RDF from '@rdfjs/types';
import { Writer } from 'n3';
import jsonld from 'jsonld';
import { PREFIXES } from '../vocab/namespaces.ts';
import { serialiseRdfXml } from '../sparql/serialise-rdf-xml.ts';
import { separateFinalDots } from '../rdf/separate-final-dots.ts';

export const RDF_MEDIA_TYPES = ['text/turtle', 'application/ld+json', 'application/n-triples', 'application/rdf+xml'] as const;
export type RdfMediaType = (typeof RDF_MEDIA_TYPES)[number];

/** `contextUrl` is written as the JSON-LD @context so documents stay small and stable. */
export async function serialiseQuads(quads: readonly RDF.Quad[], mediaType: RdfMediaType, options: { contextUrl?: string } = {}): Promise<string> {
  switch (mediaType) {
    case 'text/turtle':
      return separateFinalDots(await writeN3(quads, 'Turtle', PREFIXES));
    case 'application/n-triples':
      return writeN3(quads, 'N-Triples');
    case 'application/rdf+xml':
      return serialiseRdfXml(quads);
    case 'application/ld+json': {
      const nquads = await writeN3(quads, 'N-Quads');
      const expanded = await jsonld.fromRDF(nquads, { format: 'application/n-quads' });
      const compacted = await jsonld.compact(expanded, { ...PREFIXES });
      if (options.contextUrl) compacted['@context'] = options.contextUrl;
      return `${JSON.stringify(compacted, null, 2)}\n`;
    }
  }
}

function writeN3(quads: readonly RDF.Quad[], format: string, prefixes?: Record<string, string>): Promise<string> {
  const writer = new Writer({ format, ...(prefixes ? { prefixes } : {}) });
  for (const q of quads) writer.addQuad(q as never);
  return new Promise((resolve, reject) => writer.end((error, result: string) => (error ? reject(error) : resolve(result))));
}
