// Puts a space before a statement's final dot when the statement ends in a bare number, as most Turtle writers do.

/**
 * N3.js writes `ropa:ordinal 1.`: valid Turtle (a decimal needs a digit after its point), but Virtuoso 7.2's loader
 * rejects it and Corese reads `1.` as the decimal 1, so our files would fail or change meaning when another
 * administration loads them. N3.js escapes line breaks inside literals, so a line that ends in a digit and a dot can
 * only be the end of a statement.
 */
export function separateFinalDots(turtle: string): string {
  return turtle.replace(/(\d)\.\n/g, '$1 .\n');
}
