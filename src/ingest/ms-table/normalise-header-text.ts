// Puts a header cell in the form headers are compared in: NFC, lower case, collapsed spaces, no footnote star.
export function normaliseHeaderText(cell: string | undefined): string {
  return (cell ?? '').normalize('NFC').replace(/\*+\s*$/, '').replace(/\s+/g, ' ').trim().toLowerCase();
}
