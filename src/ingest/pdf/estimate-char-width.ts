// Estimates a page's average character width, the grid step that turns x positions into text columns.
import type { PlacedText } from './placed-text.ts';

export function estimateCharWidth(texts: readonly PlacedText[]): number {
  let width = 0;
  let chars = 0;
  for (const text of texts) {
    width += text.width;
    chars += [...text.text].length;
  }
  // A page of zero-width runs has no usable grid; half the usual 12 pt font keeps columns apart.
  return chars > 0 && width > 0 ? width / chars : 6;
}
