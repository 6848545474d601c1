// Recoverable oddities of EDPS forms: parsed anyway, verbatim, each reported as a warning with file and line.
import { describe, expect, it } from 'vitest';
import { edpsFormLayout } from '../../../src/ingest/edps-form/edps-form-layout.ts';
import { rawRegisterSchema, type RawRegister } from '../../../src/model/raw-register.ts';
import type { FieldKey, SourceField } from '../../../src/model/source-field.ts';
import { buildFormText, buildItemLine } from './fixtures.ts';

const file = 'synthetic.txt';

/** The synthetic form (title line 5, item n on line 5 + n) after `edit`, parsed and schema-checked. */
function parseEdited(edit: (lines: string[]) => void = () => undefined, join = (text: string): string => text): RawRegister {
  const register = edpsFormLayout.parse(join(buildFormText(edit)), file);
  return rawRegisterSchema.parse(register);
}

function findField(register: RawRegister, key: FieldKey): SourceField | undefined {
  return register.treatments[0]?.fields.find((field) => field.key === key);
}

describe('edpsFormLayout.parse on a valid synthetic form', () => {
  it.each([
    { name: 'as built', join: (text: string) => text },
    { name: 'with CRLF line endings', join: (text: string) => text.replace(/\n/g, '\r\n') },
    { name: 'with a BOM and a final newline then form feed, as pdftotext ends it', join: (text: string) => `\uFEFF${text}\n\f` },
  ])('reads it $name, without warnings', ({ join }) => {
    const register = parseEdited(undefined, join);
    expect(register.warnings).toEqual([]);
    expect(register.title).toBe('EDPS record of processing activity — Test processing');
    expect(register.treatments[0]).toMatchObject({ ordinal: 1, number: '99', lines: { first: 5, last: 18 } });
    expect(findField(register, 'privacyStatement')).toEqual({
      key: 'privacyStatement',
      label: 'For more information, including how to exercise your rights to access, rectification, object and data portability (where applicable), see the data protection notice:',
      text: 'Link',
      lines: { first: 18, last: 18 },
    });
  });
});

describe('edpsFormLayout.parse', () => {
  it('joins a cell broken across pages, whatever the columns of the next page', () => {
    const register = parseEdited((lines) =>
      lines.splice(15, 0, '', '                                   1|P age', '\fNr.      Item                   Description', '                             and the panel'),
    );
    expect(findField(register, 'recipients')).toMatchObject({ text: 'HR and the panel', lines: { first: 15, last: 19 } });
    expect(register.warnings).toEqual([]);
  });

  it('joins a label wrapped onto the next lines, beside its description, and across a page break', () => {
    const register = parseEdited((lines) =>
      lines.splice(
        10 - 1,
        1,
        buildItemLine(5, 'Name and contact details of joint', 'n/a'),
        '                               2|Page',
        'Nr   Item                                    Description',
        ' .',
        '     controller (where applicable)',
      ),
    );
    expect(findField(register, 'jointControllers')).toEqual({
      key: 'jointControllers',
      label: 'Name and contact details of joint controller (where applicable)',
      text: 'n/a',
      lines: { first: 10, last: 14 },
    });
    expect(register.warnings).toEqual([]);
  });

  it('drops the template leftover of a Part heading, with a warning, and keeps the heading in the preamble', () => {
    const register = parseEdited((lines) =>
      lines.splice(8 - 1, 0, '     Part 1 - Article 31 Record (specific legal obligation to publish) < row to be deleted when filled in>'),
    );
    expect(register.warnings).toEqual([{ file, line: 8, message: 'template leftover "< row to be deleted when filled in>" dropped' }]);
    expect(register.preamble.at(-1)).toEqual({
      key: 'other',
      label: 'Part heading',
      text: 'Part 1 - Article 31 Record (specific legal obligation to publish)',
      lines: { first: 8, last: 8 },
    });
    expect(findField(register, 'referenceNumber')?.lines).toEqual({ first: 7, last: 7 });
  });

  it('reads text in the item column that does not continue the label as description, with a warning', () => {
    const register = parseEdited((lines) => lines.splice(15, 0, '     and the panel'));
    expect(findField(register, 'recipients')).toMatchObject({ label: 'Recipients of the data', text: 'HR and the panel', lines: { first: 15, last: 16 } });
    expect(register.warnings).toEqual([
      { file, line: 16, message: 'text in the item column of item 10. does not continue its label "Recipients of the data": read as description' },
    ]);
  });

  it('keeps a label printed incompletely, with a warning', () => {
    const register = parseEdited((lines) => lines.splice(14 - 1, 1, buildItemLine(9, 'Time limit for keeping', '1 year')));
    expect(findField(register, 'retention')).toMatchObject({ label: 'Time limit for keeping', text: '1 year' });
    expect(register.warnings).toEqual([
      { file, line: 14, message: 'item 9. prints its label incompletely: "Time limit for keeping" for "Time limit for keeping the data"' },
    ]);
  });

  it('leaves out an item without description, with a warning', () => {
    const register = parseEdited((lines) => lines.splice(11 - 1, 1, buildItemLine(6, 'Name and contact details of processor (where applicable)', '')));
    expect(findField(register, 'processors')).toBeUndefined();
    expect(register.warnings).toEqual([{ file, line: 11, message: 'item 6. "Name and contact details of processor (where applicable)" has no description' }]);
  });

  it('keeps a malformed last update date verbatim, with a warning', () => {
    const register = parseEdited((lines) => lines.splice(6 - 1, 1, buildItemLine(1, 'Last update of this record', '3/11/2021')));
    expect(findField(register, 'lastUpdate')?.text).toBe('3/11/2021');
    expect(register.warnings).toEqual([{ file, line: 6, message: 'item 1.: malformed date "3/11/2021" (expected dd/mm/yyyy), kept verbatim' }]);
  });

  it('reads a number glued to its label ("1.Last update") and keeps "n/a" verbatim', () => {
    const register = parseEdited((lines) => lines.splice(6 - 1, 1, '   1.Last update of this record             01/02/2023'));
    expect(findField(register, 'lastUpdate')).toMatchObject({ label: 'Last update of this record', text: '01/02/2023' });
    expect(findField(register, 'jointControllers')?.text).toBe('n/a');
  });

  it('warns about a record without a title line and titles the register by its heading', () => {
    const register = parseEdited((lines) => lines.splice(5 - 1, 1));
    expect(register.title).toBe('EDPS record of processing activity');
    expect(findField(register, 'title')).toBeUndefined();
    expect(register.warnings).toEqual([{ file, line: 4, message: 'no record title under the header row' }]);
  });

  it('joins a title printed on two lines', () => {
    const register = parseEdited((lines) => lines.splice(5, 0, '                                    (second part)'));
    expect(findField(register, 'title')).toMatchObject({ text: 'Test processing (second part)', lines: { first: 5, last: 6 } });
  });
});
