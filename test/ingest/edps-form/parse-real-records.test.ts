// The four real EDPS records, field by field: titles, reference numbers, dates, controller, DPO, joint controller, retention, recipients, provenance.
import { describe, expect, it } from 'vitest';
import { edpsFormLayout } from '../../../src/ingest/edps-form/edps-form-layout.ts';
import { rawRegisterSchema, type RawRegister, type RawTreatment } from '../../../src/model/raw-register.ts';
import type { FieldKey, SourceField } from '../../../src/model/source-field.ts';
import { readRecordText, recordFiles, type RecordFile } from './fixtures.ts';

const [file01a, file03, file05, file57] = recordFiles;
const registers = new Map<RecordFile, RawRegister>(
  recordFiles.map((file) => [file, rawRegisterSchema.parse(edpsFormLayout.parse(readRecordText(file), file))]),
);

function treatmentOf(file: RecordFile): RawTreatment {
  const [treatment, ...others] = registers.get(file)!.treatments;
  expect(others).toEqual([]);
  return treatment!;
}

function fieldOf(file: RecordFile, key: FieldKey): SourceField {
  const field = treatmentOf(file).fields.find((candidate) => candidate.key === key);
  if (!field) throw new Error(`${file} has no ${key} field`);
  return field;
}

const edpsAddress =
  'Postal address: Rue Wiertz 60, B-1047 Brussels Office address: Rue Montoyer 30, B-1000 Brussels Telephone: +32 2 283 19 00 Email: edps@edps.europa.eu';

describe.each([
  { file: file01a, title: 'Selection of staff for the EDPS Secretariat and the EDPB Secretariat', reference: '01a', lastUpdate: '03/11/2021' },
  { file: file03, title: 'Selection of Seconded National Experts (SNE)', reference: '3', lastUpdate: '30/11/2018' },
  { file: file05, title: 'Selection and management of interim staff', reference: '05', lastUpdate: '16/02/2022' },
  { file: file57, title: 'Use of Corporate Credit Card by Staff', reference: '57', lastUpdate: '20/01/2022' },
])('$file', ({ file, title, reference, lastUpdate }) => {
  const register = registers.get(file)!;

  it('is one treatment titled by the line under the header row', () => {
    expect(register.layout).toBe('edps-form');
    expect(register.file).toBe(file);
    expect(register.title).toBe(`EDPS record of processing activity — ${title}`);
    expect(fieldOf(file, 'title')).toMatchObject({ label: 'Record title', text: title });
  });

  it(`has reference number ${reference} and last update ${lastUpdate}`, () => {
    // Record 03 prints "3", not the "03" of its file name: kept as printed.
    expect(treatmentOf(file).number).toBe(reference);
    expect(fieldOf(file, 'referenceNumber')).toMatchObject({ label: 'Reference number', text: reference });
    expect(fieldOf(file, 'lastUpdate')).toMatchObject({ label: 'Last update of this record', text: lastUpdate });
  });

  it('has every item of the template, in order, each with its printed label', () => {
    expect(treatmentOf(file).fields.map((field) => field.key)).toEqual([
      'title',
      'lastUpdate',
      'referenceNumber',
      'controllers',
      'dpo',
      'jointControllers',
      'processors',
      'purposes',
      'dataSubjectsAndCategories',
      'retention',
      'recipients',
      'transfers',
      'securityMeasures',
      'privacyStatement',
    ]);
    expect(fieldOf(file, 'jointControllers').label).toBe('Name and contact details of joint controller (where applicable)');
    expect(fieldOf(file, 'transfers').label).toBe(
      'Are there any transfers of personal data to third countries or international organisations? If so, to which ones and with which safeguards?',
    );
    expect(fieldOf(file, 'privacyStatement').label).toBe(
      'For more information, including how to exercise your rights to access, rectification, object and data portability (where applicable), see the data protection notice:',
    );
  });

  it('names the EDPS as controller, with its address', () => {
    expect(fieldOf(file, 'controllers').text).toContain('European Data Protection Supervisor (EDPS)');
    expect(fieldOf(file, 'controllers').text).toContain(edpsAddress);
  });

  it('keeps the preamble: heading, introduction citing Article 31, Part heading', () => {
    expect(register.preamble.map((entry) => [entry.key, entry.label])).toEqual([
      ['other', 'Heading'],
      ['other', 'Introduction'],
      ['other', 'Part heading'],
    ]);
    expect(register.preamble[0]?.text).toBe('EDPS record of processing activity');
    expect(register.preamble[1]?.text).toMatch(/^Record of EDPS activities processing personal data, based on Article 31 of Regulation \(EU\) 2018\/1725 /);
    expect(register.preamble[2]?.text).toMatch(/^Part 1 - Article 31 Record/);
  });
});

