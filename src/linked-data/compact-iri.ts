// The CURIE of an IRI with our prefixes (e.g. "pd:Name"), for pages and for labels of unlabelled terms.
import { PREFIXES } from '../vocab/namespaces.ts';

// Longest namespace first, so that "https://w3id.org/dpv/pd#" wins over a shorter one that also matches.
const NAMESPACES = Object.entries(PREFIXES).sort(([, a], [, b]) => b.length - a.length);

export function compactIri(iri: string): string | undefined {
  for (const [prefix, namespace] of NAMESPACES) {
    if (iri.startsWith(namespace) && iri.length > namespace.length) {
      const local = iri.slice(namespace.length);
      // A local name with a slash or a '#' would not read back as the same IRI.
      if (!/[/#?]/.test(local)) return `${prefix}:${local}`;
    }
  }
  return undefined;
}
