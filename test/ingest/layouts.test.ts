// Layout detection over every real register: exactly one layout each, and a clear error when none fits.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LAYOUTS } from '../../src/ingest/layouts.ts';
import { parseRegisterText } from '../../src/ingest/parse-register-text.ts';
import { captureFormatError } from '../support/capture-format-error.ts';
import type { LayoutId } from '../../src/model/raw-register.ts';

const registersDir = new URL('../../data/registers/', import.meta.url);
const read = (file: string): string => readFileSync(new URL(file, registersDir), 'utf8');

const realFiles: ReadonlyArray<{ file: string; layout: LayoutId }> = [
  { file: '000_49a1ce6041cf4ed6.txt', layout: 'ms-table' },
  { file: '001_16106fe6b7c9f12d.txt', layout: 'ms-table' },
  { file: '002_f61adf4d39622cae.txt', layout: 'ms-table' },
  { file: '003_60ea04d657be5b10.txt', layout: 'ms-table' },
  { file: '004_72dad74edd3dbafe.txt', layout: 'miom-blocks' },
  { file: 'eu-edps_record-01a_selection-of-staff_pdftotext-layout_en.txt', layout: 'edps-form' },
  { file: 'eu-edps_record-03_selection-of-seconded-national-experts_pdftotext-layout_en.txt', layout: 'edps-form' },
  { file: 'eu-edps_record-05_selection-and-management-of-interim-staff_pdftotext-layout_en.txt', layout: 'edps-form' },
  { file: 'eu-edps_record-57_corporate-credit-card_pdftotext-layout_en.txt', layout: 'edps-form' },
];

describe('LAYOUTS', () => {
  it('knows the layouts, each described with what its detector expects', () => {
    expect(LAYOUTS.map((layout) => `${layout.id} (${layout.input}${layout.generic ? ', generic' : ''})`)).toEqual([
      'ms-table (text)',
      'miom-blocks (text)',
      'edps-form (text)',
      'cnil-template (workbook)',
      'table (workbook, generic)',
      'table (text, generic)',
    ]);
    for (const layout of LAYOUTS) {
      expect(layout.description.length).toBeGreaterThan(20);
      expect(layout.expects.length).toBeGreaterThan(20);
    }
  });

  it.each(realFiles)('detects $file as $layout, and only as $layout', ({ file, layout }) => {
    const text = read(file);
    expect(LAYOUTS.filter((candidate) => candidate.input === 'text' && candidate.detect(text)).map((candidate) => candidate.id)).toEqual([layout]);
    expect(parseRegisterText(text, file).layout).toBe(layout);
  });

  it('holds every register file of data/registers in the table above', async () => {
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(registersDir).sort()).toEqual(realFiles.map((entry) => entry.file).sort());
  });
});

describe('parseRegisterText on a register no layout recognises', () => {
  it('lists every known layout with what it expects', () => {
    const error = captureFormatError(() => parseRegisterText('Some register\nwith prose only\n', 'prose.txt'));
    expect(error).toMatchObject({ file: 'prose.txt', line: undefined });
    expect(error.reason).toContain('unknown register layout; the known layouts are:');
    for (const layout of LAYOUTS) expect(error.reason).toContain(`[${layout.id}] ${layout.description} (expects ${layout.expects})`);
    expect(error.message).not.toMatch(/[\r\n]/);
  });

  // Turning a detector off stands for a register whose layout changed: its real file must then fail
  // with the list of the layouts still known, not be misread by another one.
  it.each([
    { off: 'ms-table', file: '000_49a1ce6041cf4ed6.txt' },
    { off: 'ms-table', file: '003_60ea04d657be5b10.txt' },
    { off: 'miom-blocks', file: '004_72dad74edd3dbafe.txt' },
    { off: 'edps-form', file: 'eu-edps_record-57_corporate-credit-card_pdftotext-layout_en.txt' },
  ] as const)('fails on $file when $off is turned off', ({ off, file }) => {
    const remaining = LAYOUTS.filter((layout) => layout.id !== off);
    const error = captureFormatError(() => parseRegisterText(read(file), file, remaining));
    expect(error.file).toBe(file);
    expect(error.message).toMatch(new RegExp(`^${file.replace(/\./g, '\\.')}: unknown register layout; the known layouts are: \\[`));
    for (const layout of remaining) expect(error.reason).toContain(`[${layout.id}] ${layout.description} (expects ${layout.expects})`);
    expect(error.reason).not.toContain(`[${off}]`);
  });

  it('says an empty file is empty', () => {
    expect(captureFormatError(() => parseRegisterText(' \n\n', 'empty.txt'))).toMatchObject({ file: 'empty.txt', line: 1, reason: 'the file is empty' });
  });
});
