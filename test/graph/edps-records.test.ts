// The four EDPS records (EU institution, English) in the graph: language tags, DPO, controllers, transfers, legal bases,
// persons and data read from their one cell, each checked against the record text (file:line in the comments).
import { DataFactory, type Quad } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';
import { dct, dpv, rdf, rdfs, ropa, skos, xsd, PREFIXES } from '../../src/vocab/namespaces.ts';
import { buildTestGraph, type TestGraph } from './build-test-graph.ts';
import { createGraphReader, type GraphReader } from './read-graph.ts';

const { namedNode } = DataFactory;
const EDPS = ['eu-edps_record-01a', 'eu-edps_record-03', 'eu-edps_record-05', 'eu-edps_record-57'] as const;
const FRENCH = ['000', '001', '002', '003', '004'] as const;
/** Predicates whose objects are text of the register (or our wording about it): they carry a language tag. */
const TEXT_PREDICATES = [dct.title, dct.description, rdfs.label, ropa.verbatim, ropa.fieldLabel, ropa.warningMessage].map((p) => p.value);

describe('the EDPS records in the graph', () => {
  let graph: TestGraph;
  let read: GraphReader;
  beforeAll(async () => {
    graph = await buildTestGraph();
    read = createGraphReader(graph);
  });
  const fileOf = (prefix: string): string => {
    const slug = read.register(prefix).slice(`${graph.base}register/`.length);
    return `${slug}.ttl`;
  };
  const quadsOf = (prefix: string): readonly Quad[] => graph.quadsByFile.get(fileOf(prefix)) ?? [];
  const iri = (target: string): string => {
    const i = target.indexOf(':');
    return i > 0 ? `${PREFIXES[target.slice(0, i) as keyof typeof PREFIXES]}${target.slice(i + 1)}` : `${graph.base}${target}`;
  };
  const treatment = (prefix: string): string => read.treatment(prefix, 1);

  describe('language', () => {
    it.each(EDPS)('%s: every text literal is tagged @en, and the register says dct:language "en"', (prefix) => {
      const quads = quadsOf(prefix);
      const texts = quads.filter((q) => TEXT_PREDICATES.includes(q.predicate.value));
      expect(texts.length).toBeGreaterThan(40);
      const notEnglish = texts.filter((q) => q.object.termType !== 'Literal' || q.object.language !== 'en');
      expect(notEnglish.map((q) => `${q.predicate.value} ${q.object.value.slice(0, 40)}`)).toEqual([]);
      expect(quads.filter((q) => q.object.termType === 'Literal' && q.object.language === 'fr')).toEqual([]);
      const language = read.objects(read.register(prefix), dct.language);
      expect(language.map((o) => [o.value, o.termType === 'Literal' ? o.datatype.value : ''])).toEqual([['en', xsd.language.value]]);
    });

    it('labels the source record of 57 in English: "lines 9–188"', () => {
      const source = read.values(treatment('eu-edps_record-57'), 'http://www.w3.org/ns/prov#wasDerivedFrom')[0] ?? '';
      expect(read.objects(source, rdfs.label).map((o) => [o.value, o.termType === 'Literal' && o.language])).toEqual([
        ['eu-edps_record-57_corporate-credit-card_pdftotext-layout_en.txt, lines 9–188', 'en'],
      ]);
    });

    it.each(FRENCH)('%s: the French literals stay @fr', (prefix) => {
      const tagged = quadsOf(prefix).filter((q) => q.object.termType === 'Literal' && q.object.language !== '');
      expect(tagged.length).toBeGreaterThan(100);
      expect(tagged.filter((q) => q.object.termType === 'Literal' && q.object.language !== 'fr')).toEqual([]);
      expect(read.values(read.register(prefix), dct.language)).toEqual(['fr']);
    });
  });

  describe('who', () => {
    it('types the EDPS an EU public body, not a French ministry (no dpv:GovernmentalOrganisation), with the Union as jurisdiction', () => {
      const edps = iri('organisation/edps');
      // Its kind, and the roles it plays in the records (controller, recipient): never a French ministry.
      expect(read.values(edps, rdf.type)).toEqual([dpv.DataController.value, dpv.Organisation.value, `${PREFIXES.dpv}PublicSectorBody`, dpv.Recipient.value].sort());
      expect(read.values(edps, dpv.hasJurisdiction)).toEqual([`${PREFIXES.loc}EU`]);
      for (const prefix of EDPS) expect(read.values(read.register(prefix), dpv.hasDataController), prefix).toEqual([edps]);
    });

    it.each([
      { prefix: 'eu-edps_record-01a', text: 'edps-dpo@edps.europa.eu' }, // 01a:28
      { prefix: 'eu-edps_record-03', text: 'edps-dpo@edps.europa.eu' }, // 03:24
      { prefix: 'eu-edps_record-05', text: 'DPO@edps.europa.eu' }, // 05:23
      { prefix: 'eu-edps_record-57', text: 'DPO@edps.europa.eu' }, // 57:47
    ])('$prefix: links its data protection officer with the contact given ($text)', ({ prefix, text }) => {
      const [dpo, ...more] = read.values(treatment(prefix), dpv.hasDataProtectionOfficer);
      expect(more).toEqual([]);
      expect(read.values(dpo ?? '', rdf.type)).toEqual([dpv.DataProtectionOfficer.value]);
      expect(read.values(dpo ?? '', dpv.hasContact)).toEqual([text]);
      expect(read.values(dpo ?? '', dct.description)).toEqual([text]);
    });

    it('57: AirPlus is a controller of its part, separate and not joint (57:27 "a separate controller", 57:48 joint "n/a")', () => {
      const node = treatment('eu-edps_record-57');
      expect(read.values(node, dpv.hasDataController)).toEqual([iri('organisation/airplus'), iri('organisation/edps')]);
      expect(read.values(node, dpv.hasJointDataControllers)).toEqual([]);
      expect(graph.store.getSubjects(rdf.type, dpv.JointDataControllers, null)).toEqual([]);
      expect(read.values(iri('organisation/airplus'), rdf.type)).toContain(`${PREFIXES.dpv}ForProfitOrganisation`);
    });
  });

  describe('persons and data, read from the one cell of item 8', () => {
    it.each([
      // 01a:49 "every person - candidate", 01a:51 "Data identifying the applicant"; 01a:50 "(staff selection)" names the procedure.
      { prefix: 'eu-edps_record-01a', subjects: ['data-subject/job-applicant'] },
      // 03:44 "Data identifying the applicant".
      { prefix: 'eu-edps_record-03', subjects: ['data-subject/job-applicant'] },
      // 05:55-56 "Categories of persons: Interim agents", 05:65 "CV of the interim staff - candidate".
      { prefix: 'eu-edps_record-05', subjects: ['data-subject/interim-staff', 'data-subject/job-applicant'] },
      // 57:91-92 "All EDPS staff : All statutory staff … and also Seconded National Experts".
      { prefix: 'eu-edps_record-57', subjects: ['data-subject/employee', 'data-subject/seconded-national-expert'] },
    ])('$prefix: data subjects $subjects', ({ prefix, subjects }) => {
      expect(read.values(treatment(prefix), dpv.hasDataSubject)).toEqual(subjects.map(iri).sort());
    });

    it.each([
      // 01a:51-52 "name, first name, gender, nationality, date and place of birth, postal and e-mail address, telephone
      // number"; 01a:81-82 "health data", 01a:82 "a statement declaring any disability", 01a:73-74 "staff evaluation reports".
      {
        prefix: 'eu-edps_record-01a',
        includes: ['pd:Name', 'pd:Gender', 'pd:Nationality', 'pd:BirthDate', 'pd:BirthPlace', 'pd:PhysicalAddress', 'pd:EmailAddress', 'pd:TelephoneNumber', 'pd:Health', 'pd:Disability', 'pd:ProfessionalEvaluation', 'pd:EmploymentHistory'],
        // 01a:80 "no data falling under Article 10 of the Regulation is processed (special categories…)": Article 10 of
        // Regulation 2018/1725 is about special categories, not the GDPR's criminal data, and it is said not to apply.
        excludes: ['dpv:SpecialCategoryPersonalData', 'data-category/criminal'],
      },
      // 05:65 "Last name, first name, CV of the interim staff - candidate."
      { prefix: 'eu-edps_record-05', includes: ['pd:Name', 'pd:EmploymentHistory'], excludes: [] },
      // 57:94 "name, address, work email, amount of expenses", 57:103 "staff ID, … salary ceiling gender, data of birth",
      // 57:112 "card number", 57:115-116 "credit worthiness".
      {
        prefix: 'eu-edps_record-57',
        includes: ['pd:Name', 'pd:PhysicalAddress', 'pd:EmailAddressWork', 'pd:Financial', 'data-category/agent-identifier', 'pd:Salary', 'pd:BirthDate', 'pd:CreditCardNumber', 'pd:CreditWorthiness'],
        excludes: ['pd:Health'],
      },
    ])('$prefix: data categories', ({ prefix, includes, excludes }) => {
      const linked = read.values(treatment(prefix), dpv.hasPersonalData);
      for (const target of includes) expect(linked, target).toContain(iri(target));
      for (const target of excludes) expect(linked, target).not.toContain(iri(target));
    });
  });

  describe('transfers and legal bases', () => {
    it.each([
      { prefix: 'eu-edps_record-01a', stated: 'none' }, // 01a:101 "No"
      { prefix: 'eu-edps_record-03', stated: 'none' }, // 03:69 "No"
      { prefix: 'eu-edps_record-05', stated: 'none' }, // 05:80 "No"
      { prefix: 'eu-edps_record-57', stated: 'yes' }, // 57:147 "Personal data are being transferred outside of EU and EEA"
    ])('$prefix: transfer stated $stated; no country named, a third country only when a transfer is stated', ({ prefix, stated }) => {
      const node = treatment(prefix);
      const [statement] = read.values(node, ropa.transferStatement);
      expect(read.values(statement ?? '', ropa.transferStated)).toEqual([stated]);
      expect(read.values(statement ?? '', rdf.type).includes(ropa.NoTransfer.value)).toBe(stated === 'none');
      // "outside of EU and EEA" names no country: an unspecified one, narrower than DPV's loc:non-EEA.
      expect(read.values(node, dpv.hasThirdCountry)).toEqual(stated === 'yes' ? [iri('country/non-eea')] : []);
    });

    it('57: keeps the 2018/1725 transfer bases as statements with their articles, and invents no eu-gdpr term', () => {
      const node = treatment('eu-edps_record-57');
      expect(read.values(node, dpv.hasLegalBasis)).toEqual([]);
      const statements = read.values(node, ropa.legalBasisStatement);
      expect(statements).toHaveLength(2);
      // 57:168-169 "based on Art. 48(2)(d) of the Regulation (EU) 2018/1725", 57:170 "Article 50(1)(b) of the Regulation (EU) 2018/1725".
      expect(statements.flatMap((s) => read.values(s, ropa.articleReference)).sort()).toEqual([
        'Article 48(2)(d) of Regulation (EU) 2018/1725',
        'Article 50(1)(b) of Regulation (EU) 2018/1725',
      ]);
      for (const s of statements) {
        expect(read.values(s, rdf.type)).toEqual([dpv.DataTransferLegalBasis.value, ropa.LegalBasisStatement.value].sort());
        expect(read.objects(s, dct.description).map((o) => o.termType === 'Literal' && o.language)).toEqual(['en']);
      }
      // Each statement is narrower than the article of 2018/1725 it cites (our concept, skos:closeMatch the GDPR's).
      expect(statements.flatMap((s) => read.values(s, skos.broader)).sort()).toEqual([iri('legal-basis/eudpr-48-2-d'), iri('legal-basis/eudpr-50-1-b')]);
      const gdpr = graph.store.getObjects(null, dpv.hasLegalBasis, null).filter((o) => o.value.startsWith(PREFIXES['eu-gdpr']));
      expect(gdpr.every((o) => !/A(?:48|50)/.test(o.value))).toBe(true);
    });

    it.each([
      // 01a:43-47 "The legal basis of the procedure is: -the Staff Regulations (and particularly Art. 27-34) …"
      { prefix: 'eu-edps_record-01a', wording: /^The legal basis of the procedure is: -the Staff Regulations \(and particularly Art\. 27-34\)/ },
      // 03:37 "The legal basis of the procedure is the Staff Regulations (and particularly Art. 29 and 30) …"
      { prefix: 'eu-edps_record-03', wording: /^The legal basis of the procedure is the Staff Regulations \(and particularly Art\. 29 and 30\)/ },
    ])('$prefix: keeps the legal basis sentence of its purpose item, citing no article of 2018/1725', ({ prefix, wording }) => {
      const [statement, ...more] = read.values(treatment(prefix), ropa.legalBasisStatement);
      expect(more).toEqual([]);
      expect(read.values(statement ?? '', dct.description).join(' ')).toMatch(wording);
      expect(read.values(statement ?? '', rdf.type)).toEqual([dpv.LegalBasis.value, ropa.LegalBasisStatement.value].sort());
      expect(read.values(statement ?? '', ropa.articleReference)).toEqual([]);
    });

    it('05 states no legal basis', () => {
      expect(read.values(treatment('eu-edps_record-05'), ropa.legalBasisStatement)).toEqual([]);
    });
  });

  describe('reference, update, notice', () => {
    it.each([
      { prefix: 'eu-edps_record-01a', number: '01a', date: '2021-11-03' }, // 01a:11-12
      { prefix: 'eu-edps_record-03', number: '3', date: '2018-11-30' }, // 03:9-10
      { prefix: 'eu-edps_record-05', number: '05', date: '2022-02-16' }, // 05:9-10
      { prefix: 'eu-edps_record-57', number: '57', date: '2022-01-20' }, // 57:10-11
    ])('$prefix: reference number $number, last updated $date', ({ prefix, number, date }) => {
      expect(read.values(treatment(prefix), ropa.registerNumber)).toEqual([number]);
      expect(read.values(treatment(prefix), dct.modified)).toEqual([date]);
    });

    it('01a: links its data protection notice, the address broken at a line end joined back (01a:120-121)', () => {
      const [notice] = read.values(treatment('eu-edps_record-01a'), dpv.hasNotice);
      expect(read.values(notice ?? '', rdf.type)).toEqual([dpv.PrivacyNotice.value]);
      expect(read.values(notice ?? '', rdfs.seeAlso)).toEqual([
        'https://edps.europa.eu/data-protection/our-work/publications/data-protection-notices/01-edps-data-protection-notice-staff_en',
      ]);
      expect(graph.store.has(DataFactory.quad(namedNode(treatment('eu-edps_record-01a')), dpv.hasNotice, namedNode(notice ?? '')))).toBe(true);
    });
  });
});
