// One run of text of a PDF page where pdf.js put it: the unit the page layout is rebuilt from.

export interface PlacedText {
  readonly text: string;
  /** Left edge, in PDF points from the page's left side. */
  readonly x: number;
  /** Baseline, in PDF points from the page's top (so lines sort top to bottom). */
  readonly y: number;
  /** Advance width in PDF points. */
  readonly width: number;
  /** Font size in PDF points (the vertical scale of the text matrix). */
  readonly size: number;
  /** Whether pdf.js put a space (a whitespace run, or whitespace at either edge) between this run and
   * the one before it in the content stream: the producer's own word break, whatever the gap. */
  readonly spaceBefore: boolean;
}
