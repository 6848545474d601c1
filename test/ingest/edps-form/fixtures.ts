// Test fixtures: the four real EDPS records, a builder for small synthetic forms, an error catcher.
import { readFileSync } from 'node:fs';

export const recordFiles = [
  'eu-edps_record-01a_selection-of-staff_pdftotext-layout_en.txt',
  'eu-edps_record-03_selection-of-seconded-national-experts_pdftotext-layout_en.txt',
  'eu-edps_record-05_selection-and-management-of-interim-staff_pdftotext-layout_en.txt',
  'eu-edps_record-57_corporate-credit-card_pdftotext-layout_en.txt',
] as const;
export type RecordFile = (typeof recordFiles)[number];

const registersDir = new URL('../../../data/registers/', import.meta.url);

export function readRecordText(file: string): string {
  return readFileSync(new URL(file, registersDir), 'utf8');
}

/** The lines of a file as an editor numbers them: `lines[n - 1]` is line n. */
export function readRecordLines(file: string): string[] {
  return readRecordText(file).split('\n');
}

/**
 * A small valid form, one page, columns as in record 03: heading 1, introduction 2, header 4, title 5,
 * items 1–13 on lines 6–18 (item n on line 5 + n), a Part heading nowhere, footer 20.
 */
export function buildFormLines(): string[] {
  const item = buildItemLine;
  return [
    '                 EDPS record of processing activity',
    'Record of EDPS activities processing personal data, based on Article 31 of Regulation (EU) 2018/1725.',
    '',
    'Nr. Item                                        Description',
    '                                               Test processing',
    item(1, 'Last update of this record', '01/02/2023'),
    item(2, 'Reference number', '99'),
    item(3, 'Name and contact details of controller', 'European Data Protection Supervisor (EDPS)'),
    item(4, 'Name and contact details of DPO', 'edps-dpo@edps.europa.eu'),
    item(5, 'Name and contact details of joint controller (where applicable)', 'n/a'),
    item(6, 'Name and contact details of processor (where applicable)', 'n/a'),
    item(7, 'Short description and purpose of the processing', 'Testing'),
    item(8, 'Description of categories of persons whose data the EDPS processes and list of data categories', 'Staff: name'),
    item(9, 'Time limit for keeping the data', '1 year'),
    item(10, 'Recipients of the data', 'HR'),
    item(11, 'Are there any transfers of personal data to third countries or international organisations? If so, to which ones and with which safeguards?', 'No'),
    item(12, 'General description of security measures, where possible.', 'Locked cupboard'),
    item(13, 'For more information, including how to exercise your rights to access, rectification, object and data portability (where applicable), see the data protection notice:', 'Link'),
    '',
    '                                                                      1|Page',
  ];
}

/** One item line of the synthetic form: number column 0, label column 5, description column 48 (or
 * one space after a longer label). */
export function buildItemLine(number: number, label: string, description: string): string {
  return `${`${number}.`.padEnd(5)}${label.padEnd(42)} ${description}`.trimEnd();
}

/** The synthetic form after `edit`; cases write `splice(n - 1, …)` to act on line n. */
export function buildFormText(edit: (lines: string[]) => void = () => undefined): string {
  const lines = buildFormLines();
  edit(lines);
  return lines.join('\n');
}
