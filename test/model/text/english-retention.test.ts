// English retention statements (EU institution records) read into the same kinds and ISO-8601 durations as the French ones.
import { describe, expect, it } from 'vitest';
import { retentionSchema, type Retention } from '../../../src/model/treatment.ts';
import { cleanText } from '../../../src/model/text/clean-text.ts';
import { findRetentionStatements } from '../../../src/model/text/find-retention-statements.ts';
import { parseRetention } from '../../../src/model/text/parse-retention.ts';

const shape = (entries: Retention[]) => entries.map((r) => (r.duration ? [r.kind, r.duration] : [r.kind]));

/** The "Time limit for keeping the data" items of the four EDPS records, as the parser joins their lines. */
const RECORDS: { record: string; raw: string; expected: (string[])[] }[] = [
  {
    // 01a:86-93
    record: '01a',
    raw: 'The time-limits for storing the data of staff candidates are as follows: - 2 years after the closure of the selection process for applicants not recruited, or, in case of appeals or judicial proceedings, 5 years after the final administrative or judicial decision was rendered, - 10 years from the end of the period worked by a recruited applicant. - 6 months after submission for spontaneous applications health data, if communicated by the candidate (as mentioned above) are stored until the end of the selection process, then they are deleted.',
    expected: [['duration', 'P2Y'], ['duration', 'P5Y'], ['duration', 'P10Y'], ['duration', 'P6M'], ['until-event']],
  },
  {
    // 03:51-54
    record: '03',
    raw: 'The time-limits for storing the data are as follows: - 2 years for applicants not recruited - 10 years from the end of the period worked by a recruited applicant. - 6 months for spontaneous applications',
    expected: [['duration', 'P2Y'], ['duration', 'P10Y'], ['duration', 'P6M']],
  },
  {
    // 05:66-74: the first sentence says where the data are kept, not for how long.
    record: '05',
    raw: 'The data necessary for the execution of a contract/service to which you are party will be encoded in the SYSPER database and will be accessible to the managers of the EDPS or to the HRBA unit who needs this data to process your file at any time before or during the execution of your services. The data relating to the service are kept for a maximum of five (5) years in order to ensure that any person can reconstruct the history of his/her career for all types of contracts managed by Sysper. The CVs of unsuccessful candidates, if ever made available to the EDPS by the interim agency, are kept for two (2) years in the archives of DG HR for the purposes of good management',
    expected: [['duration', 'P5Y'], ['duration', 'P2Y']],
  },
  {
    // 57:126-131
    record: '57',
    raw: 'The data collected for mission management are kept as a rule for a maximum of seven (7) years. Once the legal deadline has expired, the file is deleted. As provided in AirPlus’ privacy statement, ‘personal data will be saved to the extent to which and for those periods of time for which AirPlus is legally required to do so. [...] According to these laws, retention periods can be up to ten years.’',
    expected: [['duration', 'P7Y'], ['duration', 'P10Y']],
  },
];

describe('parseRetention in English', () => {
  it.each(RECORDS)('EDPS record $record', ({ raw, expected }) => {
    const entries = parseRetention(cleanText(raw), 'en');
    expect(shape(entries)).toEqual(expected);
    for (const e of entries) expect(retentionSchema.parse(e)).toEqual(e);
  });

  it('keeps each entry its own clause (01a)', () => {
    const texts = parseRetention(cleanText(RECORDS[0]!.raw), 'en').map((e) => e.text);
    expect(texts[1]).toBe('5 years after the final administrative or judicial decision was rendered');
    expect(texts[2]).toBe('10 years from the end of the period worked by a recruited applicant.');
    expect(texts[4]).toMatch(/are stored until the end of the selection process, then they are deleted\.$/);
  });

  it.each([
    ['2 years', 'P2Y'],
    ['one year', 'P1Y'],
    ['a year', 'P1Y'],
    ['five (5) years', 'P5Y'],
    ['two (2) years after the end of the contract', 'P2Y'],
    ['10 years after the end of the employment', 'P10Y'],
    ['for a maximum of seven (7) years', 'P7Y'],
    ['up to ten years', 'P10Y'],
    ['6 months', 'P6M'],
    ['18 months', 'P18M'],
    ['3 weeks', 'P3W'],
    ['30 days', 'P30D'],
    ['24 hours', 'PT24H'],
    ['1 year and 6 months', 'P1Y6M'],
    ['a 10-year period', 'P10Y'],
  ])('%s → %s', (statement, duration) => {
    const [entry, ...rest] = parseRetention(statement, 'en');
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({ kind: 'duration', duration });
  });

  it.each([
    ['until the end of the selection process', 'until-event'],
    ['Data are kept until the staff member leaves the EDPS', 'until-event'],
    ['for as long as the account is active', 'until-event'],
    ['for the duration of the contract', 'until-event'],
    ['deleted at the end of the procedure', 'until-event'],
    ['kept indefinitely', 'unlimited'],
    ['stored without time limit', 'unlimited'],
    ['The data are kept in the personal file', 'unspecified'],
  ] as const)('%s → %s', (statement, kind) => {
    expect(parseRetention(statement, 'en')).toEqual([{ text: statement, kind }]);
  });

  it('keeps two periods apart when they are alternatives, not a sum', () => {
    expect(shape(parseRetention('2 years or 5 years in case of appeal', 'en'))).toEqual([['duration', 'P2Y'], ['duration', 'P5Y']]);
  });

  it('reads each language with its own words only', () => {
    expect(shape(parseRetention('3 years', 'fr'))).toEqual([['unspecified']]);
    expect(shape(parseRetention('3 ans', 'en'))).toEqual([['unspecified']]);
    expect(shape(parseRetention("jusqu'au départ de l'agent", 'en'))).toEqual([['unspecified']]);
    expect(shape(parseRetention('3 ans'))).toEqual([['duration', 'P3Y']]);
  });

  it.each([[''], ['   '], [undefined as unknown as string], ['9'.repeat(40) + ' years'], ['((((']])('never throws on %j', (input) => {
    for (const e of parseRetention(input, 'en')) expect(retentionSchema.parse(e)).toEqual(e);
  });
});

describe('findRetentionStatements in English', () => {
  it.each([
    // 01a:48-85, the data-categories part: "duration of employment" is a datum, "at least one year contract" a condition.
    {
      name: 'the 01a categories cell',
      cell: 'professional experience (including names of previous and current employers, duration of employment, level of responsibility), the last two staff evaluation reports. Information related to potential conflict of interest is also processed.',
      expected: [],
    },
    { name: "57's persons", cell: 'All statutory staff with at least one year contract and also Seconded National Experts.', expected: [] },
    { name: 'a kept clause', cell: 'Name, first name. CVs are kept for 2 years after the selection.', expected: ['CVs are kept for 2 years after the selection.'] },
    { name: 'a bare period closing a clause', cell: 'Connection logs 1 year; name', expected: ['Connection logs 1 year'] },
    { name: 'a deletion', cell: 'Health data are deleted at the end of the procedure.', expected: ['Health data are deleted at the end of the procedure.'] },
    { name: 'an age', cell: 'Children under 16 years', expected: [] },
  ])('$name', ({ cell, expected }) => {
    expect(findRetentionStatements(cell, 'en')).toEqual(expected);
  });

  it('reads French cells with the French cues by default', () => {
    expect(findRetentionStatements('Données conservées 2 ans')).toEqual(['Données conservées 2 ans']);
    expect(findRetentionStatements('Data are kept 2 years')).toEqual([]);
  });
});
