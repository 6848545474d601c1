// Turns the text content pdf.js gives for one page into placed texts, dropping whitespace-only runs.
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PlacedText } from './placed-text.ts';

type TextContent = Awaited<ReturnType<PDFPageProxy['getTextContent']>>;
type ContentItem = TextContent['items'][number];
type TextItem = Extract<ContentItem, { str: string }>;
type Matrix = readonly [number, number, number, number, number, number];

/**
 * @param viewport the page's viewport transform at scale 1 (`page.getViewport({ scale: 1 }).transform`),
 *   which puts the origin top left, y downwards, and applies the page's /Rotate, so that rows read as
 *   the page is displayed
 */
export function readPlacedTexts(content: TextContent, viewport: readonly number[]): PlacedText[] {
  const placed: PlacedText[] = [];
  let spacePending = false;
  for (const item of content.items) {
    if (!isTextItem(item)) continue;
    // pdf.js sizes its whitespace runs from the font's space glyph, which some fonts get wildly wrong
    // (a 90 pt "space" between "Nr." and "Item"): positions come from the visible runs only, and a
    // whitespace run only says that the producer meant a word break there.
    if (item.str.trim() === '') {
      spacePending = true;
      continue;
    }
    const [a, b, c, d, e, f] = multiply(toMatrix(viewport), toMatrix(item.transform as number[]));
    // Upright text has a positive x scale and, y pointing down, a negative y scale. Rotated or
    // vertical text (stamps, margin notes) has no place in a row-by-row layout.
    if (Math.abs(b) > 1e-6 || Math.abs(c) > 1e-6 || a <= 0 || d >= 0) continue;
    const spaceBefore = spacePending || /^\s/.test(item.str);
    placed.push({ text: item.str.trim(), x: e, y: f, width: item.width, size: -d, spaceBefore });
    spacePending = /\s$/.test(item.str);
  }
  return placed;
}

function isTextItem(item: ContentItem): item is TextItem {
  return 'str' in item;
}

function toMatrix(values: readonly number[]): Matrix {
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = values;
  return [a, b, c, d, e, f];
}

/** The PDF product `inner` then `outer`, as pdf.js's Util.transform(outer, inner) computes it. */
function multiply(outer: Matrix, inner: Matrix): Matrix {
  const [a1, b1, c1, d1, e1, f1] = outer;
  const [a2, b2, c2, d2, e2, f2] = inner;
  return [
    a1 * a2 + c1 * b2,
    b1 * a2 + d1 * b2,
    a1 * c2 + c1 * d2,
    b1 * c2 + d1 * d2,
    a1 * e2 + c1 * f2 + e1,
    b1 * e2 + d1 * f2 + f1,
  ];
}
