// The register's language comes from its layout, and picks the words it is read with: EDPS records in English, the rest in French.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseRegisterText } from '../../src/ingest/parse-register-text.ts';
import { loadCatalogues, type Catalogues } from '../../src/model/load-catalogues.ts';
import { LAYOUT_LANGUAGE, namesForLanguage } from '../../src/model/language.ts';
import { createNormaliser, type Normaliser } from '../../src/model/normalise-register.ts';
import { layoutIdSchema } from '../../src/model/raw-register.ts';
import { registerSchema } from '../../src/model/treatment.ts';
import { buildFormText, buildItemLine } from '../ingest/edps-form/fixtures.ts';

const registers = new URL('../../data/registers/', import.meta.url);
const read = (file: string): string => readFileSync(new URL(file, registers), 'utf8');

describe('the language of a register', () => {
  let catalogues: Catalogues;
  let normaliser: Normaliser;
  beforeAll(async () => {
    catalogues = await loadCatalogues();
    normaliser = createNormaliser(catalogues);
  });
  const normalise = (text: string, file: string) => normaliser.normalise(parseRegisterText(text, file));

  it('knows one language per layout: the French tables and blocks, the English EDPS form, French spreadsheets by default', () => {
    expect(Object.keys(LAYOUT_LANGUAGE).sort()).toEqual([...layoutIdSchema.options].sort());
    expect(LAYOUT_LANGUAGE).toEqual({ 'ms-table': 'fr', 'miom-blocks': 'fr', 'edps-form': 'en', 'cnil-template': 'fr', table: 'fr' });
  });

  it('follows the layout found in the content, never the file name', () => {
    expect(normalise(read('eu-edps_record-03_selection-of-seconded-national-experts_pdftotext-layout_en.txt'), 'record.txt').language).toBe('en');
    expect(normalise(read('000_49a1ce6041cf4ed6.txt'), 'registre_en.txt').language).toBe('fr');
    expect(normalise(read('004_72dad74edd3dbafe.txt'), 'eu-edps_record-99_en.txt').language).toBe('fr');
  });

  it("defaults to 'fr' for a register built without one", () => {
    const register = normalise(read('000_49a1ce6041cf4ed6.txt'), '000.txt');
    const { language: _language, ...withoutLanguage } = register;
    expect(registerSchema.parse(withoutLanguage).language).toBe('fr');
  });

  it('reads English registers with the English names only (aliasesEn, patternsEn)', () => {
    const employee = catalogues.byId('data-subject', 'employee')!;
    const [english] = namesForLanguage([employee], 'en');
    expect(english).toEqual({ id: 'employee', label: '', aliases: employee.aliasesEn, patterns: employee.patternsEn });
    expect(namesForLanguage([employee], 'fr')).toEqual([employee]);
  });

  it('reads French words in French registers only: "AD vacancies" is no Active Directory, "Article 10" no criminal data', () => {
    // Item n is on line 5 + n, lines[4 + n].
    const text = buildFormText((lines) => {
      lines.splice(
        12,
        1,
        buildItemLine(8, 'Description of categories of persons whose data the EDPS processes and list of data categories', 'Staff: in case of AST officials applying for AD vacancies, the grade. No data falling under Article 10 of the Regulation is processed.'),
      );
    });
    const [t] = normalise(text, 'form.txt').treatments;
    expect(t?.systems).toEqual([]);
    expect(t?.dataCategories).toEqual(['job']);
    expect(t?.dataSubjects).toEqual(['employee']);
  });

  it('reads the record items the French layouts lack: DPO, joint controllers, processors, legal bases, notice', () => {
    const text = buildFormText((lines) => {
      lines.splice(8, 1, buildItemLine(4, 'Name and contact details of DPO', 'Data Protection Officer, edps-dpo@edps.europa.eu'));
      lines.splice(9, 1, buildItemLine(5, 'Name and contact details of joint controller (where applicable)', 'Lufthansa AirPlus Servicekarten GmbH'));
      lines.splice(10, 1, buildItemLine(6, 'Name and contact details of processor (where applicable)', 'Randstad Belgium SA/NV; Daoust SA/NV'));
      lines.splice(11, 1, buildItemLine(7, 'Short description and purpose of the processing', 'Testing. The legal basis is Article 5(1)(a) of Regulation (EU) 2018/1725 and Article 6(1)(e) GDPR.'));
      lines.splice(17, 1, buildItemLine(13, 'For more information, including how to exercise your rights to access, rectification, object and data portability (where applicable), see the data protection notice:', 'https://edps.europa.eu/notice_en'));
    });
    const [t] = normalise(text, 'form.txt').treatments;
    expect(t).toMatchObject({
      controllers: ['edps'],
      jointControllers: ['airplus'],
      processors: ['randstad-belgium', 'daoust'],
      dpo: { text: 'Data Protection Officer, edps-dpo@edps.europa.eu', contacts: ['edps-dpo@edps.europa.eu'] },
      legalBases: ['eu-gdpr:A6-1-e'],
      legalBasisStatements: [{ text: 'The legal basis is Article 5(1)(a) of Regulation (EU) 2018/1725 and Article 6(1)(e) GDPR.', articles: ['5(1)(a)'], transfer: false }],
      privacyNotice: { text: 'https://edps.europa.eu/notice_en', urls: ['https://edps.europa.eu/notice_en'] },
      retention: [{ text: '1 year', kind: 'duration', duration: 'P1Y' }],
      transfer: { stated: 'none', countries: [] },
    });
  });

  it('states nothing for the items a record answers "n/a"', () => {
    const [t] = normalise(buildFormText(), 'form.txt').treatments;
    expect(t?.jointControllers).toBeUndefined();
    expect(t?.processors).toEqual([]);
    expect(t?.legalBasisStatements).toBeUndefined();
    expect(t?.dpo?.contacts).toEqual(['edps-dpo@edps.europa.eu']);
  });
});
