// Text as search compares it: no accents, no case, ligatures opened, punctuation turned into single spaces.
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Without spaces: "office 365" and "Office365" are the same name. */
export function compactForSearch(folded: string): string {
  return folded.replace(/ /g, '');
}
