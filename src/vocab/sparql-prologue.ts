// The PREFIX lines our constant query texts start with, written from the one list of namespaces.
import { PREFIXES } from './namespaces.ts';

export const SPARQL_PROLOGUE = Object.entries(PREFIXES)
  .map(([prefix, iri]) => `PREFIX ${prefix}: <${iri}>`)
  .join('\n');
