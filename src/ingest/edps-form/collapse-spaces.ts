// Reduces the layout padding of extracted text to single spaces between the words, which stay verbatim.
export function collapseSpaces(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}
