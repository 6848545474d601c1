// Folds a printed label to a comparison key, so accents, case, dashes, colons and spacing do not matter.

export function normalizeLabel(printed: string): string {
  // "n°" is typed with the ordinal "º" as often as with the degree sign, and NFKD would turn "º"
  // into a letter "o": drop both first. NFKD then splits "é" into "e" + combining accent, and
  // dropping every non letter/digit absorbs spacing, dash and apostrophe variants of PDF extraction.
  return printed
    .replace(/[°º]/g, '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}
