// Known tools' exports read with their profile (ontology/tables/profiles): a fixture each, written by us from the
// column lists the tools publish in their code: Madis, OpenRGPD, CISO Assistant (flat and one-processing workbook).
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseRegisterInput } from '../../../src/ingest/parse-register-input.ts';
import { readDelimitedText } from '../../../src/ingest/workbook/read-delimited-text.ts';
import { readSpreadsheet } from '../../../src/ingest/workbook/read-spreadsheet.ts';
import { loadTableProfiles } from '../../../src/ingest/table/table-profiles.ts';
import { loadCatalogues } from '../../../src/model/load-catalogues.ts';
import { createNormaliser, type Normaliser } from '../../../src/model/normalise-register.ts';
import type { Register } from '../../../src/model/treatment.ts';
import { writeCisoProcessingWorkbook } from '../../support/write-ciso-processing-workbook.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/tables/${name}`, import.meta.url));
let normaliser: Normaliser;
beforeAll(async () => {
  normaliser = createNormaliser(await loadCatalogues());
});
const readCsv = (name: string): Register => normaliser.normalise(parseRegisterInput({ kind: 'workbook', file: name, workbook: readDelimitedText(fixture(name), name) })[0]!);

describe('table profiles', () => {
  it('loads the profiles, each with its source', () => {
    expect(loadTableProfiles().map((p) => p.id)).toEqual(expect.arrayContaining(['ciso-assistant', 'ciso-assistant-processing', 'madis', 'openrgpd']));
    for (const profile of loadTableProfiles()) expect(profile.source).toMatch(/https:\/\/github\.com\//);
  });

  it('reads a Madis export: yes/no columns as the people and measures they name, dates with their time', () => {
    const register = readCsv('madis-traitements.csv');
    expect(register).toMatchObject({ layout: 'table', profile: 'madis', language: 'fr' });
    const [elections, paie] = register.treatments;
    expect(elections).toMatchObject({
      title: 'Gestion des listes électorales',
      purposes: ['Tenue des listes électorales et organisation des scrutins'],
      dataSubjects: ['public-service-user'],
      legalBases: ['eu-gdpr:A6-1-c'],
      retention: [{ kind: 'duration', duration: 'P5Y' }],
      creation: { date: '2024-03-12' },
      lastUpdate: { date: '2024-04-02' },
      parties: [{ role: 'controller', name: 'Commune de Trifouilly' }],
    });
    // "Salariés: Non" names no employees; the cell stays verbatim.
    expect(elections!.dataSubjects).not.toContain('employee');
    expect(elections!.fields.find((f) => f.label === 'Détails - Personnes concernées - Salariés')).toMatchObject({ text: 'Non', reading: '' });
    expect(elections!.fields.filter((f) => f.key === 'securityMeasures').map((f) => f.reading ?? f.text)).toEqual(["Contrôle d'accès", 'comptes nominatifs', '', 'Sauvegarde']);
    expect(paie).toMatchObject({ dataSubjects: ['employee', 'elected-official'], legalBases: ['eu-gdpr:A6-1-b'] });
    expect(paie!.dataCategories).toEqual(expect.arrayContaining(['financial', 'nir']));
    expect(paie!.recipientDetails?.map((r) => [r.name, r.processor])).toEqual([['Trésorerie', false], ['Prestataire paie', true]]);
  });

  it('reads an OpenRGPD export: "," delimited, HTML-escaped values', () => {
    const [cantine] = readCsv('openrgpd-exportformulaire.csv').treatments;
    expect(cantine).toMatchObject({
      number: '12',
      title: 'Inscriptions à la cantine scolaire',
      purposes: ['Gestion des inscriptions à la restauration scolaire', 'Facturation des repas'],
      dataSubjects: ['child', 'parent'],
      legalBases: ['eu-gdpr:A6-1-e'],
      transfer: { stated: 'none' },
      creation: { date: '2019-09-01' },
      lastUpdate: { date: '2024-02-15' },
      parties: [{ role: 'controller', name: 'Ville de Trifouilly' }],
    });
    expect(cantine!.dataCategories).toEqual(expect.arrayContaining(['etat-civil', 'contact', 'financial']));
    expect(cantine!.retention.map((r) => r.duration)).toEqual(['P1Y', 'P10Y', 'P11Y']);
  });

  it('reads a CISO Assistant processings export (flat, English)', () => {
    const register = readCsv('ciso-assistant-processings.csv');
    expect(register).toMatchObject({ profile: 'ciso-assistant', language: 'en' });
    expect(register.treatments.map((t) => [t.number, t.title, t.purposes, t.dpia.mentioned])).toEqual([
      ['PR-001', 'Recruitment', ['Selection of job applicants'], true],
      ['PR-002', 'Newsletter', ['Sending the monthly newsletter to subscribers'], false],
    ]);
  });

  it('reads a CISO Assistant processing workbook: sub-objects sheet by sheet, codes as DPV terms', async () => {
    const bytes = await writeCisoProcessingWorkbook();
    const [raw] = parseRegisterInput({ kind: 'workbook', file: 'processing-PR-007.xlsx', workbook: readSpreadsheet(bytes, 'processing-PR-007.xlsx') });
    const [payroll] = normaliser.normalise(raw!).treatments;
    expect(payroll).toMatchObject({ number: 'PR-007', title: 'Payroll', purposes: ['Salary payment', 'Social declarations'] });
    expect(payroll!.legalBases).toEqual(['eu-gdpr:A6-1-b', 'eu-gdpr:A6-1-c']);
    expect(payroll!.dataSubjects).toEqual(['employee']);
    expect(payroll!.personalData?.map((d) => [d.label, d.sensitive, d.retention.map((i) => payroll!.retention[i]!.duration)])).toEqual([
      ['Bank account', false, ['P5Y']],
      ['Health data', true, ['P2Y']],
    ]);
    expect(payroll!.dataCategories).toEqual(expect.arrayContaining(['bank-account', 'health']));
    expect(payroll!.recipientDetails?.map((r) => [r.name, r.types, r.processor])).toEqual([
      ['Accounting team', ['dpv:OrganisationalUnit'], false],
      ['Payroll provider', ['dpv:DataProcessor'], true],
    ]);
    expect(payroll!.transfers).toEqual([
      { recipient: 'Support provider', country: 'CH', countries: ['CH'], safeguard: 'privacy_adequacy_decision', safeguardTerm: 'eu-gdpr:AdequacyDecision', legalBasis: 'eu-gdpr:A45-3', documentation: 'https://example.org/dpa' },
    ]);
    expect(payroll!.transfer).toMatchObject({ stated: 'yes', countries: ['CH'] });
    const cell = payroll!.fields.find((f) => f.text === '5 years after departure');
    expect(cell).toMatchObject({ key: 'retention', label: 'Personal data › retention', location: { sheet: 'Personal data', cell: 'D2' } });
  });
});
