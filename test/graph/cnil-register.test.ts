// Acceptance: the CNIL's own model register (ODS) builds into one treatment, "Gestion de la paie", field by field,
// every value cited by its sheet and cell.
import { readFileSync } from 'node:fs';
import { DataFactory, Parser, Store, type Term } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGraph, type BuildResult } from '../../src/pipeline/build-graph.ts';
import { readSpreadsheet } from '../../src/ingest/workbook/read-spreadsheet.ts';
import { dct, dpv, euGdpr, prov, rdf, rdfs, ropa, skos, xsd, PREFIXES } from '../../src/vocab/namespaces.ts';
import { TEST_BASE } from './build-test-graph.ts';

const { namedNode, literal } = DataFactory;
const ODS = new URL('../../../shared/registers-cnil/registre-traitement-simplifie.ods', import.meta.url);
const REGISTER = `${TEST_BASE}register/registre-traitement-simplifie`;
const TREATMENT = `${REGISTER}/treatment/1-exemple-gestion-de-la-paie`;
const loc = (code: string) => namedNode(`${PREFIXES.loc}${code}`);

describe('the CNIL model register, built', () => {
  let result: BuildResult;
  const store = new Store();
  const objects = (s: string | Term, p: Term) => store.getObjects(typeof s === 'string' ? namedNode(s) : (s as never), p as never, null);
  const values = (s: string | Term, p: Term) => objects(s, p).map((o) => o.value).sort();
  const one = (s: string | Term, p: Term) => {
    const found = objects(s, p);
    expect(found, `${typeof s === 'string' ? s : s.value} ${p.value}`).toHaveLength(1);
    return found[0]!;
  };

  beforeAll(async () => {
    result = await buildGraph({ registerFiles: [ODS.pathname], baseIri: TEST_BASE });
    for (const [name, text] of result.files) if (name.endsWith('.ttl')) store.addQuads(new Parser({ baseIRI: TEST_BASE }).parse(text));
  });

  it('holds one register in the cnil-template layout and one treatment, "Gestion de la paie": the model fiche is none', () => {
    expect(result.registers).toEqual([expect.objectContaining({ file: 'registre-traitement-simplifie.ods', layout: 'cnil-template', treatments: 1 })]);
    expect(values(REGISTER, dct.hasPart)).toEqual([TREATMENT]);
    expect(one(TREATMENT, dct.title)).toEqual(literal('Gestion de la paie', 'fr'));
    expect(one(TREATMENT, ropa.registerNumber).value).toBe('1 - Exemple');
  });

  it('has the main purpose and its three sub-purposes, narrower than it', () => {
    const purposes = objects(TREATMENT, dpv.hasPurpose);
    const byText = new Map(purposes.map((p) => [one(p, dct.description).value, p.value]));
    expect([...byText.keys()].sort()).toEqual([
      'Calcul des rémunérations',
      'Calcul du montant des versements adressés aux organismes sociaux',
      'Gestion de la paie',
      'Ordre de virement à la banque',
    ]);
    const main = byText.get('Gestion de la paie')!;
    for (const [text, iri] of byText) expect(values(iri, skos.broader), text).toEqual(text === 'Gestion de la paie' ? [] : [main]);
  });

  it('states three data categories, each in a process of its own with its description and its 5-year retention counted from the pay', () => {
    const rows = objects(TREATMENT, dpv.hasProcess).filter((p) => objects(p, dpv.hasPersonalData).length > 0);
    const byTitle = new Map(rows.map((r) => [one(r, dct.title).value, r]));
    expect([...byTitle.keys()].sort()).toEqual([
      "Informations d'ordre économique et financier (revenus, situation financière, situation fiscale, etc.)",
      'Numéro de Sécurité Sociale (ou NIR)',
      "État civil, identité, données d'identification, images…",
    ]);
    expect(one(byTitle.get('Numéro de Sécurité Sociale (ou NIR)')!, dct.description).value).toBe('Numéros de sécurité sociale des salariés');
    expect(values(byTitle.get('Numéro de Sécurité Sociale (ou NIR)')!, dpv.hasPersonalData)).toEqual([`${TEST_BASE}data-category/nir`]);
    expect(values(byTitle.get("Informations d'ordre économique et financier (revenus, situation financière, situation fiscale, etc.)")!, dpv.hasPersonalData)).toEqual([
      `${PREFIXES.pd}BankAccount`,
      `${PREFIXES.pd}Financial`,
    ]);
    for (const row of rows) {
      const condition = one(row, dpv.hasStorageCondition);
      expect(values(TREATMENT, dpv.hasStorageCondition)).toContain(condition.value);
      expect(one(condition, dct.description).value).toBe('5 ans à compter du versement de la paie');
      const duration = one(condition, dpv.hasDuration);
      expect(one(duration, rdf.value)).toEqual(literal('P5Y', xsd.duration));
      expect(one(duration, ropa.countedFrom)).toEqual(literal('versement de la paie', 'fr'));
    }
    expect(values(TREATMENT, dpv.hasStorageCondition)).toHaveLength(3);
  });

  it('marks the NIR sensitive, and says the list\'s "Non" (no sensitive data) contradicts the fiche', () => {
    expect(values(TREATMENT, dpv.hasPersonalData)).toContain(`${TEST_BASE}data-category/nir`);
    expect(values(`${TEST_BASE}data-category/nir`, rdf.type)).toContain(dpv.SensitivePersonalData.value);
    const warning = one(TREATMENT, ropa.hasWarning);
    expect(one(warning, ropa.warningMessage).value).toMatch(/the list says "Non" \(no sensitive data\) but the fiche lists Numéro de Sécurité Sociale \(ou NIR\)/);
    expect([one(warning, ropa.sourceSheet).value, one(warning, ropa.sourceCell).value]).toEqual(['2_-_Liste_des_traitements', 'H9:I9']);
  });

  it('names the controller and the DPO with their contact details', () => {
    const controller = one(TREATMENT, dpv.hasDataController);
    expect(values(controller, rdf.type)).toEqual([dpv.DataController.value]);
    expect(one(controller, dpv.hasName).value).toBe('Louise DUPONT');
    expect(one(controller, dpv.hasAddress).value).toBe('1 rue Rivoli, 75001 Paris');
    expect(one(controller, dpv.hasCountry)).toEqual(loc('FR'));
    expect(values(controller, dpv.hasContact)).toEqual(['01 xx xx xx xx', 'exemple1@ets.com']);
    const dpo = one(TREATMENT, dpv.hasDataProtectionOfficer);
    expect(values(dpo, rdf.type)).toEqual([dpv.DataProtectionOfficer.value]);
    expect(one(dpo, dpv.hasName).value).toBe('Martin HENRI');
    expect(one(dpo, dpv.hasAddress).value).toBe('1 rue Rivoli, 75001 Paris');
    expect(values(dpo, dpv.hasContact)).toEqual(['01 xx xx xx xx', 'exemple2@ets.com']);
  });

  it('has its subjects, its three recipients with their type, and the CNIL\'s three security measures in DPV terms', () => {
    expect(values(TREATMENT, dpv.hasDataSubject)).toEqual([dpv.term('Employee').value]);
    const recipients = new Map(objects(TREATMENT, dpv.hasRecipient).map((r) => [one(r, rdfs.label).value, r]));
    expect(Object.fromEntries([...recipients].map(([name, r]) => [name, [one(r, ropa.recipientType).value, values(r, rdf.type)]]))).toEqual({
      'Dir. Administrative et Financière': ['Service interne qui traite les données', [dpv.OrganisationalUnit.value, dpv.Recipient.value]],
      'Organismes sociaux': ['Partenaires institutionnels ou commerciaux', [dpv.Recipient.value, dpv.ThirdParty.value]],
      "Banque d'Andorre": ['Destinataires dans des pays tiers ou organisations internationales', [dpv.DataImporter.value, dpv.Recipient.value]],
    });
    const measures = objects(TREATMENT, dpv.hasTechnicalOrganisationalMeasure).map((m) => [one(m, dct.description).value, values(m, rdf.type)]);
    expect(Object.fromEntries(measures)).toEqual({
      'Mesures de protection des logiciels': [dpv.term('SecurityMethod').value, dpv.TechnicalOrganisationalMeasure.value],
      'Sauvegarde des données': [dpv.term('DataBackupProtocols').value, dpv.TechnicalOrganisationalMeasure.value],
      "Contrôle d'accès des utilisateurs": [dpv.term('AccessControlMethod').value, dpv.TechnicalOrganisationalMeasure.value],
    });
  });

  it('transfers to the Banque d\'Andorre in Andorra under standard contractual clauses, documented by the contract', () => {
    expect(values(TREATMENT, dpv.hasThirdCountry)).toEqual([loc('AD').value]);
    const transfer = objects(TREATMENT, dpv.hasProcess).find((p) => values(p, dpv.hasProcessing).includes(dpv.Transfer.value))!;
    expect(transfer).toBeDefined();
    expect(one(transfer, dpv.hasThirdCountry)).toEqual(loc('AD'));
    expect(one(transfer, dpv.hasLegalBasis)).toEqual(euGdpr.term('A46-2-c'));
    expect(one(one(transfer, dpv.hasRecipient), rdfs.label).value).toBe("Banque d'Andorre");
    const safeguard = one(transfer, dpv.hasTechnicalOrganisationalMeasure);
    expect(values(safeguard, rdf.type)).toEqual([dpv.SafeguardForDataTransfer.value, euGdpr.term('SCCByCommission').value]);
    expect(one(safeguard, rdfs.label).value).toBe('Clauses contractuelles types (CCT)');
    expect(one(safeguard, dct.bibliographicCitation).value).toBe('Contrat en date du 23/01/2018');
    expect(one(one(TREATMENT, ropa.transferStatement), ropa.transferStated).value).toBe('yes');
  });

  it('dates the fiche: created 26/05/2018, updated 13/05/2019', () => {
    expect(one(TREATMENT, dct.created)).toEqual(literal('2018-05-26', xsd.date));
    expect(one(TREATMENT, ropa.creationText).value).toBe('26/05/2018');
    expect(one(TREATMENT, dct.modified)).toEqual(literal('2019-05-13', xsd.date));
  });

  it('cites every value by its sheet and cell, and the treatment by its fiche', () => {
    const source = one(TREATMENT, prov.wasDerivedFrom);
    expect(one(source, rdfs.label).value).toBe('registre-traitement-simplifie.ods › 4_-_Exemple_de_fiche!A1:J39');
    const cells = new Map(objects(TREATMENT, ropa.hasSourceField).map((f) => [`${one(f, ropa.sourceSheet).value}!${one(f, ropa.sourceCell).value}`, one(f, ropa.verbatim).value]));
    expect(cells.get('4_-_Exemple_de_fiche!B4:H4')).toBe('Gestion de la paie');
    expect(cells.get('4_-_Exemple_de_fiche!E23:H23')).toBe('5 ans à compter du versement de la paie');
    expect(cells.get('4_-_Exemple_de_fiche!D39:E39')).toBe('Clauses contractuelles types (CCT)');
    expect(cells.get('4_-_Exemple_de_fiche!H11')).toBe('exemple2@ets.com');
    expect(cells.get('2_-_Liste_des_traitements!A9')).toBe('(EXEMPLE) Gestion de la paie');
  });

  it('loses nothing: every value cell of the worked example and of its row in the list is a source field', () => {
    const book = readSpreadsheet(readFileSync(ODS), 'registre-traitement-simplifie.ods');
    const cited = new Set(objects(TREATMENT, ropa.hasSourceField).map((f) => `${one(f, ropa.sourceSheet).value}!${one(f, ropa.sourceCell).value.split(':')[0]}`));
    const expected: string[] = [];
    for (const [name, firstRow] of [['4_-_Exemple_de_fiche', 3], ['2_-_Liste_des_traitements', 8]] as const) {
      const sheet = book.sheets.find((s) => s.name === name)!;
      sheet.rows.forEach((row, r) => row?.forEach((cell, c) => {
        // Column A prints the model's labels; formulas restate other cells (links to the CNIL's pages).
        if (r >= firstRow && c > 0 && cell && cell.text !== '' && !cell.formula) expected.push(`${name}!${String.fromCharCode(65 + c)}${r + 1}`);
      }));
    }
    const labels = new Set(['Nom', 'Adresse', 'Code Postal', 'Ville', 'Pays', 'Téléphone', 'Adresse mél', 'Description', 'Durée de conservation', 'Précisions', 'Type de destinataire', 'Type de mesure de sécurité', 'Destinataire', 'Type de Garanties', 'Liens vers la documentation', 'Oui/non']);
    const book4 = book.sheets.find((s) => s.name === '4_-_Exemple_de_fiche')!;
    const missing = expected.filter((cell) => !cited.has(cell)).filter((cell) => {
      const [sheet, address] = cell.split('!') as [string, string];
      const found = (sheet === book4.name ? book4 : book.sheets.find((s) => s.name === sheet)!).rows[Number(address.slice(1)) - 1]?.[address.charCodeAt(0) - 65];
      return !labels.has(found?.text ?? '');
    });
    expect(expected.length).toBeGreaterThan(50);
    expect(missing).toEqual([]);
  });
});
