// PDF text extraction with pdf.js: small built PDFs of known geometry, and the errors for unreadable PDFs.
import { describe, expect, it } from 'vitest';
import { extractPdfText } from '../../../src/ingest/pdf/extract-pdf-text.ts';
import { RegisterFormatError } from '../../../src/errors/register-format-error.ts';
import { buildPdf } from './build-pdf.ts';

describe('extractPdfText', () => {
  it('lays out rows and columns, and ends every page with a form feed as pdftotext does', async () => {
    const pdf = buildPdf([
      [
        { text: 'Nr.', x: 72, y: 100 },
        { text: 'Item', x: 102, y: 100 },
        { text: 'Description', x: 312, y: 100 },
        { text: '1.', x: 72, y: 114 },
        { text: 'Reference number', x: 102, y: 114 },
        { text: '57', x: 312, y: 114 },
      ],
      [{ text: '2|Page', x: 500, y: 800 }],
    ]);
    const text = await extractPdfText(pdf, 'built.pdf');
    const pages = text.split('\f');
    expect(pages).toHaveLength(3);
    expect(pages[2]).toBe('');
    const [header, item] = pages[0]!.split('\n');
    // Columns follow x: "Description" and "57" start at one column, "Item" and "Reference" at another.
    expect(header?.indexOf('Description')).toBe(item?.indexOf('57'));
    expect(header?.indexOf('Item')).toBe(item?.indexOf('Reference'));
    expect(item?.trim().split(/\s+/)).toEqual(['1.', 'Reference', 'number', '57']);
    expect(pages[1]).toBe('2|Page\n');
  });

  it('leaves out text drawn turned (a stamp), keeping the rows around it', async () => {
    const pdf = buildPdf([[{ text: 'Upright', x: 72, y: 100 }, { text: 'STAMP', x: 300, y: 107, turned: true }, { text: 'below', x: 72, y: 114 }]]);
    expect(await extractPdfText(pdf, 'stamped.pdf')).toBe('Upright\nbelow\n\f');
  });

  it('reads a page turned by /Rotate as it is displayed', async () => {
    // On a page shown a quarter turn clockwise, text drawn a quarter turn counterclockwise reads upright:
    // user-space y becomes the column and x the row.
    const pdf = buildPdf([{ rotate: 90, runs: [{ text: 'Nr.', x: 100, y: 700, turned: true }, { text: 'Item', x: 100, y: 650, turned: true }, { text: 'next', x: 114, y: 700, turned: true }] }]);
    expect((await extractPdfText(pdf, 'turned.pdf')).replace(/ +/g, ' ')).toBe('Nr. Item\nnext\n\f');
  });

  it.each([
    { name: 'bytes that are no PDF', bytes: new TextEncoder().encode('Registre des traitements\n'), reason: 'not a readable PDF' },
    { name: 'a PDF without any text (a scan)', bytes: buildPdf([[], []]), reason: 'the PDF has no text layer' },
  ])('rejects $name, naming the file', async ({ bytes, reason }) => {
    const error = await extractPdfText(bytes, 'input.pdf').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RegisterFormatError);
    expect(error).toMatchObject({ file: 'input.pdf', line: undefined });
    expect((error as RegisterFormatError).reason).toContain(reason);
  });

  it('leaves the caller its bytes (pdf.js detaches the buffer it is given)', async () => {
    const pdf = buildPdf([[{ text: 'x', x: 72, y: 100 }]]);
    const length = pdf.length;
    await extractPdfText(pdf, 'built.pdf');
    expect(pdf.length).toBe(length);
  });
});