describe('the item texts', () => {
  it.each([
    { file: file01a, key: 'dpo', text: 'edps-dpo@edps.europa.eu' },
    { file: file03, key: 'dpo', text: 'edps-dpo@edps.europa.eu' },
    { file: file05, key: 'dpo', text: 'DPO@edps.europa.eu' },
    { file: file57, key: 'dpo', text: 'DPO@edps.europa.eu' },
    // Item 5 says n/a in all four, kept verbatim.
    { file: file01a, key: 'jointControllers', text: 'n/a' },
    { file: file03, key: 'jointControllers', text: 'n/a' },
    { file: file05, key: 'jointControllers', text: 'n/a' },
    { file: file57, key: 'jointControllers', text: 'n/a' },
    { file: file01a, key: 'processors', text: 'n/a' },
    {
      file: file05,
      key: 'processors',
      text: 'Interim agencies: Randstad Belgium SA/NV Avenue Charles Quint 586 bte 8, 1082 Bruxelles Daoust SA/NV Galerie de la Porte Louise 215 Louizapoortgalerij - 1050 Bruxelles/Brussel',
    },
    { file: file57, key: 'processors', text: 'n/a' },
    { file: file01a, key: 'transfers', text: 'No' },
    { file: file05, key: 'transfers', text: 'No' },
    { file: file03, key: 'privacyStatement', text: 'Link to data protection notice' },
    {
      file: file01a,
      key: 'privacyStatement',
      // The URL is cut at a line end in the source: kept cut, with the joining space.
      text: 'https://edps.europa.eu/data-protection/our-work/publications/data-protection-notices/01-edps- data-protection-notice-staff_en',
    },
    {
      file: file01a,
      key: 'controllers',
      text:
        `European Data Protection Supervisor (EDPS) ${edpsAddress} Website: https://edps.europa.eu. Responsible service/unit: ` +
        'Human Resources, Budget, Administration (HRBA) Unit, Contacts: edps-selections@edps.europa.eu Contact form for enquiries on processing ' +
        'of personal data to be preferably used: https://edps.europa.eu/form/edpsweb-contact-form_en',
    },
    {
      file: file01a,
      key: 'retention',
      text:
        'The time-limits for storing the data of staff candidates are as follows: - 2 years after the closure of the selection process for applicants ' +
        'not recruited, or, in case of appeals or judicial proceedings, 5 years after the final administrative or judicial decision was rendered, ' +
        '- 10 years from the end of the period worked by a recruited applicant. - 6 months after submission for spontaneous applications health ' +
        'data, if communicated by the candidate (as mentioned above) are stored until the end of the selection process, then they are deleted.',
    },
    {
      file: file03,
      key: 'retention',
      text:
        'The time-limits for storing the data are as follows: - 2 years for applicants not recruited - 10 years from the end of the period worked ' +
        'by a recruited applicant. - 6 months for spontaneous applications',
    },
    {
      file: file05,
      key: 'retention',
      text:
        'The data necessary for the execution of a contract/service to which you are party will be encoded in the SYSPER database and will be ' +
        'accessible to the managers of the EDPS or to the HRBA unit who needs this data to process your file at any time before or during the ' +
        'execution of your services. The data relating to the service are kept for a maximum of five (5) years in order to ensure that any person ' +
        'can reconstruct the history of his/her career for all types of contracts managed by Sysper. The CVs of unsuccessful candidates, if ever ' +
        'made available to the EDPS by the interim agency, are kept for two (2) years in the archives of DG HR for the purposes of good management',
    },
    {
      file: file57,
      key: 'retention',
      text:
        'The data collected for mission management are kept as a rule for a maximum of seven (7) years. Once the legal deadline has expired, the ' +
        'file is deleted. As provided in AirPlus’ privacy statement, ‘personal data will be saved to the extent to which and for those periods of ' +
        'time for which AirPlus is legally required to do so. [...] According to these laws, retention periods can be up to ten years.’',
    },
    {
      file: file01a,
      key: 'recipients',
      text:
        '- The HR members in charge of the selection procedure and the members of the selection panel. -The members of the selection panel for ' +
        'selection of staff up to Head of Unit are: the relevant Head of Unit or Head of Sector, the EDPS’ staff members appointed as members of ' +
        'the panel or appointed as an observer. -For the selection of a Head of Unit and a Head of Sector, the Director is a member of the panel. ' +
        'For the selection of a Director, the Supervisor can be consulted.',
    },
    {
      file: file03,
      key: 'recipients',
      // The cell breaks across pages 2 and 3 (lines 59 and 66).
      text:
        'For the selection: - The HR members in charge of the selection procedure and the members of the selection panel (the members of the ' +
        'selection panel for selection of staff up to Head of Unit are: the relevant Head of Unit or Head of Sector, the staff members appointed ' +
        'as members of the panel, a staff member representing the Staff Committee or an observer). For the selection of a Head of Unit and a ' +
        'Head of Sector, the Director is a member of the panel. For the selection of a Director, the Supervisor and the Assistant Supervisor can ' +
        'be consulted)',
    },
    {
      file: file05,
      key: 'recipients',
      text:
        '- Heads of departments requesting the interim staff - The person in charge of administration at the EDPS for access requests - The EDPS ' +
        'Financial team for payment of invoices - The agency will receive from the EDPS the information on whether a candidate is recruited or not',
    },
    {
      file: file57,
      key: 'recipients',
      text:
        'The only persons that can access the data on behalf of the EDPS are the members of staff of the HRBA unit dealing with missions, only ' +
        'for the part of the procedure that is managed by EDPS staff, i.e. enrolment and control of compliance with the procedure. Under strict ' +
        'rules of confidentiality, data held by AirPlus may be disclosed to the following categories of service providers: IT service provides ' +
        '(hosting and infrastructural services), transaction-related service providers (receipt processing services) and customer relationship ' +
        'service providers (call center services). As provided in AirPlus’ privacy statement, all the service providers are located in ‘Europe’. ' +
        'In specific cases, data might be disclosed to administrative and financial authorities.',
    },
  ] as const)('$file $key', ({ file, key, text }) => {
    expect(fieldOf(file, key).text).toBe(text);
  });

  it('keeps in the controller cell of record 57 what it says of AirPlus, a separate controller (item 5 says n/a)', () => {
    const controllers = fieldOf(file57, 'controllers');
    expect(controllers.text).toMatch(/^The European Data Protection Supervisor \(EDPS\) is the controller with regards to the internal procedure/);
    expect(controllers.text).toContain(
      'Lufthansa AirPlus Servicekarten GmbH (‘AirPlus’) is a separate controller for the procedure concerning the financial transactions and the ' +
        'relationship with the different service providers involved. The processing operations directly managed by AIRPLUS concern the check on ' +
        'anti- money laundering and terror prevention',
    );
    // The cell runs from page 1 onto page 2, up to AirPlus' address.
    expect(controllers.text).toMatch(/Contact AirPlus Dornhofstraße 10 63263 Neu-Isenburg, Deutschland\/Germany www\.airplus\.com Email: dataprotection@airplus\.com$/);
    expect(controllers.lines).toEqual({ first: 13, last: 46 });
    expect(fieldOf(file57, 'jointControllers')).toMatchObject({ text: 'n/a', lines: { first: 48, last: 49 } });
  });
});

