// Extracts the text of a PDF register with pdf.js as a `pdftotext -layout`-like text the layout parsers read.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { RegisterFormatError } from '../../errors/register-format-error.ts';
import { layOutPage } from './lay-out-page.ts';
import { readPlacedTexts } from './read-placed-texts.ts';
import { dropPdfjsRejections } from './drop-pdfjs-rejections.ts';

// pdf.js reads the metrics of the 14 standard fonts from its own folder when a PDF does not embed them.
const standardFontDataUrl = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts/');

/**
 * Pages end with a form feed, as pdftotext ends them, so "page N" stays visible to the parsers.
 * @param file the file name, for errors
 */
export async function extractPdfText(bytes: Uint8Array, file: string): Promise<string> {
  return dropPdfjsRejections(() => readPdfText(bytes, file));
}

async function readPdfText(bytes: Uint8Array, file: string): Promise<string> {
  // Loaded on first use: pdf.js takes 150 ms to import, which text-only builds and the server need not pay.
  // The legacy build is the one meant for Node (no DOM, older engines).
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({
    // pdf.js takes ownership of (and detaches) the buffer it is given: hand it a copy.
    data: new Uint8Array(bytes),
    standardFontDataUrl,
    // No font rendering, no eval of font programs, no console chatter: text and positions are all we need.
    disableFontFace: true,
    isEvalSupported: false,
    verbosity: 0,
  });
  try {
    const document = await task.promise.catch((error: unknown) => {
      throw new RegisterFormatError(file, undefined, `not a readable PDF (${describe(error)})`);
    });
    const pages: string[] = [];
    let characters = 0;
    for (let number = 1; number <= document.numPages; number += 1) {
      // A damaged page (a bad stream, a wrong object reference) fails here, after the document opened: found by npm run fuzz.
      const content = await readPage(document, number).catch((error: unknown) => {
        throw new RegisterFormatError(file, undefined, `cannot read page ${number} of the PDF (${describe(error)})`);
      });
      const { page } = content;
      const texts = readPlacedTexts(content.text, page.getViewport({ scale: 1 }).transform);
      const lines = layOutPage(texts);
      characters += texts.length;
      pages.push(lines.map((line) => `${line}\n`).join('') + '\f');
      page.cleanup();
    }
    if (characters === 0) {
      throw new RegisterFormatError(file, undefined, 'the PDF has no text layer (a scan?); run OCR first');
    }
    return pages.join('');
  } finally {
    await task.destroy();
  }
}

type PdfDocument = Awaited<ReturnType<typeof import('pdfjs-dist/legacy/build/pdf.mjs').getDocument>['promise']>;

async function readPage(document: PdfDocument, number: number) {
  const page = await document.getPage(number);
  return { page, text: await page.getTextContent() };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
