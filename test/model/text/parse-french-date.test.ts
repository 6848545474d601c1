// Update dates of register 004 and other French date forms.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dateStatementSchema } from '../../../src/model/treatment.ts';
import { parseFrenchDate } from '../../../src/model/text/parse-french-date.ts';

describe('parseFrenchDate', () => {
  it.each([
    // Forms found in 004 "Date de dernière mise à jour".
    { text: '30/05/2023', expected: { text: '30/05/2023', date: '2023-05-30' } },
    { text: '06/06/2023', expected: { text: '06/06/2023', date: '2023-06-06' } },
    { text: '04/01/2023\t', expected: { text: '04/01/2023', date: '2023-01-04' } },
    { text: '12/12/2022', expected: { text: '12/12/2022', date: '2022-12-12' } },
    { text: '30/01/2024', expected: { text: '30/01/2024', date: '2024-01-30' } },
    { text: '19/092023', expected: { text: '19/092023', warning: 'malformed date "19/092023"' } },
    // Other written forms.
    { text: '1/6/2023', expected: { text: '1/6/2023', date: '2023-06-01' } },
    { text: '30.05.2023', expected: { text: '30.05.2023', date: '2023-05-30' } },
    { text: '2023-05-30', expected: { text: '2023-05-30', date: '2023-05-30' } },
    { text: 'AIPD validée le 13 septembre 2021', expected: { text: 'AIPD validée le 13 septembre 2021', date: '2021-09-13' } },
    { text: '1er mai 2023', expected: { text: '1er mai 2023', date: '2023-05-01' } },
    { text: '29/02/2024', expected: { text: '29/02/2024', date: '2024-02-29' } },
    { text: 'mai 2023', expected: { text: 'mai 2023', warning: 'imprecise date "mai 2023": month and year only' } },
    { text: 'Décembre 2022', expected: { text: 'Décembre 2022', warning: 'imprecise date "Décembre 2022": month and year only' } },
    { text: '2023', expected: { text: '2023', warning: 'imprecise date "2023": year only' } },
    { text: '31/02/2023', expected: { text: '31/02/2023', warning: 'invalid calendar date "31/02/2023"' } },
    { text: '29/02/2023', expected: { text: '29/02/2023', warning: 'invalid calendar date "29/02/2023"' } },
    { text: '12/13/2023', expected: { text: '12/13/2023', warning: 'invalid calendar date "12/13/2023"' } },
    { text: '30/05/23', expected: { text: '30/05/23', warning: 'malformed date "30/05/23"' } },
    { text: '30/05-2023', expected: { text: '30/05-2023', warning: 'malformed date "30/05-2023"' } },
    { text: 'Non renseignée', expected: { text: 'Non renseignée', warning: 'no date in "Non renseignée"' } },
    { text: '  ', expected: { text: '' } },
  ])('$text', ({ text, expected }) => {
    const parsed = parseFrenchDate(text);
    expect(parsed).toEqual(expected);
    expect(dateStatementSchema.safeParse(parsed).success).toBe(true);
  });

  it('reads every update date of 004 but the malformed one', () => {
    const values = readFileSync(new URL('../../../data/registers/004_72dad74edd3dbafe.txt', import.meta.url), 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('Date de dernière mise à jour\t'))
      .map((l) => l.split('\t')[1] ?? '');
    expect(values).toHaveLength(36);
    const unread = values.map(parseFrenchDate).filter((d) => d.date === undefined);
    expect(unread).toEqual([{ text: '19/092023', warning: 'malformed date "19/092023"' }]);
  });

  it.each([[undefined], [null], [20230530], [{}], ['<p>30/05/2023</p>'], ['99/99/9999'], ['0/0/0000']])('never throws on %j', (input) => {
    expect(typeof parseFrenchDate(input as unknown as string).text).toBe('string');
  });
});
