// The CNIL model layout on the real ODS and on a DPO's own copy written by another program (exceljs): sheets found by
// content, fiches merged with the list by "N° / RÉF", cells the model has no place for kept and named.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LAYOUTS } from '../../../src/ingest/layouts.ts';
import { parseRegisterInput } from '../../../src/ingest/parse-register-input.ts';
import { readSpreadsheet } from '../../../src/ingest/workbook/read-spreadsheet.ts';
import { RegisterFormatError } from '../../../src/errors/register-format-error.ts';
import { writeXlsx, type CellValue } from '../../support/write-test-workbooks.ts';

const ODS = new URL('../../../../shared/registers-cnil/registre-traitement-simplifie.ods', import.meta.url);

/** A fiche laid out as the CNIL's, with the DPO's values; `extra` rows are appended at the end. */
function fiche(name: string, ref: string, extra: CellValue[][] = []): CellValue[][] {
  return [
    ['Fiche de registre'],
    [],
    ['Description du traitement'],
    ['Nom du traitement', name],
    ['N° / RÉF', ref],
    ['Date de création du traitement', 44197],
    ['Mise à jour du traitement', '01/02/2022'],
    [],
    ['Acteurs', 'Nom', 'Adresse', 'Code Postal', 'Ville', 'Pays', 'Téléphone', 'Adresse mél'],
    ['Responsable du traitement', 'Mairie de Trifouilly', '2 place de la Mairie', 12345, 'Trifouilly', 'France', null, 'mairie@example.org'],
    ['Délégué à la protection des données', 'Cabinet Conseil', null, null, null, null, null, 'dpo@example.org'],
    [],
    ['Finalité(s) du traitement effectué'],
    ['Finalité principale', `Gérer ${name.toLowerCase()}`],
    ['Sous-finalité 1', null],
    [],
    ['Catégories de données personnelles concernées', 'Description', null, null, 'Durée de conservation'],
    ['État civil, identité, données d\'identification, images…', 'Nom, prénom', null, null, '2 ans après le départ'],
    [],
    ['Données sensibles', 'Description', null, null, 'Durée de conservation'],
    ['Données concernant la santé', 'Certificats médicaux', null, null, '1 an'],
    [],
    ['Transferts hors UE', 'Destinataire', 'Pays', 'Type de Garanties', null, 'Liens vers la documentation'],
    ['Organisme destinataire 1', 'Hébergeur', 'Suisse', 'Pays adéquat', null, 'https://example.org/contrat'],
    ...extra,
  ];
}

const LIST: CellValue[][] = [
  ['Coordonnées du responsable de l’organisme', 'Nom :', 'Mairie de Trifouilly', 'Prénom :', null, 'Adresse :', '2 place de la Mairie', 'Adresse mél :', 'mairie@example.org'],
  [null, 'Code postal :', '12345', 'Ville :', 'Trifouilly', 'Téléphone :', '01 02 03 04 05'],
  ['Identification du traitement', null, null, null, 'Finalité du traitement', null, null, 'Données sensibles ?'],
  ['Nom du traitement', 'N° / RÉF', 'Date de création de la fiche', 'Dernière mise à jour de la fiche', null, null, null, 'Oui/non'],
  ['État civil', 'EC-1', 44197, 44593, 'Tenue de l\'état civil', null, null, 'Oui'],
  ['Cantine', 'CA-2', null, null, 'Inscriptions à la cantine', null, null, 'Non'],
  ['Élections', 'EL-3', null, null, 'Listes électorales', null, null, 'Non'],
];

describe('the CNIL model layout', () => {
  it('detects the CNIL\'s ODS as cnil-template, the one specific layout that reads it (the generic table layout comes after)', () => {
    const workbook = readSpreadsheet(readFileSync(ODS), 'registre.ods');
    expect(LAYOUTS.filter((l) => l.input === 'workbook' && !l.generic && l.detect(workbook)).map((l) => l.id)).toEqual(['cnil-template']);
    expect(parseRegisterInput({ kind: 'workbook', file: 'registre.ods', workbook })[0]!.layout).toBe('cnil-template');
  });

  it('reads a DPO\'s copy whatever its sheet names: list, fiches merged by reference, a row without fiche, a notes sheet', async () => {
    const bytes = await writeXlsx([
      { name: 'Mes traitements', rows: LIST, merges: ['A1:A2', 'E3:G3', 'H3:H4'] },
      { name: 'Fiche état civil', rows: fiche('État civil', 'EC-1', [[], ['Remarque', null, null, null, null, null, null, null, 'à revoir en 2025']]), merges: ['B4:H4'] },
      { name: 'Fiche cantine', rows: fiche('Cantine', 'CA-2') },
      { name: 'Notes', rows: [['Relancer le service cantine']] },
    ]);
    const [register] = parseRegisterInput({ kind: 'workbook', file: 'mairie.xlsx', workbook: readSpreadsheet(bytes, 'mairie.xlsx') });
    expect(register!.layout).toBe('cnil-template');
    expect(register!.title).toBe('Registre des activités de traitement de Mairie de Trifouilly');
    expect(register!.treatments.map((t) => [t.number, t.fields.find((f) => f.key === 'title')?.text, t.location?.sheet])).toEqual([
      ['EC-1', 'État civil', 'Fiche état civil'],
      ['CA-2', 'Cantine', 'Fiche cantine'],
      ['EL-3', 'Élections', 'Mes traitements'],
    ]);
    const messages = register!.warnings.map((w) => `${w.location?.sheet}!${w.location?.cell}: ${w.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        'Fiche état civil!I26: the model has no place for "à revoir en 2025": kept as it is',
        'Mes traitements!A7: no fiche sheet has the N° / RÉF "EL-3": the treatment is read from its row of the list only',
        'Mes traitements!H6: the list says "Non" (no sensitive data) but the fiche lists Données concernant la santé: the fiche is read',
        'Notes!A1: the sheet "Notes" is not part of the CNIL model: its 1 cells are kept as they are',
        expect.stringMatching(/^Fiche état civil!B6: the number 44197 in a date column is read as the date serial it is: 2021-01-01/),
      ]),
    );
    expect(register!.preamble.map((f) => f.text)).toEqual(expect.arrayContaining(['Mairie de Trifouilly', '01 02 03 04 05', 'Relancer le service cantine']));
    expect(register!.items?.[0]).toMatchObject({ kind: 'party', variant: 'controller', parts: { name: { text: 'Mairie de Trifouilly' }, telephone: { text: '01 02 03 04 05' } } });
    const etatCivil = register!.treatments[0]!;
    expect(etatCivil.items?.map((i) => `${i.kind}/${i.variant ?? ''}: ${Object.keys(i.parts).join(',')}`)).toEqual([
      'party/controller: name,address,postcode,town,country,email',
      'party/dpo: name,email',
      'purpose/main: text',
      'personal-data/: description,retention',
      'personal-data/sensitive: description,retention',
      'transfer/: recipient,country,safeguard,documentation',
    ]);
  });

  it('refuses a model with no treatment: an empty list and only the model fiche', async () => {
    const bytes = await writeXlsx([
      { name: 'Liste', rows: LIST.slice(0, 4) },
      { name: 'Modèle', rows: [['Nom du traitement'], ['N° / RÉF', 'ref-001'], ['Finalité principale']] },
    ]);
    const run = () => parseRegisterInput({ kind: 'workbook', file: 'vide.xlsx', workbook: readSpreadsheet(bytes, 'vide.xlsx') });
    expect(run).toThrow(RegisterFormatError);
    expect(run).toThrow(/^vide\.xlsx › Liste: the CNIL model holds no treatment/);
  });
});
