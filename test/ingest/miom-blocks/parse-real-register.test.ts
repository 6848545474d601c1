// Parsing the real Ministère de l'Intérieur register (004): counts, verbatim texts, provenance, nothing lost.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { miomBlocksLayout } from '../../../src/ingest/miom-blocks/miom-blocks-layout.ts';
import { rawRegisterSchema, type RawTreatment } from '../../../src/model/raw-register.ts';
import type { FieldKey, SourceField } from '../../../src/model/source-field.ts';

const file = '004_72dad74edd3dbafe.txt';
const text = readFileSync(new URL(`../../../data/registers/${file}`, import.meta.url), 'utf8');
const register = miomBlocksLayout.parse(text, file);

const activities = {
  '1': "Sûreté et de la sécurité des systèmes d'information",
  '2': 'Environnement numérique de travail',
  '3': "Infrastructure d'hébergement",
  '4': 'Ressources humaines',
  '5': 'Applications et services',
} as const;

const legitimateInterest =
  'RGPD Article 6 (1) f : Le traitement est nécessaire aux fins des intérêts légitimes poursuivis par le responsable du traitement';
const contract =
  "RGPD Article 6 (1) b : le traitement est nécessaire à l'exécution d'un contrat auquel la personne concernée est partie ou à l'exécution de mesures précontractuelles prises à la demande de celle-ci";
const legalObligation =
  "RGPD Article 6 (1) c : Le traitement est nécessaire au respect d'une obligation légale à laquelle le responsable du traitement est soumis";

function findTreatment(number: string): RawTreatment {
  const treatment = register.treatments.find((candidate) => candidate.number === number);
  if (!treatment) throw new Error(`no TRAITEMENT n° ${number}`);
  return treatment;
}

function findField(treatment: RawTreatment, key: FieldKey): SourceField {
  const field = treatment.fields.find((candidate) => candidate.key === key);
  if (!field) throw new Error(`TRAITEMENT n° ${treatment.number ?? '?'} has no ${key}`);
  return field;
}

