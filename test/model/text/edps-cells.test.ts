// The readers of the EU record's cells: persons vs data, legal-basis sentences, contacts, negated sentences.
import { describe, expect, it } from 'vitest';
import { splitSubjectsAndCategories } from '../../../src/model/text/split-subjects-and-categories.ts';
import { findLegalBasisStatements } from '../../../src/model/text/find-legal-basis-statements.ts';
import { findEmailAddresses, findUrls, isNotApplicable } from '../../../src/model/text/find-contacts.ts';
import { stripNegatedMentions } from '../../../src/model/text/strip-negated-mentions.ts';
import { findSubjectPhrases } from '../../../src/model/text/find-subject-phrases.ts';
import { findProcessorClauses } from '../../../src/model/text/find-processor-clauses.ts';

describe('splitSubjectsAndCategories', () => {
  it('cuts at the labels (05:55-65)', () => {
    const cell = 'Categories of persons: Interim agents - external individuals who are contracted by the interim agency Categories of data: Last name, first name, CV of the interim staff - candidate.';
    expect(splitSubjectsAndCategories(cell)).toEqual({
      subjects: ' Interim agents - external individuals who are contracted by the interim agency ',
      categories: ' Last name, first name, CV of the interim staff - candidate.',
    });
  });

  it('cuts after the introduction speaking of data (01a:48-53)', () => {
    const cell =
      'We process the following categories of personal data contained in the application of every person - candidate who sent his/her application to the functional mailbox (edps- selections@edps.europa.eu) (staff selection): - Data identifying the applicant and contact details (name, first name, gender, nationality).';
    const { subjects, categories } = splitSubjectsAndCategories(cell);
    expect(subjects).toMatch(/every person - candidate .* \(staff selection\)$/);
    expect(categories).toBe(' - Data identifying the applicant and contact details (name, first name, gender, nationality).');
  });

  it('passes a colon whose sentence does not speak of data (57:91-94)', () => {
    const cell =
      'All EDPS staff : All statutory staff with at least one year contract and also Seconded National Experts. Personal data processed by the EDPS include: name, address, work email, amount of expenses';
    const { subjects, categories } = splitSubjectsAndCategories(cell);
    expect(subjects).toBe('All EDPS staff : All statutory staff with at least one year contract and also Seconded National Experts. Personal data processed by the EDPS include');
    expect(categories).toBe(' name, address, work email, amount of expenses');
  });

  it('looks for both in the whole cell when it cannot tell them apart', () => {
    expect(splitSubjectsAndCategories('Staff: names and e-mail addresses')).toEqual({ subjects: 'Staff: names and e-mail addresses', categories: 'Staff: names and e-mail addresses' });
  });

  it('takes the data label alone, and the persons label alone', () => {
    expect(splitSubjectsAndCategories('Staff members. Categories of data: name')).toEqual({ subjects: 'Staff members. ', categories: ' name' });
    expect(splitSubjectsAndCategories('Categories of persons: staff')).toEqual({ subjects: ' staff', categories: 'Categories of persons: staff' });
  });
});

describe('findSubjectPhrases in English', () => {
  it.each([
    ['- Data identifying the applicant and contact details (name)', ['applicant and contact details']],
    ['Last name, first name, CV of the interim staff - candidate.', ['interim staff - candidate']],
    ['Information relating to the staff member concerned; name', ['staff member concerned']],
    ['name, address, work email', []],
  ])('%s', (cell, expected) => {
    expect(findSubjectPhrases(cell, 'en')).toEqual(expected);
  });
});

