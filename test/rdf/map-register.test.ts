// Unit tests of mapRegister on a one-treatment register: impact assessments apart from accreditations, warnings at hand.
import { Store } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogues, type Catalogues } from '../../src/model/load-catalogues.ts';
import type { Register, Treatment } from '../../src/model/treatment.ts';
import { createIriMinter } from '../../src/rdf/mint-iris.ts';
import { mapRegister } from '../../src/rdf/map-register.ts';
import { dct, dpv, rdf, rdfs, ropa, skos, time, xsd, PREFIXES } from '../../src/vocab/namespaces.ts';

const BASE = 'https://unit.test.example/';
const TREATMENT = `${BASE}register/reg/treatment/t`;

function makeRegister(overrides: Partial<Treatment>, warnings: Register['warnings'] = [], register: Partial<Register> = {}): Register {
  const treatment: Treatment = {
    slug: 't', ordinal: 1, title: 'Traitement', lines: { first: 10, last: 12 },
    fields: [{ key: 'title', label: 'Intitulé', text: 'Traitement', lines: { first: 10, last: 10 } }],
    purposes: [], controllers: [], processors: [], recipients: [], systems: [], policies: [], dataCategories: [],
    dataSubjects: [], legalBases: [], retention: [], transfer: { stated: 'not-stated', countries: [] }, dpia: { mentioned: false },
    ...overrides,
  };
  return { slug: 'reg', file: 'reg.txt', layout: 'miom-blocks', title: 'Registre', owners: [], preamble: [], policies: [], treatments: [treatment], warnings, ...register };
}

