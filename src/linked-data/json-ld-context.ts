// The stable JSON-LD @context of our documents, published at /context.jsonld: our prefixes as terms.
import { PREFIXES } from '../vocab/namespaces.ts';

export const JSON_LD_CONTEXT_PATH = 'context.jsonld';

export function buildJsonLdContext(): Record<string, unknown> {
  return { '@context': { ...PREFIXES, '@version': 1.1 } };
}