describe('provenance', () => {
  it.each([
    { file: file01a, treatment: { first: 10, last: 124 }, fields: [['title', 10, 10], ['lastUpdate', 11, 11], ['referenceNumber', 12, 12], ['controllers', 14, 27], ['dpo', 28, 28], ['jointControllers', 29, 37], ['processors', 38, 39], ['purposes', 40, 47], ['dataSubjectsAndCategories', 48, 85], ['retention', 86, 93], ['recipients', 94, 100], ['transfers', 101, 111], ['securityMeasures', 112, 117], ['privacyStatement', 120, 124]] },
    { file: file03, treatment: { first: 8, last: 83 }, fields: [['title', 8, 8], ['lastUpdate', 9, 9], ['referenceNumber', 10, 10], ['controllers', 12, 23], ['dpo', 24, 24], ['jointControllers', 25, 26], ['processors', 33, 34], ['purposes', 35, 40], ['dataSubjectsAndCategories', 41, 50], ['retention', 51, 54], ['recipients', 55, 68], ['transfers', 69, 72], ['securityMeasures', 73, 78], ['privacyStatement', 79, 83]] },
    { file: file05, treatment: { first: 8, last: 102 }, fields: [['title', 8, 8], ['lastUpdate', 9, 9], ['referenceNumber', 10, 10], ['controllers', 12, 21], ['dpo', 23, 23], ['jointControllers', 24, 25], ['processors', 26, 38], ['purposes', 40, 54], ['dataSubjectsAndCategories', 55, 65], ['retention', 66, 74], ['recipients', 75, 79], ['transfers', 80, 83], ['securityMeasures', 84, 97], ['privacyStatement', 98, 102]] },
    { file: file57, treatment: { first: 9, last: 188 }, fields: [['title', 9, 9], ['lastUpdate', 10, 10], ['referenceNumber', 11, 11], ['controllers', 13, 46], ['dpo', 47, 47], ['jointControllers', 48, 49], ['processors', 50, 51], ['purposes', 52, 90], ['dataSubjectsAndCategories', 91, 125], ['retention', 126, 131], ['recipients', 132, 140], ['transfers', 147, 172], ['securityMeasures', 173, 176], ['privacyStatement', 177, 188]] },
  ] as const)('$file: treatment lines $treatment.first–$treatment.last and each item from its number line to its last text', ({ file, treatment, fields }) => {
    expect(treatmentOf(file).lines).toEqual(treatment);
    expect(treatmentOf(file).fields.map((field) => [field.key, field.lines.first, field.lines.last])).toEqual(fields);
  });

  it.each([
    { file: file01a, introduction: [2, 5], part: 13 },
    { file: file03, introduction: [2, 4], part: 11 },
    { file: file05, introduction: [2, 4], part: 11 },
    { file: file57, introduction: [2, 5], part: 12 },
  ])('$file: heading line 1, introduction lines $introduction, Part heading line $part', ({ file, introduction, part }) => {
    expect(registers.get(file)!.preamble.map((entry) => [entry.lines.first, entry.lines.last])).toEqual([[1, 1], introduction, [part, part]]);
  });

  it.each([
    { file: file01a, warnings: [{ file: file01a, line: 13, message: 'template leftover "< row to be deleted when filled in>" dropped' }] },
    { file: file03, warnings: [{ file: file03, line: 11, message: 'template leftover "< row to be deleted when filled in>" dropped' }] },
    { file: file05, warnings: [] },
    { file: file57, warnings: [] },
  ])('$file warns about template leftovers only', ({ file, warnings }) => {
    expect(registers.get(file)!.warnings).toEqual(warnings);
  });
});