describe('mapRegister', () => {
  let catalogues: Catalogues;
  beforeAll(async () => {
    catalogues = await loadCatalogues();
  });
  const map = (register: Register): Store => new Store(mapRegister(register, catalogues, createIriMinter(BASE)));
  const values = (store: Store, s: string, p: { value: string }): string[] =>
    store.getObjects(s, p.value, null).map((o) => o.value).sort();

  it.each([
    { name: 'an AIPD only', text: 'AIPD validée le 13 septembre 2021', dpia: 'AIPD validée le 13 septembre 2021', accreditation: undefined },
    { name: 'an accreditation only', text: 'La solution sera homologuée DR.', dpia: undefined, accreditation: 'La solution sera homologuée DR.' },
    {
      name: 'both, in two sentences',
      text: 'AIPD validée le 13 septembre 2021. Homologation SSI le 12 avril 2023 pour trois ans.',
      dpia: 'AIPD validée le 13 septembre 2021.',
      accreditation: 'Homologation SSI le 12 avril 2023 pour trois ans.',
    },
    { name: "an analyse d'impact", text: "Une analyse d'impact est en cours.", dpia: "Une analyse d'impact est en cours.", accreditation: undefined },
  ])('maps $name', ({ text, dpia, accreditation }) => {
    const store = map(makeRegister({ dpia: { mentioned: true, text } }));
    const assessments = values(store, TREATMENT, dpv.hasImpactAssessment);
    if (dpia) {
      expect(assessments).toEqual([`${TREATMENT}/dpia`]);
      expect(values(store, `${TREATMENT}/dpia`, rdf.type)).toEqual([dpv.DPIA.value]);
      expect(values(store, `${TREATMENT}/dpia`, dct.description)).toEqual([dpia]);
    } else expect(assessments).toEqual([]);
    const measures = values(store, TREATMENT, dpv.hasTechnicalOrganisationalMeasure);
    if (accreditation) {
      expect(measures).toEqual([`${TREATMENT}/accreditation`]);
      expect(values(store, `${TREATMENT}/accreditation`, rdf.type)).toEqual([`${PREFIXES.dpv}SecurityAssessment`]);
      expect(values(store, `${TREATMENT}/accreditation`, dct.description)).toEqual([accreditation]);
    } else expect(measures).toEqual([]);
  });

  it('maps no assessment when none is mentioned', () => {
    const store = map(makeRegister({}));
    expect(values(store, TREATMENT, dpv.hasImpactAssessment)).toEqual([]);
    expect(values(store, TREATMENT, dpv.hasTechnicalOrganisationalMeasure)).toEqual([]);
  });

  it.each([
    { line: 9, linked: false },
    { line: 10, linked: true },
    { line: 12, linked: true },
    { line: 13, linked: false },
  ])('links a warning about line $line to the treatment of lines 10–12: $linked', ({ line, linked }) => {
    const store = map(makeRegister({}, [{ file: 'reg.txt', line, message: 'repaired "Réциpiendaires"' }]));
    const warning = `${BASE}register/reg/warning/1`;
    expect(values(store, `${BASE}register/reg`, ropa.hasWarning)).toEqual([warning]);
    expect(values(store, TREATMENT, ropa.hasWarning)).toEqual(linked ? [warning] : []);
  });

  it('maps a zero retention as a temporal duration of P0D', () => {
    const store = map(makeRegister({ retention: [{ text: 'Absence de conservation de la voix.', kind: 'duration', duration: 'P0D' }] }));
    const [condition] = values(store, TREATMENT, dpv.hasStorageCondition);
    const [duration] = values(store, condition ?? '', dpv.hasDuration);
    expect(values(store, duration ?? '', rdf.type).sort()).toEqual([time.Duration.value, dpv.TemporalDuration.value]);
    expect(values(store, duration ?? '', rdf.value)).toEqual(['P0D']);
    expect(values(store, duration ?? '', time.numericDuration)).toEqual(['0']);
  });

  it('gives a stated period also as a number of months (OWL-Time), which every SPARQL engine compares', () => {
    const store = map(makeRegister({ retention: [{ text: '1 an et 1 jour', kind: 'duration', duration: 'P1Y1D' }, { text: 'Jusqu’au départ', kind: 'until-event' }] }));
    const [first, second] = values(store, TREATMENT, dpv.hasStorageCondition).sort().map((c) => values(store, c, dpv.hasDuration)[0] ?? '');
    const months = store.getObjects(first!, time.numericDuration, null);
    expect(months.map((m) => [m.value, (m as { datatype?: { value: string } }).datatype?.value])).toEqual([['12.032855', xsd.decimal.value]]);
    expect(values(store, first!, time.unitType)).toEqual([time.unitMonth.value]);
    expect(values(store, second!, time.numericDuration)).toEqual([]);
  });

  describe('an English register (EDPS record)', () => {
    const english = (overrides: Partial<Treatment> = {}): Store =>
      map(
        makeRegister(
          {
            title: 'Selection of staff',
            fields: [{ key: 'title', label: 'Record title', text: 'Selection of staff', lines: { first: 10, last: 10 } }],
            purposes: ['Select staff.'],
            retention: [{ text: '2 years', kind: 'duration', duration: 'P2Y' }],
            ...overrides,
          },
          [{ file: 'reg.txt', line: 11, message: 'template leftover dropped' }],
          { layout: 'edps-form', language: 'en', title: 'EDPS record of processing activity — Selection of staff' },
        ),
      );
    const literals = (store: Store) => store.getQuads(null, null, null, null).map((q) => q.object).filter((o) => o.termType === 'Literal');

    it('tags every text literal @en and none @fr, and says dct:language "en"', () => {
      const store = english();
      const tagged = literals(store).filter((o) => o.termType === 'Literal' && o.language !== '');
      expect(tagged.length).toBeGreaterThan(10);
      expect([...new Set(tagged.map((o) => (o.termType === 'Literal' ? o.language : '')))]).toEqual(['en']);
      expect(values(store, `${BASE}register/reg`, dct.language)).toEqual(['en']);
      expect(values(store, `${TREATMENT}/source`, rdfs.label)).toEqual(['reg.txt, lines 10–12']);
    });

    it('keeps a French register @fr, "lignes 10–12"', () => {
      const store = map(makeRegister({}));
      expect([...new Set(literals(store).flatMap((o) => (o.termType === 'Literal' && o.language !== '' ? [o.language] : [])))]).toEqual(['fr']);
      expect(values(store, `${TREATMENT}/source`, rdfs.label)).toEqual(['reg.txt, lignes 10–12']);
      expect(values(store, `${BASE}register/reg`, dct.language)).toEqual(['fr']);
    });

    it('maps the DPO to a dpv:DataProtectionOfficer with its contact', () => {
      const store = english({ dpo: { text: 'edps-dpo@edps.europa.eu', contacts: ['edps-dpo@edps.europa.eu'] } });
      expect(values(store, TREATMENT, dpv.hasDataProtectionOfficer)).toEqual([`${TREATMENT}/dpo`]);
      expect(values(store, `${TREATMENT}/dpo`, rdf.type)).toEqual([dpv.DataProtectionOfficer.value]);
      expect(values(store, `${TREATMENT}/dpo`, dpv.hasContact)).toEqual(['edps-dpo@edps.europa.eu']);
    });

    it('links the legal bases a statement cites, as catalogue concepts of Regulation (EU) 2018/1725 and EU staff rules', () => {
      const store = english({
        legalBasisEntries: ['eu-staff-regulations'],
        legalBasisStatements: [
          { text: 'Transfers are based on Art. 48(2)(d) of the Regulation (EU) 2018/1725.', articles: ['48(2)(d)'], transfer: true, bases: ['eudpr-48-2-d'] },
          { text: 'The legal basis of the procedure is the Staff Regulations.', articles: [], transfer: false, bases: ['eu-staff-regulations'] },
        ],
      });
      expect(values(store, TREATMENT, dpv.hasLegalBasis)).toEqual([`${BASE}legal-basis/eu-staff-regulations`]);
      expect(values(store, `${TREATMENT}/legal-basis/1`, skos.broader)).toEqual([`${BASE}legal-basis/eudpr-48-2-d`]);
      expect(values(store, `${TREATMENT}/legal-basis/2`, skos.broader)).toEqual([`${BASE}legal-basis/eu-staff-regulations`]);
    });

    it('maps joint controllers to one dpv:JointDataControllers group with every controller, each a controller of the treatment', () => {
      const store = english({ controllers: ['edps'], jointControllers: ['airplus'] });
      expect(values(store, TREATMENT, dpv.hasJointDataControllers)).toEqual([`${TREATMENT}/joint-controllers`]);
      expect(values(store, `${TREATMENT}/joint-controllers`, rdf.type)).toEqual([dpv.JointDataControllers.value]);
      expect(values(store, `${TREATMENT}/joint-controllers`, dpv.hasEntity)).toEqual([`${BASE}organisation/airplus`, `${BASE}organisation/edps`]);
      expect(values(store, TREATMENT, dpv.hasDataController)).toEqual([`${BASE}organisation/airplus`, `${BASE}organisation/edps`]);
      expect(values(english({ controllers: ['edps', 'airplus'] }), TREATMENT, dpv.hasJointDataControllers)).toEqual([]);
    });

    it('maps a 2018/1725 legal basis to a statement with its article, never to an eu-gdpr term', () => {
      const store = english({
        legalBasisStatements: [
          { text: 'Transfers are also based on Article 50(1)(b) of the Regulation (EU) 2018/1725.', articles: ['50(1)(b)'], transfer: true },
          { text: 'The legal basis of the procedure is the Staff Regulations.', articles: [], transfer: false },
        ],
      });
      // A basis of the processing that names no catalogue entry is linked as itself; the transfer's is not the treatment's.
      expect(values(store, TREATMENT, dpv.hasLegalBasis)).toEqual([`${TREATMENT}/legal-basis/2`]);
      expect(values(store, TREATMENT, ropa.legalBasisStatement)).toEqual([`${TREATMENT}/legal-basis/1`, `${TREATMENT}/legal-basis/2`]);
      expect(values(store, `${TREATMENT}/legal-basis/1`, rdf.type)).toEqual([dpv.DataTransferLegalBasis.value, ropa.LegalBasisStatement.value]);
      expect(values(store, `${TREATMENT}/legal-basis/1`, ropa.articleReference)).toEqual(['Article 50(1)(b) of Regulation (EU) 2018/1725']);
      expect(values(store, `${TREATMENT}/legal-basis/2`, rdf.type)).toEqual([dpv.LegalBasis.value, ropa.LegalBasisStatement.value]);
      expect(values(store, `${TREATMENT}/legal-basis/2`, ropa.articleReference)).toEqual([]);
    });

    it('maps the data protection notice with its web address', () => {
      const store = english({ privacyNotice: { text: 'https://edps.europa.eu/notice_en', urls: ['https://edps.europa.eu/notice_en'] } });
      expect(values(store, TREATMENT, dpv.hasNotice)).toEqual([`${TREATMENT}/privacy-notice`]);
      expect(values(store, `${TREATMENT}/privacy-notice`, rdf.type)).toEqual([dpv.PrivacyNotice.value]);
      expect(values(store, `${TREATMENT}/privacy-notice`, rdfs.seeAlso)).toEqual(['https://edps.europa.eu/notice_en']);
    });
  });
});
