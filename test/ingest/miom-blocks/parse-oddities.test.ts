// Recoverable oddities: parsed anyway, verbatim, each reported as a warning with file and line.
import { describe, expect, it } from 'vitest';
import { miomBlocksLayout } from '../../../src/ingest/miom-blocks/miom-blocks-layout.ts';
import { rawRegisterSchema, type RawRegister } from '../../../src/model/raw-register.ts';
import type { FieldKey, SourceField } from '../../../src/model/source-field.ts';
import { buildRegisterLines } from './synthetic-register.ts';

const file = 'synthetic.txt';

/** Two valid blocks: 1.1 at lines 6–19 (purposes 8, transfers 16, last update 19), 2.1 at lines 21–34. */
function parseEdited(edit: (lines: string[]) => void): RawRegister {
  const lines = buildRegisterLines([
    { activity: '1', number: '1.1', title: 'Annuaire' },
    { activity: '2', number: '2.1', title: 'Messagerie' },
  ]);
  edit(lines);
  const register = miomBlocksLayout.parse(lines.join('\n'), file);
  rawRegisterSchema.parse(register);
  return register;
}

function findField(register: RawRegister, ordinal: number, key: FieldKey): SourceField | undefined {
  return register.treatments[ordinal - 1]?.fields.find((field) => field.key === key);
}

describe('miomBlocksLayout.parse on a valid synthetic register', () => {
  it('reads it without warnings', () => {
    const register = parseEdited(() => undefined);
    expect(register.warnings).toEqual([]);
    expect(register.treatments.map((treatment) => [treatment.number, treatment.lines])).toEqual([
      ['1.1', { first: 6, last: 19 }],
      ['2.1', { first: 21, last: 34 }],
    ]);
    expect(register.preamble.find((entry) => entry.key === 'controllers')).toEqual({
      key: 'controllers',
      label: 'Responsable de traitement',
      text: 'M. le Directeur',
      lines: { first: 3, last: 4 },
    });
  });

  it.each([
    { name: 'CRLF line endings', join: (lines: string[]) => lines.join('\r\n') },
    { name: 'a BOM and a final newline', join: (lines: string[]) => `\uFEFF${lines.join('\n')}\n` },
    { name: 'no final newline and no final blank line', join: (lines: string[]) => lines.slice(0, -1).join('\n') },
  ])('reads it with $name', ({ join }) => {
    const lines = buildRegisterLines([{ activity: '1', number: '1.1', title: 'Annuaire' }]);
    const register = miomBlocksLayout.parse(join(lines), file);
    expect(register.warnings).toEqual([]);
    expect(register.treatments[0]?.fields.at(-1)).toMatchObject({ key: 'lastUpdate', text: '01/02/2023', lines: { first: 19, last: 19 } });
  });
});

describe('miomBlocksLayout.parse appends unlabelled lines to the field above', () => {
  it.each([
    { name: 'a line starting with a tab', continuation: '\tet le tri\t', warned: false },
    { name: 'a line without any tab', continuation: 'et le tri', warned: false },
    { name: 'a line after a blank line', continuation: '\n et le tri', warned: true },
  ])('$name', ({ continuation, warned }) => {
    const register = parseEdited((lines) => lines.splice(8, 0, ...continuation.split('\n')));
    const lastLine = warned ? 10 : 9;
    expect(findField(register, 1, 'purposes')).toEqual({
      key: 'purposes',
      label: 'Finalité du traitement',
      text: 'Finalité 1.1 et le tri',
      lines: { first: 8, last: lastLine },
    });
    expect(findField(register, 1, 'legalBasisGdpr')?.lines.first).toBe(lastLine + 1);
    expect(register.warnings).toEqual(
      warned ? [{ file, line: lastLine, message: expect.stringContaining('after a blank line') }] : [],
    );
  });
});

describe('miomBlocksLayout.parse matches labels tolerantly and keeps them as printed', () => {
  it.each([
    { printed: 'FINALITE DU TRAITEMENT', key: 'purposes', line: 8 },
    { printed: 'Base de liceite – RGPD', key: 'legalBasisGdpr', line: 9 },
    { printed: '  Date  de dernière mise à jour : ', key: 'lastUpdate', line: 19 },
  ] as const)('"$printed"', ({ printed, key, line }) => {
    const register = parseEdited((lines) => {
      lines[line - 1] = lines[line - 1]!.replace(/^[^\t]*/, printed);
    });
    expect(findField(register, 1, key)).toMatchObject({ label: printed.trim(), lines: { first: line, last: line } });
    expect(register.warnings).toEqual([]);
  });
});

