// The four EDPS PDFs read directly give the same treatment as their pdftotext versions; folders list PDFs.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listRegisterFiles } from '../../../src/pipeline/list-register-files.ts';
import { edpsFormLayout } from '../../../src/ingest/edps-form/edps-form-layout.ts';
import { extractPdfText } from '../../../src/ingest/pdf/extract-pdf-text.ts';
import { readRegisterFile } from '../../../src/ingest/read-register-file.ts';
import { rawRegisterSchema, type RawRegister } from '../../../src/model/raw-register.ts';
import { recordFiles } from '../edps-form/fixtures.ts';

const pdfDir = fileURLToPath(new URL('../../../data/registers-pdf/', import.meta.url));
const txtDir = fileURLToPath(new URL('../../../data/registers/', import.meta.url));
const [file01a, file03, file05, file57] = recordFiles;
const pairs = [
  { pdf: '01a_-_record_of_processing_activity_-_selection_of_staff_-_public_en.pdf', txt: file01a, pages: 4 },
  { pdf: '03_selection_seconded_national_experts_en.pdf', txt: file03, pages: 3 },
  { pdf: '05-record-of-processing_activity-selection-and-management-of_interim-staff-public_en.pdf', txt: file05, pages: 4 },
  { pdf: '57-record_of_processing_activity-corporate_credit-card-public_en.pdf', txt: file57, pages: 6 },
];

const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim();
/** Everything of a register but its line numbers, which differ between the two extractions. */
function describeContent(register: RawRegister): unknown {
  return {
    layout: register.layout,
    title: register.title,
    preamble: register.preamble.map((entry) => [entry.key, entry.label, normalise(entry.text)]),
    treatments: register.treatments.map((treatment) => ({
      ordinal: treatment.ordinal,
      number: treatment.number,
      fields: treatment.fields.map((field) => [field.key, field.label, normalise(field.text)]),
    })),
    warnings: register.warnings.map((warning) => warning.message),
  };
}

describe.each(pairs)('$pdf', ({ pdf, txt, pages }) => {
  it('parses with the edps-form parser into the treatment of its pdftotext version', async () => {
    const fromPdf = rawRegisterSchema.parse(await readRegisterFile(`${pdfDir}${pdf}`));
    const fromTxt = await readRegisterFile(`${txtDir}${txt}`);
    // No tolerance needed: after whitespace normalisation every text, label and warning is equal.
    expect(describeContent(fromPdf)).toEqual(describeContent(fromTxt));
  });

  it('keeps the PDF name in provenance and points at lines of the extracted text', async () => {
    const register = await readRegisterFile(`${pdfDir}${pdf}`);
    expect(register.file).toBe(pdf);
    expect(register.warnings.every((warning) => warning.file === pdf)).toBe(true);
    const { readFile } = await import('node:fs/promises');
    const lines = (await extractPdfText(await readFile(`${pdfDir}${pdf}`), pdf)).split('\n');
    for (const field of register.treatments[0]!.fields) {
      // The first line of an item prints its label's first word (or, for the title, the title).
      const firstWord = field.key === 'title' ? field.text.split(' ')[0]! : field.label.split(' ')[0]!;
      expect(lines[field.lines.first - 1], `${field.key} at line ${field.lines.first}`).toContain(firstWord);
    }
  });

  it(`extracts ${pages} pages, each with its header row and its footer`, async () => {
    const { readFile } = await import('node:fs/promises');
    const text = await extractPdfText(await readFile(`${pdfDir}${pdf}`), pdf);
    expect(text.endsWith('\f')).toBe(true);
    const pageTexts = text.split('\f').slice(0, -1);
    expect(pageTexts).toHaveLength(pages);
    pageTexts.forEach((page, index) => {
      expect(page).toMatch(/^\s*Nr\.?\s+Item\s+Description\s*$/m);
      expect(page).toMatch(new RegExp(`^\\s*${index + 1}\\s*\\|\\s*P\\s*a\\s*g\\s*e\\s*$`, 'm'));
    });
    expect(edpsFormLayout.detect(text)).toBe(true);
  });
});

describe('listRegisterFiles', () => {
  it.each([
    { name: 'a folder of PDFs', inputs: [pdfDir], expected: pairs.map((pair) => `${pdfDir}${pair.pdf}`).sort() },
    { name: 'a PDF given explicitly', inputs: [`${pdfDir}${pairs[1]!.pdf}`], expected: [`${pdfDir}${pairs[1]!.pdf}`] },
    {
      name: 'the text registers folder (text only)',
      inputs: [txtDir],
      expected: readdirSync(txtDir).filter((name) => name.endsWith('.txt')).sort().map((name) => `${txtDir}${name}`),
    },
  ])('takes $name', async ({ inputs, expected }) => {
    expect(await listRegisterFiles(inputs)).toEqual(expected);
  });
});
