// Input the EDPS form parser cannot read throws RegisterFormatError naming the file and the line.
import { describe, expect, it } from 'vitest';
import { edpsFormLayout } from '../../../src/ingest/edps-form/edps-form-layout.ts';
import { readRegisterText } from '../ms-table/fixtures.ts';
import { buildFormText, buildItemLine, readRecordLines, recordFiles } from './fixtures.ts';
import { captureFormatError } from '../../support/capture-format-error.ts';

const [file01a, , , file57] = recordFiles;
const tableText = readRegisterText('000_49a1ce6041cf4ed6.txt');
const tableLineCount = tableText.replace(/\n$/, '').split('\n').length;
const laterItems = [
  'Time limit for keeping the data',
  'Recipients of the data',
  'Are there any transfers of personal data to third countries or international organisations? If so, to which ones and with which safeguards?',
  'General description of security measures, where possible.',
  'For more information, including how to exercise your rights to access, rectification, object and data portability (where applicable), see the data protection notice:',
].map((label) => `"${label}"`).join(', ');

describe('edpsFormLayout.parse rejects', () => {
  it.each([
    { name: 'an empty file', file: 'empty.txt', text: '', line: 1, reason: 'file is empty' },
    { name: 'a file of blank lines and form feeds', file: 'blank.txt', text: '\n  \n\f\n', line: 1, reason: 'file is empty' },
    {
      name: 'a file without a header row (a French table register)',
      file: '000_49a1ce6041cf4ed6.txt',
      text: tableText,
      line: tableLineCount,
      reason: 'reached the end of the file without a "Nr. Item Description" header row',
    },
    {
      name: 'a header row and a title but no item',
      file: 'no-items.txt',
      text: buildFormText((lines) => lines.splice(5)),
      line: 5,
      reason: 'no numbered item ("1. Last update of this record") after the header row at line 4',
    },
    {
      name: 'record 57 cut inside item 8 (page 3)',
      file: file57,
      text: readRecordLines(file57).slice(0, 100).join('\n'),
      line: 91,
      reason: `the record is incomplete (the file ends inside item 8.): missing ${laterItems}`,
    },
    {
      name: 'record 01a cut at the end of page 1, inside the label of item 5',
      file: file01a,
      text: readRecordLines(file01a).slice(0, 34).join('\n'),
      line: 29,
      reason: 'the record is incomplete (the file ends inside item 5.): missing "Name and contact details of processor (where applicable)"',
    },
    {
      name: 'an item number skipped (item 3 deleted)',
      file: 'skipped.txt',
      text: buildFormText((lines) => lines.splice(8 - 1, 1)),
      line: 8,
      reason: 'item 4. out of order: item 3. expected after item 2. (line 7)',
    },
    {
      name: 'a first item numbered 2',
      file: 'first.txt',
      text: buildFormText((lines) => lines.splice(6 - 1, 1, buildItemLine(2, 'Last update of this record', '01/02/2023'))),
      line: 6,
      reason: 'item 2. out of order: item 1. expected as the first item',
    },
    {
      name: 'an item number given twice',
      file: 'twice.txt',
      text: buildFormText((lines) => lines.splice(9 - 1, 1, buildItemLine(3, 'Name and contact details of DPO', 'dpo@example.eu'))),
      line: 9,
      reason: 'item 3. out of order: item 4. expected after item 3. (line 8)',
    },
    {
      name: 'an item whose label begins no known label',
      file: 'unknown.txt',
      text: buildFormText((lines) => lines.splice(10 - 1, 1, buildItemLine(5, 'Legal basis of the processing', 'Article 5(1)(a)'))),
      line: 10,
      reason: 'item 5. "Legal basis of the processing Article …" does not begin any known EDPS item label',
    },
    {
      name: 'an item repeating the label of an earlier one',
      file: 'repeat.txt',
      text: buildFormText((lines) => lines.splice(15 - 1, 1, buildItemLine(10, 'Time limit for keeping the data', '2 years'))),
      line: 15,
      reason: 'item 10. "Time limit for keeping the data" repeats item 9.',
    },
    {
      name: 'an item label cut before the words that tell which item it is',
      file: 'cut.txt',
      text: buildFormText((lines) => lines.splice(8 - 1, 1, buildItemLine(3, 'Name and contact details of', 'EDPS'))),
      line: 8,
      reason: 'item 3. "Name and contact details of" could be any of "Name and contact details of controller"',
    },
    {
      name: 'an item left out and the next ones renumbered',
      file: 'renumbered.txt',
      text: buildFormText((lines) =>
        lines.splice(17 - 1, 2, buildItemLine(12, 'For more information, including how to exercise your rights to access,', 'Link'), '     rectification, object and data portability (where applicable), see the data protection notice:'),
      ),
      line: 17,
      reason: 'the record is incomplete: missing "General description of security measures, where possible."',
    },
  ])('$name', ({ file, text, line, reason }) => {
    const error = captureFormatError(() => edpsFormLayout.parse(text, file));
    expect(error.file).toBe(file);
    expect(error.line).toBe(line);
    expect(error.reason).toContain(reason);
    expect(error.message).toContain(`${file}:${line}: `);
  });
});
