// Damaged PDFs that npm run fuzz found: pdf.js's own unhandled rejections no longer end the build, damaged pages are refused in one line.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../src/config/project-paths.ts';
import { extractPdfText } from '../../../src/ingest/pdf/extract-pdf-text.ts';
import { dropPdfjsRejections } from '../../../src/ingest/pdf/drop-pdfjs-rejections.ts';
import { RegisterFormatError } from '../../../src/errors/register-format-error.ts';
import { FUZZ_REGRESSIONS } from '../../../bench/lib/fuzz-regressions.ts';
import { applyMutations } from '../../../bench/lib/fuzz-mutations.ts';

const PDF = join(PROJECT_ROOT, '..', 'shared', 'registers-eu', 'pdf', '03_selection_seconded_national_experts_en.pdf');

/** The fuzz seed edps-form.pdf with the mutations of the regression whose label starts with `label`. */
async function readMutatedPdf(label: string): Promise<Buffer> {
  const regression = FUZZ_REGRESSIONS.find((r) => r.label.startsWith(label))!;
  return applyMutations(await readFile(PDF), regression.mutations!, 'none');
}

describe('extractPdfText on damaged PDFs', () => {
  // Without the guard, Node reports an unhandled XRefEntryException from pdf.js's worker code and vitest fails the run.
  it('reads a PDF whose page tree holds a bad XRef entry, which pdf.js prefetches and never awaits', async () => {
    const text = await extractPdfText(await readMutatedPdf('a PDF whose page tree holds a bad XRef entry'), 'xref.pdf');
    expect(text).toContain('\f');
  });

  it.each([
    ['a PDF whose page 3 holds a damaged flate stream', 'Bad encoding in flate stream'],
    ['a PDF whose page tree points to an object of the wrong type', 'wrong type of object'],
  ])('refuses %s in one line naming the page', async (label, cause) => {
    const error = await extractPdfText(await readMutatedPdf(label), 'damaged.pdf').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegisterFormatError);
    expect((error as Error).message).toMatch(new RegExp(`^damaged\\.pdf: cannot read page 3 of the PDF \\(.*${cause}`));
    expect((error as Error).message).not.toMatch(/[\r\n]/);
  });
});

describe('dropPdfjsRejections', () => {
  it('passes the result through and stops listening once the read is over', async () => {
    const before = process.listenerCount('unhandledRejection');
    expect(await dropPdfjsRejections(async () => 42)).toBe(42);
    expect(process.listenerCount('unhandledRejection')).toBe(before);
  });

  it('passes the read’s own failure through', async () => {
    await expect(dropPdfjsRejections(async () => Promise.reject(new Error('own failure')))).rejects.toThrow('own failure');
  });
});