describe(`parse ${file}`, () => {
  it('satisfies the raw register schema', () => {
    expect(() => rawRegisterSchema.parse(register)).not.toThrow();
    expect(register.file).toBe(file);
    expect(register.layout).toBe('miom-blocks');
  });

  it('finds the 36 treatments in order, numbered 1…36', () => {
    expect(register.treatments).toHaveLength(36);
    expect(register.treatments.map((treatment) => treatment.ordinal)).toEqual(Array.from({ length: 36 }, (_, index) => index + 1));
    expect(register.treatments.map((treatment) => treatment.number)).toEqual([
      '1.1',
      ...['2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '2.7', '2.8'],
      ...['3.1', '3.2', '3.3', '3.4', '3.5'],
      ...['4.1', '4.2', '4.3', '4.4', '4.5', '4.6'],
      ...Array.from({ length: 16 }, (_, index) => `5.${index + 1}`),
    ]);
  });

  it('gives every treatment all twelve labelled fields plus its title, once each', () => {
    for (const treatment of register.treatments) {
      const keys = treatment.fields.map((field) => field.key);
      expect(keys).toHaveLength(13);
      expect(new Set(keys).size).toBe(13);
      expect(keys[0]).toBe('title');
    }
  });

  it('reads the title and the preamble', () => {
    expect(register.title).toBe(
      'REGISTRE DES ACTIVITES DE TRAITEMENTS DE DONNEES PERSONNELLES DE LA DIRECTION DE LA TRANSFORMATION NUMERIQUE',
    );
    expect(register.preamble).toEqual([
      { key: 'other', label: 'En-tête', text: 'RGPD', lines: { first: 3, last: 3 } },
      { key: 'other', label: 'Titre du registre', text: register.title, lines: { first: 5, last: 5 } },
      { key: 'controllers', label: 'Responsable de traitement', text: 'M. le Directeur de la DTNUM', lines: { first: 7, last: 9 } },
      {
        key: 'other',
        label: 'Coordonnées',
        text: "M. le Directeur Direction de la Transformation Numérique Ministère de l'Intérieur et des Outre-Mer Place Beauvau 75800 Paris",
        lines: { first: 11, last: 21 },
      },
      {
        key: 'other',
        label: 'Délégué à la Protection des Données',
        text:
          'M. le Délégué ministériel à la Protection des Données Coordonnées : M. le Délégué ministériel à la Protection des Données ' +
          "Ministère de l'intérieur et des Outre-Mer Place Beauvau 75800 Paris",
        lines: { first: 23, last: 35 },
      },
    ]);
  });

  it('warns about the one malformed date only, keeping it verbatim', () => {
    expect(register.warnings).toEqual([{ file, line: 560, message: expect.stringContaining('"19/092023"') }]);
    expect(findField(findTreatment('5.15'), 'lastUpdate').text).toBe('19/092023');
  });

  it.each([
    { number: '1.1', activity: '1', title: 'NIS (Notice Individuelle de Sécurité)', gdpr: legitimateInterest, retention: "Conservées jusqu'au départ de la DTNUM de l'agent", lastUpdate: '30/05/2023' },
    {
      number: '2.1',
      activity: '2',
      title: 'Chartes NOEMI et SPAN',
      gdpr: legitimateInterest,
      retention:
        "Toutes les données sont conservées sans limitation de durée actuellement Un plan d'actions est en cours pour limiter la durée de conservation à la période de présence de l'agent.",
      lastUpdate: '30/05/2023',
    },
    {
      number: '2.4',
      activity: '2',
      title: 'Dotation CallMi',
      gdpr: legitimateInterest,
      retention:
        "les données personnelles sont supprimées à la restitution du poste CallMI : lors de l'opération de suppression de la charte par le RSSI dans la base de données Capitole",
      lastUpdate: '04/01/2023',
    },
    { number: '2.8', activity: '2', title: 'Dotation NOEMI', gdpr: legitimateInterest, retention: "Durée de dotation de l'agent + 6 ans (délai de prescription d'action pénale)", lastUpdate: '05/01/2023' },
    {
      number: '3.1',
      activity: '3',
      title: 'Cloud PI Gen 1',
      gdpr: legitimateInterest,
      retention:
        "Conservation des traces (vérifier auprès du c2mi : moins d'un mois) après que le compte soit sans activité Pour les souscripteurs et les administrateurs de tenants (les utilisateurs du Cloud) : <u>données supprimées 2 ans après que le compte soit sans activité</u>",
      lastUpdate: '14/02/2023',
    },
    { number: '3.5', activity: '3', title: 'SADC', gdpr: legitimateInterest, retention: '1 an maximum, par rotation du journal de logs', lastUpdate: '14/02/2023' },
    { number: '4.1', activity: '4', title: 'Suivi des contractuels', gdpr: contract, retention: "Durée de présence de l'agent à la DTNUM", lastUpdate: '12/12/2022' },
    { number: '4.4', activity: '4', title: 'Tableau de suivi des astreintes', gdpr: legalObligation, retention: "4 ans (prescription quadriennale des créances à l'encontre de l'administration)", lastUpdate: '12/12/2022' },
    {
      number: '4.6',
      activity: '4',
      title: 'Tableau de suivi du télétravail',
      gdpr: legalObligation,
      retention: "Durée de la carrière administrative sauf pour les pièces jointes (facture du FAI) qui ne sont conservées qu'1 an",
      lastUpdate: '12/12/2022',
    },
    {
      number: '5.1',
      activity: '5',
      title: 'FR-ALERT - Inscription/désinscription au portail citoyen',
      gdpr: "RGPD Article 6 (1) e : Le traitement est nécessaire à l'exécution d'une mission l'intérêt public ou relevant de l'exercice de l'autorité publique dont est investi le responsable du traitement",
      retention: 'Les données utilisées par une transaction sont conservées chez le prestataire pour une période de 30 jours aux fins de traçabilité technique',
      lastUpdate: '22/05/2023',
    },
    {
      number: '5.4',
      activity: '5',
      title: 'MINITIL',
      gdpr: legitimateInterest,
      retention:
        "<p>Actuellement sans anonymisation pour des questions d'intégrité et de cohérence de la base de données (les utilisateurs et les tickets restent mais les log sont déjà régulièrement purgées)</p> <p>Plan d'action en cours pour rendre les données des agents ayant quitté la DTNUM anonymes sans détruire l'intégrité de la base</p>",
      lastUpdate: '28/03/2023',
    },
    { number: '5.8', activity: '5', title: "Adminstration des comptes de l'AD du SG", gdpr: legitimateInterest, retention: "Le compte de l'agent est supprimé lors de son départ, c'est la procédure normale.", lastUpdate: '05/01/2023' },
    { number: '5.10', activity: '5', title: 'APSIM', gdpr: legitimateInterest, retention: 'APSIM est rechargé à fréquence quotidienne à partir des données du RIO. (Entrées, sorties et mises à jour)', lastUpdate: '29/06/2023' },
    {
      number: '5.13',
      activity: '5',
      title: 'Enregistrement des appels téléphoniques au standard',
      gdpr: "RGPD Article 6 (1) e : Le traitement est nécessaire à l'exécution d'une mission d'intérêt public ou relevant de l'exercice de l'autorité publique dont est investi le responsable du traitement",
      retention: '30 jours (effacées automatiquement)',
      lastUpdate: '10/07/2023',
    },
    { number: '5.15', activity: '5', title: 'IGC Serveur', gdpr: contract, retention: '7ans, délai de prescription des infractions pénales', lastUpdate: '19/092023' },
    {
      number: '5.16',
      activity: '5',
      title: "Messagerie Collaborative de l'Etat (MCE)",
      gdpr: contract,
      retention:
        "- Tant que l'agent est présent au ministère de l'intérieur, les données et les échanges sont conservés. - Les données personnelles sont détruites à la suppression du compte (cas d'un agent qui quitte le ministère). - L'ensemble des données et contenus des échanges avec des messageries externes au MIOM sont conservés un an y compris après le départ de l'agent.",
      lastUpdate: '30/01/2024',
    },
  ] as const)('TRAITEMENT n° $number $title', ({ number, activity, title, gdpr, retention, lastUpdate }) => {
    const treatment = findTreatment(number);
    expect(treatment.activity).toEqual({ number: activity, title: activities[activity] });
    expect(findField(treatment, 'title')).toMatchObject({ label: `TRAITEMENT n° ${number}`, text: title });
    expect(findField(treatment, 'legalBasisGdpr').text).toBe(gdpr);
    expect(findField(treatment, 'legalBasisPoliceJustice').text).toBe('Non');
    expect(findField(treatment, 'legalBasisStateSecurity').text).toBe('Non');
    expect(findField(treatment, 'retention').text).toBe(retention);
    expect(findField(treatment, 'lastUpdate').text).toBe(lastUpdate);
  });

  it('keeps the printed labels', () => {
    expect(findTreatment('3.3').fields.map((field) => field.label)).toEqual([
      'TRAITEMENT n° 3.3',
      'Finalité du traitement',
      'Base de licéité - RGPD',
      'Base de licéité - Titre III LIL (police-justice)',
      "Base de licéité - Titre IV LIL (renseignement, sûreté de l'Etat)",
      'Fondement juridique (n° de déclaration antérieure CNIL si connue)',
      'Catégories de personnes concernées',
      'Catégories de données',
      'Catégorie des destinataires des données',
      'Existence de transferts de données hors UE',
      'Durée de conservation prévue des données',
      'Mesures organisationnelles et techniques assurant la sécurité et la confidentialité des données conservées',
      'Date de dernière mise à jour',
    ]);
  });

  it.each([
    { number: '1.1', lines: { first: 37, last: 50 }, field: 'title', fieldLines: { first: 38, last: 38 } },
    { number: '1.1', lines: { first: 37, last: 50 }, field: 'purposes', fieldLines: { first: 39, last: 39 } },
    { number: '2.2', lines: { first: 67, last: 80 }, field: 'retention', fieldLines: { first: 78, last: 78 } },
    { number: '4.1', lines: { first: 247, last: 260 }, field: 'legalBasisGdpr', fieldLines: { first: 250, last: 250 } },
    { number: '5.11', lines: { first: 487, last: 500 }, field: 'dataCategories', fieldLines: { first: 495, last: 495 } },
    { number: '5.15', lines: { first: 547, last: 560 }, field: 'lastUpdate', fieldLines: { first: 560, last: 560 } },
    { number: '5.16', lines: { first: 562, last: 575 }, field: 'lastUpdate', fieldLines: { first: 575, last: 575 } },
  ] as const)('TRAITEMENT n° $number spans $lines.first–$lines.last, its $field line $fieldLines.first', ({ number, lines, field, fieldLines }) => {
    const treatment = findTreatment(number);
    expect(treatment.lines).toEqual(lines);
    expect(findField(treatment, field).lines).toEqual(fieldLines);
  });

  it('gives treatments disjoint, ordered line ranges that contain their fields', () => {
    let previousLast = 35;
    for (const treatment of register.treatments) {
      expect(treatment.lines.first).toBeGreaterThan(previousLast);
      for (const field of treatment.fields) {
        expect(field.lines.first).toBeGreaterThanOrEqual(treatment.lines.first);
        expect(field.lines.last).toBeLessThanOrEqual(treatment.lines.last);
      }
      previousLast = treatment.lines.last;
    }
  });

  it('loses nothing: every token of every non-blank line is in the preamble or a treatment covering that line', () => {
    const lines = text.split('\n');
    expect(text.endsWith('\n')).toBe(false);
    expect(lines).toHaveLength(575);

    const tokensOf = (value: string): string[] => value.split(/\s+/).filter((token) => token !== '');
    // The colon after a preamble heading separates label from text, as the tab does in the blocks.
    const tokensOfLine = (value: string): string[] => tokensOf(value.replace(/\s:\s*$/, ''));
    const covers = (range: { first: number; last: number }, line: number): boolean => range.first <= line && line <= range.last;

    let checked = 0;
    lines.forEach((line, index) => {
      const number = index + 1;
      if (line.trim() === '') return;
      const haystack: string[] = [];
      for (const entry of register.preamble) if (covers(entry.lines, number)) haystack.push(entry.label, entry.text);
      for (const treatment of register.treatments) {
        if (!covers(treatment.lines, number)) continue;
        // ACTIVITE headers live in `activity`, TRAITEMENT numbers in `number`.
        if (treatment.activity) haystack.push('ACTIVITE n°', treatment.activity.number, treatment.activity.title);
        for (const field of treatment.fields) if (covers(field.lines, number)) haystack.push(field.label, field.text);
      }
      const known = new Set(haystack.flatMap(tokensOf));
      const lost = tokensOfLine(line).filter((token) => !known.has(token));
      expect(lost, `line ${number}: ${line}`).toEqual([]);
      checked += 1;
    });
    expect(checked).toBe(lines.filter((line) => line.trim() !== '').length);
  });

  it('keeps the last line, which has no newline', () => {
    expect(findField(register.treatments[35]!, 'lastUpdate')).toEqual({
      key: 'lastUpdate',
      label: 'Date de dernière mise à jour',
      text: '30/01/2024',
      lines: { first: 575, last: 575 },
    });
  });
});
