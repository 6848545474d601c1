// Removes the EDPS template's instructions to the form filler ("< row to be deleted when filled in>").

// The template marks its instructions with angle brackets; a filled-in record has no other use for them.
const leftoverPattern = /<\s*row to be deleted when filled in\s*>/gi;

export function dropTemplateLeftovers(text: string): { readonly text: string; readonly dropped: string[] } {
  const dropped = text.match(leftoverPattern) ?? [];
  return { text: dropped.length === 0 ? text : text.replace(leftoverPattern, ''), dropped };
}