describe('miomBlocksLayout.parse warns about', () => {
  it.each([
    {
      name: 'a malformed date, kept verbatim',
      edit: (lines: string[]) => (lines[19 - 1] = 'Date de dernière mise à jour\t19/092023'),
      line: 19,
      message: 'malformed date "19/092023"',
      check: (register: RawRegister) => expect(findField(register, 1, 'lastUpdate')?.text).toBe('19/092023'),
    },
    {
      name: 'an impossible date, kept verbatim',
      edit: (lines: string[]) => (lines[34 - 1] = 'Date de dernière mise à jour\t31/02/2023'),
      line: 34,
      message: 'impossible date "31/02/2023"',
      check: (register: RawRegister) => expect(findField(register, 2, 'lastUpdate')?.text).toBe('31/02/2023'),
    },
    {
      name: 'an empty value, left out of the fields',
      edit: (lines: string[]) => (lines[16 - 1] = 'Existence de transferts de données hors UE\t\t'),
      line: 16,
      message: '"Existence de transferts de données hors UE" of TRAITEMENT n° 1.1 is empty',
      check: (register: RawRegister) => expect(findField(register, 1, 'transfers')).toBeUndefined(),
    },
    {
      name: 'a value split over several cells, joined with a space',
      edit: (lines: string[]) => (lines[14 - 1] = 'Catégories de données\tNom\tprénom\t'),
      line: 14,
      message: 'has 2 value cells',
      check: (register: RawRegister) => expect(findField(register, 1, 'dataCategories')?.text).toBe('Nom prénom'),
    },
    {
      name: 'a TRAITEMENT numbered outside its ACTIVITE',
      edit: (lines: string[]) => (lines[22 - 1] = 'TRAITEMENT n° 3.1\t\tMessagerie'),
      line: 22,
      message: 'TRAITEMENT n° 3.1 is numbered outside its ACTIVITE n° 2',
      check: (register: RawRegister) => expect(register.treatments[1]?.activity?.number).toBe('2'),
    },
    {
      name: 'a TRAITEMENT number given twice',
      edit: (lines: string[]) => {
        lines[21 - 1] = 'ACTIVITE n° 1\t\tActivité 1';
        lines[22 - 1] = 'TRAITEMENT n° 1.1\t\tMessagerie';
      },
      line: 22,
      message: 'TRAITEMENT n° 1.1 already appears at line 7',
      check: (register: RawRegister) => expect(register.treatments).toHaveLength(2),
    },
    {
      name: 'an ACTIVITE number printed with two titles',
      edit: (lines: string[]) => {
        lines[21 - 1] = 'ACTIVITE n° 1\t\tAutre titre';
        lines[22 - 1] = 'TRAITEMENT n° 1.2\t\tMessagerie';
      },
      line: 21,
      message: 'ACTIVITE n° 1 is titled "Autre titre" here but "Activité 1" at line 6',
      check: (register: RawRegister) => expect(register.treatments[1]?.activity).toEqual({ number: '1', title: 'Autre titre' }),
    },
    {
      name: 'a TRAITEMENT without title',
      edit: (lines: string[]) => (lines[7 - 1] = 'TRAITEMENT n° 1.1\t\t'),
      line: 7,
      message: 'TRAITEMENT n° 1.1 has no title',
      check: (register: RawRegister) => expect(findField(register, 1, 'title')).toBeUndefined(),
    },
    {
      name: 'a TRAITEMENT before any ACTIVITE line',
      edit: (lines: string[]) => lines.splice(6 - 1, 1, ''),
      line: 7,
      message: 'TRAITEMENT n° 1.1 comes before any ACTIVITE line',
      check: (register: RawRegister) => {
        expect(register.treatments[0]?.activity).toBeUndefined();
        expect(register.treatments[0]?.lines.first).toBe(7);
      },
    },
    {
      name: 'an ACTIVITE title wrapped onto a second line',
      edit: (lines: string[]) => lines.splice(7 - 1, 0, 'et suite'),
      line: 7,
      message: 'appended to the title of ACTIVITE n° 1',
      check: (register: RawRegister) => expect(register.treatments[0]?.activity).toEqual({ number: '1', title: 'Activité 1 et suite' }),
    },
    {
      name: 'a preamble without controller',
      edit: (lines: string[]) => lines.splice(3 - 1, 2),
      line: 4,
      message: 'no "Responsable de traitement" heading',
      check: (register: RawRegister) => expect(register.preamble.map((entry) => entry.key)).toEqual(['other']),
    },
    {
      name: 'a preamble heading without text',
      edit: (lines: string[]) => lines.splice(4 - 1, 1),
      line: 3,
      message: 'preamble heading "Responsable de traitement" has no text',
      check: (register: RawRegister) =>
        expect(register.preamble.find((entry) => entry.key === 'controllers')).toMatchObject({ text: '', lines: { first: 3, last: 3 } }),
    },
  ])('$name', ({ edit, line, message, check }) => {
    const register = parseEdited(edit);
    expect(register.warnings).toEqual([{ file, line, message: expect.stringContaining(message) }]);
    check(register);
  });
});

describe('miomBlocksLayout.parse reads preamble variants', () => {
  it('takes an inline value after the heading colon, and keeps unheaded text', () => {
    const register = parseEdited((lines) => {
      lines.splice(0, 0, 'RGPD');
      lines.splice(3, 3, 'Responsable de traitement : M. le Ministre', 'Coordonnées :', 'Place Beauvau');
    });
    expect(register.preamble).toEqual([
      { key: 'other', label: 'En-tête', text: 'RGPD', lines: { first: 1, last: 1 } },
      { key: 'other', label: 'Titre du registre', text: 'REGISTRE DES ACTIVITES DE TRAITEMENTS DE TEST', lines: { first: 2, last: 2 } },
      { key: 'controllers', label: 'Responsable de traitement', text: 'M. le Ministre', lines: { first: 4, last: 4 } },
      { key: 'other', label: 'Coordonnées', text: 'Place Beauvau', lines: { first: 5, last: 6 } },
    ]);
    expect(register.warnings).toEqual([]);
  });
});
