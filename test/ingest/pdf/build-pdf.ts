// Builds small PDFs in memory (Helvetica text runs at given positions), so extraction is tested on known geometry.

export interface PdfRun {
  readonly text: string;
  /** Left edge of the run, in points from the page's left side. */
  readonly x: number;
  /** Baseline, in points from the page's top. */
  readonly y: number;
  readonly size?: number;
  /** Drawn turned a quarter turn counterclockwise (as stamps and margin notes are), at (x, y) in user space. */
  readonly turned?: boolean;
}

export interface PdfPage {
  readonly runs: readonly PdfRun[];
  /** The page's /Rotate: 90 shows the page turned a quarter turn clockwise. */
  readonly rotate?: 0 | 90;
}

const pageWidth = 595;
const pageHeight = 842;

/** @param pages the runs of each page (or a page with its rotation); a page without runs has no text at all */
export function buildPdf(pages: ReadonlyArray<readonly PdfRun[] | PdfPage>): Uint8Array {
  const objects: string[] = [];
  const pageIds = pages.map((_, index) => 4 + 2 * index);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  pages.forEach((page, index) => {
    const { runs, rotate = 0 } = 'runs' in page ? page : { runs: page };
    const content = runs
      .map(({ text, x, y, size = 12, turned = false }) => {
        const matrix = turned ? `0 1 -1 0 ${x} ${pageHeight - y}` : `1 0 0 1 ${x} ${pageHeight - y}`;
        return `BT /F1 ${size} Tf ${matrix} Tm (${text.replace(/[()\\]/g, (c) => `\\${c}`)}) Tj ET`;
      })
      .join('\n');
    const pageId = pageIds[index]!;
    objects[pageId] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${pageWidth} ${pageHeight}] /Rotate ${rotate} ` +
      `/Resources << /Font << /F1 3 0 R >> >> /Contents ${pageId + 1} 0 R >>`;
    objects[pageId + 1] = `<< /Length ${content.length} >>\nstream\n${content}\nendstream`;
  });

  // Offsets in the cross-reference table count bytes: the runs are kept to ASCII, so characters are bytes.
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id += 1) {
    offsets[id] = body.length;
    body += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = body.length;
  body += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id += 1) body += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}
