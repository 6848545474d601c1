// Whether a string may be used as an IRI term: absolute, and free of the characters RFC 3987 forbids.
const SAFE_IRI = /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`\u0000-\u001f\u007f]+$/i;

/**
 * Values reach the engine as bound terms, never spliced into a query by us; but Comunica writes bound terms
 * back into the text it hands the store, so a forbidden character (">") could still break out of the IRI.
 */
export function isSafeIri(value: string): boolean {
  return value.length <= 2048 && SAFE_IRI.test(value);
}