describe('findLegalBasisStatements', () => {
  it('keeps the legal-basis sentence of 01a from "The legal basis", without the sentence glued before it (01a:41-47)', () => {
    const cell =
      'For general info on selection and recruitment at the EDPS: https://edps.europa.eu/careers_en The legal basis of the procedure is: -the Staff Regulations (and particularly Art. 27-34) and the Conditions of Employment of Other Servants of the EU';
    expect(findLegalBasisStatements(cell)).toEqual([
      {
        text: 'The legal basis of the procedure is: -the Staff Regulations (and particularly Art. 27-34) and the Conditions of Employment of Other Servants of the EU',
        articles: [],
        gdpr: [],
      },
    ]);
  });

  it('reads the 2018/1725 articles of the transfer bases of 57 (57:168-172), as references only', () => {
    const cell =
      'Transfers of the travel agency within its ‘corporate familiy’ are based on Art. 48(2)(d) of the Regulation (EU) 2018/1725 - Binding Corporate Rules (BCRs). Transfers are also based on Article 50(1)(b) of the Regulation (EU) 2018/1725, since ‘the transfer is necessary for the performance of a contract’.';
    expect(findLegalBasisStatements(cell).map((s) => [s.articles, s.gdpr])).toEqual([
      [['48(2)(d)'], []],
      [['50(1)(b)'], []],
    ]);
  });

  it.each([
    ['The processing is lawful under Article 5(1)(a) of Regulation (EU) 2018/1725.', ['5(1)(a)'], []],
    ['Processing necessary under Article 5(1)(b) of the Regulation.', ['5(1)(b)'], []],
    ['The legal basis is Article 6(1)(c) GDPR.', [], ['A6-1-c']],
    ['Legal basis: Art. 6(1)(b) of Regulation (EU) 2016/679.', [], ['A6-1-b']],
    ['GDPR Art. 9(2)(b) applies.', [], ['A9-2-b']],
  ])('%s', (text, articles, gdpr) => {
    const [statement, ...rest] = findLegalBasisStatements(text);
    expect(rest).toEqual([]);
    expect(statement).toMatchObject({ articles, gdpr });
  });

  it.each([
    'In general, no data falling under Article 10 of the Regulation is processed (special categories of personal data).', // 01a:80
    'Record of EDPS activities processing personal data, based on Article 31 of Regulation (EU) 2018/1725', // the preamble
    'The purpose is to meet the needs of selection of staff based on interim contracts at the EDPS.', // 05:40
    'Monitoring of the 7-year rule (EDPS Decision 13.12.2018)',
    '',
  ])('finds no legal basis in %j', (text) => {
    expect(findLegalBasisStatements(text)).toEqual([]);
  });
});

describe('contacts', () => {
  it.each([
    ['edps-dpo@edps.europa.eu', ['edps-dpo@edps.europa.eu']], // 01a:28
    ['DPO@edps.europa.eu', ['DPO@edps.europa.eu']], // 05:23
    ['Email: edps@edps.europa.eu Website: https://edps.europa.eu. Contacts: edps-selections@edps.europa.eu, edps@edps.europa.eu', ['edps@edps.europa.eu', 'edps-selections@edps.europa.eu']],
    ['n/a', []],
  ])('e-mail addresses of %j', (text, expected) => {
    expect(findEmailAddresses(text)).toEqual(expected);
  });

  it.each([
    // 01a:120-121 and 05:98-99: an address broken after a hyphen at a line end.
    [
      'https://edps.europa.eu/data-protection/our-work/publications/data-protection-notices/01-edps- data-protection-notice-staff_en',
      ['https://edps.europa.eu/data-protection/our-work/publications/data-protection-notices/01-edps-data-protection-notice-staff_en'],
    ],
    ['see https://edps.europa.eu/careers_en. Thank you', ['https://edps.europa.eu/careers_en']],
    ['Link to data protection notice', []], // 03:79
  ])('web addresses of %j', (text, expected) => {
    expect(findUrls(text)).toEqual(expected);
  });

  it.each([['n/a', true], ['N/A', true], ['None', true], ['Not applicable.', true], ['Interim agencies: Randstad', false], ['', false]])(
    '%j is not applicable: %s',
    (text, expected) => {
      expect(isNotApplicable(text)).toBe(expected);
    },
  );
});

describe('negated sentences and processor clauses in English', () => {
  it('blanks "no data falling under Article 10 … is processed" and keeps the next sentence (01a:80-85)', () => {
    const text = 'In general, no data falling under Article 10 of the Regulation is processed (special categories of personal data). However, health data would also be processed.';
    const stripped = stripNegatedMentions(text, 'en');
    expect(stripped).toHaveLength(text.length);
    expect(stripped).not.toMatch(/special categories/);
    expect(stripped).toMatch(/However, health data would also be processed\.$/);
    expect(stripNegatedMentions(text)).toBe(text);
  });

  it('finds processors named as such, not hosting services in general (57:135-138)', () => {
    expect(findProcessorClauses('Data held by AirPlus may be disclosed to IT service provides (hosting and infrastructural services)', 'en')).toEqual([]);
    expect(findProcessorClauses('- HR unit - Processor: Randstad Belgium', 'en')).toEqual(['Processor: Randstad Belgium']);
  });
});
