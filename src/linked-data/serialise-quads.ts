// Serialises quads for linked-data responses: N3.js for Turtle/N-Triples, jsonld for JSON-LD, rdflib for RDF/XML.
import type * as RDF from '@rdfjs/types';
import jsonld from 'jsonld';
import { PREFIXES } from '../vocab/namespaces.ts';
import { serialiseRdfXml } from '../sparql/serialise-rdf-xml.ts';
import { writeN3 } from '../rdf/write-n3.ts';
import { FORMATS, type GraphMediaType } from '../rdf/formats.ts';

/**
 * `contextUrl` is written as the JSON-LD @context so documents stay small and stable; `prefixes` adds to ours (in
 * Turtle and in an inline JSON-LD context), e.g. the DCAT-AP vocabularies of the catalogue.
 */
export async function serialiseQuads(quads: readonly RDF.Quad[], mediaType: GraphMediaType, options: { contextUrl?: string; prefixes?: Record<string, string> } = {}): Promise<string> {
  const prefixes = { ...PREFIXES, ...options.prefixes };
  switch (mediaType) {
    case FORMATS.turtle.mediaType:
      return writeN3(quads, { format: FORMATS.turtle.n3, prefixes });
    case FORMATS.nTriples.mediaType:
      return writeN3(quads, { format: FORMATS.nTriples.n3 });
    case FORMATS.rdfXml.mediaType:
      return serialiseRdfXml(quads);
    case FORMATS.jsonLd.mediaType: {
      const nquads = await writeN3(quads, { format: FORMATS.nQuads.n3 });
      const expanded = await jsonld.fromRDF(nquads, { format: FORMATS.nQuads.mediaType });
      // A document pointing at /context.jsonld may use only the prefixes that context defines.
      const compacted = await jsonld.compact(expanded, options.contextUrl ? { ...PREFIXES } : prefixes);
      if (options.contextUrl) compacted['@context'] = options.contextUrl;
      return `${JSON.stringify(compacted, null, 2)}\n`;
    }
  }
}
