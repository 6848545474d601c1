// The analysts' queries of queries/ on the real graph: every answer below was read by hand in data/registers/
// ("000:19" is line 19 of 000_49a1ce6041cf4ed6.txt, "edps-57:126" line 126 of the EDPS record 57).
// Where the registers say more than the graph holds, an `it.fails` states the full answer: it passes while the
// gap lasts and fails, as a reminder to turn it into an `it`, once the graph catches up.
// The EDPS records are in English; "EDPS" is the European Data Protection Supervisor, their controller.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ONTOLOGY_DIR } from '../../src/config/project-paths.ts';
import { startTestServer, type TestServer } from '../support/start-test-server.ts';
import { entityKey, keys, numberOf, registerKey, run, value } from './canned-query-rows.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const q = (name: string, params?: Record<string, string>) => run(server, name, params);

/** The 16 systems both 001 and 002 name (the two editions of the DNUM register), with SIRENE (001:18 and 004:539). */
const SHARED_BY_001_AND_002 = [
  'system/collecte-pro', 'system/eridan', 'system/exchange2013', 'system/hydre', 'system/numobis', 'system/office365',
  'system/onedrive', 'system/orion-mcas', 'system/pass-itsm', 'system/pegase', 'system/polaris', 'system/qui-fait-quoi',
  'system/sharepoint', 'system/si-honorabilite', 'system/solen', 'system/wss-ecu',
];

/** The five Office365 treatments of 001 (001:14, 22, 27, 32, 40) and of 002 (002:14, 26, 36, 46, 55). */
const OFFICE365 = [
  'Création de contenu professionnel collaboratif ou non via Office365',
  'Gestion de la messagerie professionnelle Office365',
  'Gestion des agendas professionnels Office365',
  'Gestion des annuaires professionnels pour Office365',
  'Gestion des outils de communication (webconférences discussions instantanées) Office365',
].flatMap((t) => [`001 ${t}`, `002 ${t}`]);

describe('ministries', () => {
  it('treatments-per-ministry: Ministères sociaux (000–003: 60), Intérieur (004: 36), the EDPS for its own four records', async () => {
    const rows = await q('treatments-per-ministry');
    expect(rows.map((r) => [value(r, 'ministryLabel'), numberOf(r, 'registers'), numberOf(r, 'treatments')])).toEqual([
      // 000:5 DDC, 001:5 and 002:5 DNUM, 003:5 Fabrique: all part of the SG of the ministères sociaux (organisations.json partOf).
      ['Ministères sociaux', 4, 60],
      // 004:5 "… DE LA DIRECTION DE LA TRANSFORMATION NUMERIQUE", 004:9 "M. le Directeur de la DTNUM" → SG-MI → MIOM.
      ["Ministère de l'Intérieur et des Outre-mer", 1, 36],
      // edps-01a:14, edps-03:12, edps-05:12, edps-57:13 "European Data Protection Supervisor (EDPS)": an EU
      // institution, part of no ministry, so the top of its own tree.
      ['Contrôleur européen de la protection des données (CEPD)', 4, 4],
    ]);
    expect(rows.every((r) => r.ministry !== undefined)).toBe(true);
  });

  it('systems-shared-across-ministries: only SIRENE, named by 001 (Fiche Commune Entreprise, 001:18) and 004 (HUB IMMAT, 004:539)', async () => {
    const rows = await q('systems-shared-across-ministries');
    expect(rows.map((r) => [entityKey(r.system), numberOf(r, 'ministries'), numberOf(r, 'registers'), numberOf(r, 'treatments')])).toEqual([['system/sirene', 2, 2, 2]]);
    expect(value(rows[0], 'ministryNames')?.split(' ; ').sort()).toEqual(["Ministère de l'Intérieur et des Outre-mer", 'Ministères sociaux']);
  });
});

describe('systems', () => {
  it('systems-shared-across-treatments: RIO (13), Microsoft 365 (10), Dialogue and NOEMI (3), then the pairs, with their registers and ministries', async () => {
    const rows = await q('systems-shared-across-treatments');
    const table = rows.map((r) => [entityKey(r.system), numberOf(r, 'treatments'), numberOf(r, 'registers'), numberOf(r, 'ministries')]);
    expect(table.slice(0, 4)).toEqual([
      ['system/rio', 13, 1, 1], // the 13 treatments of the seed test (004 2.2, 2.4, 2.5, 2.8, 3.1, 3.2, 5.4, 5.8–5.12, 5.16)
      ['system/office365', 10, 2, 1],
      ['system/dialogue', 3, 1, 1], // 004:480 (5.10), 004:495 (5.11), 004:510 (5.12) "N°Dialogue"
      ['system/noemi', 3, 1, 1], // 004:53 (2.1), 004:143 (2.7), 004:158 (2.8)
    ]);
    const pairs = Object.fromEntries(table.slice(4).map(([s, ...counts]) => [s, counts]));
    for (const system of SHARED_BY_001_AND_002.filter((s) => s !== 'system/office365')) expect(pairs[system as string], system).toEqual([2, 2, 1]);
    expect(pairs['system/sirene']).toEqual([2, 2, 2]);
    // Within 004: APSIM 004:474/504, Arpège 004:495/510, Capitole 004:108/123, Cloud PI 3.1/3.2, ICASSO 004:391/413, Passage 2 004:488/504.
    for (const system of ['system/apsim', 'system/arpege', 'system/capitole', 'system/cloud-pi', 'system/icasso', 'system/passage2']) expect(pairs[system], system).toEqual([2, 1, 1]);
    expect(rows).toHaveLength(4 + 15 + 1 + 6);
  });

  it('systems-shared-across-treatments: the Active Directory is named by one treatment only (004 5.8); "AD vacancies" (edps-01a:59) is a grade', async () => {
    const rows = await q('systems-shared-across-treatments');
    expect(rows.map((r) => entityKey(r.system))).not.toContain('system/ad-sg-mi');
  });

  it('systems-shared-across-registers: the 16 systems of 001 and 002 and SIRENE (001, 004)', async () => {
    const rows = await q('systems-shared-across-registers');
    expect(rows.map((r) => entityKey(r.system)).sort()).toEqual([...SHARED_BY_001_AND_002, 'system/sirene'].sort());
  });

  it('treatments-using-system: a system the EDPS records name nowhere gives only French rows; an unknown one none', async () => {
    expect(keys(await q('treatments-using-system', { system: 'SIRENE' }))).toEqual(['001 Fiche Commune Entreprise', '004 HUB IMMAT']);
    expect(keys(await q('treatments-using-system', { system: 'cloud pi' }))).toEqual(['004 Cloud PI Gen 1', '004 Cloud PI Gen 2']);
    expect(await q('treatments-using-system', { system: 'Lotus Notes' })).toEqual([]);
  });
});

describe('sensitive data and vulnerable people', () => {
  const EDPS_HEALTH = [
    'edps-01a Selection of staff for the EDPS Secretariat and the EDPB Secretariat', // edps-01a:80-85 "health data … a statement declaring any disability"
    'edps-03 Selection of Seconded National Experts (SNE)', // edps-03:45-46 "a statement declaring any disability"
  ];

  it('treatments-processing-health-data: vaccination (002:10), EPDS (003:38), MANO medical file (003:54), alcohol use (003:63), disability in two EDPS selections', async () => {
    const rows = await q('treatments-processing-health-data');
    expect(keys(rows)).toEqual(['002 Base séquestre données de vaccination covid-19', '003 1000Premier sjours', '003 MANO', '003 Ozensemble', ...EDPS_HEALTH]);
    expect(value(rows.find((r) => value(r, 'title') === '1000Premier sjours'), 'categories')?.split(', ').sort()).toEqual(['Santé', 'Santé mentale']);
  });

  it('treatments-processing-criminal-data: DIHOMED (000:15), Pégase in both editions (001:49, 002:66), SI honorabilité in both (001:50, 002:69)', async () => {
    expect(keys(await q('treatments-processing-criminal-data'))).toEqual([
      '000 DIHOMED',
      '001 Pegase Gestion dématérialisée de courrier',
      '001 SI honorabilité',
      '002 Pégase Gestion dématérialisée de courrier',
      '002 SI honorabilité',
    ]);
  });

  it('treatments-processing-special-categories: the health ones, TumePlay (sexual health, 003:69) and the "art. 9" mentions (000:11-14, 001:49, 002:66)', async () => {
    expect(keys(await q('treatments-processing-special-categories'))).toEqual([
      '000 Correspondance (requête/intervention) adressée aux membres du gouvernement relevant des ministères sociaux',
      '001 Pegase Gestion dématérialisée de courrier',
      '002 Base séquestre données de vaccination covid-19',
      '002 Pégase Gestion dématérialisée de courrier',
      '003 1000Premier sjours',
      '003 MANO',
      '003 Ozensemble',
      '003 TumePlay',
      ...EDPS_HEALTH,
    ]);
  });

  it('treatments-processing-nir: the NIR is named nowhere in the EDPS records', async () => {
    expect((await q('treatments-processing-nir')).filter((r) => registerKey(r.treatment).startsWith('edps'))).toEqual([]);
  });

  const MINORS = [
    '000 Dossier social informatisé – Mon Suivi Social', // 000:29 "de mineurs"
    ...OFFICE365.filter((k) => k.startsWith('002')), // 002:16, 26, 36, 46, 55 "• Mineurs"
    '003 1000Premier sjours', // 003:24 "Données relatives à l'enfant"
    '003 Enfants du Spectacle', // 003:50 "Il s'agit des enfants"
  ];

  it('treatments-concerning-minors: Mon Suivi Social, the five Office365 treatments of 002, 1000 premiers jours, Enfants du spectacle', async () => {
    expect(keys(await q('treatments-concerning-minors'))).toEqual([...MINORS].sort());
  });

  it('treatments-concerning-vulnerable-people: the minors, the "personnes vulnérables" (000:11, 000:29), protected adults (003:45), homeless people (003:54)', async () => {
    const rows = await q('treatments-concerning-vulnerable-people');
    expect(keys(rows)).toEqual(
      [
        ...MINORS,
        '000 Correspondance (requête/intervention) adressée aux membres du gouvernement relevant des ministères sociaux',
        '003 E-mjpm',
        '003 MANO',
      ].sort(),
    );
    // 000:29 lists asylum seekers, minors, mentally disabled, protected, elderly, disabled and homeless people.
    const monSuiviSocial = rows.find((r) => value(r, 'title')?.includes('Mon Suivi Social'));
    expect(value(monSuiviSocial, 'subjects')?.split(', ')).toHaveLength(8);
    // Domifa (003:42) serves people "sans domicile stable", but its data-subject column names "demandeurs de domiciliation".
  });

  it('sensitive-data-without-dpia: the 17 treatments with the NIR, art. 9 or art. 10 data; none mentions a DPIA', async () => {
    expect(keys(await q('sensitive-data-without-dpia'))).toEqual([
      '000 Correspondance (requête/intervention) adressée aux membres du gouvernement relevant des ministères sociaux',
      '000 DIHOMED',
      '000 Dossier social informatisé – Mon Suivi Social',
      '000 Gestion budgétaire', // 000:16 NIR
      '000 Gestion logistique-informatique', // 000:28 NIR
      '001 Pegase Gestion dématérialisée de courrier',
      '001 SI honorabilité',
      '002 Base séquestre données de vaccination covid-19',
      '002 Pégase Gestion dématérialisée de courrier',
      '002 SI honorabilité',
      '003 1000Premier sjours',
      '003 MANO',
      '003 MonPsy', // 003:59 "carte vitale"
      '003 Ozensemble',
      '003 TumePlay',
      ...EDPS_HEALTH,
    ]);
  });

  it('dpia-mentioned: "AIPD validée le 13 septembre 2021" in 004 5.8 (004:454) and 5.11 (004:499), not the SADC accreditation (004:234)', async () => {
    const rows = await q('dpia-mentioned');
    expect(keys(rows)).toEqual(["004 Adminstration des comptes de l'AD du SG", '004 Passage 2']);
    for (const r of rows) expect(value(r, 'dpiaStatement')).toMatch(/AIPD validée le 13 septembre 2021/);
  });
});

describe('recipients, processors and transfers', () => {
  it('recipients-outside-ministries: funds, agencies, companies and associations, never a governmental organisation', async () => {
    const rows = await q('recipients-outside-ministries');
    const pairs = rows.map((r) => `${entityKey(r.organisation)} ← ${registerKey(r.treatment)} ${value(r, 'title')}`).sort();
    const reva = '003 Reva (expérimentation)';
    expect(pairs).toEqual(
      [
        // 000:14 "les services administratifs des Assemblées parlementaires, la Grande Chancellerie de la Légion d'honneur"
        'organisation/assemblees-parlementaires ← 000 Correspondance (requête/intervention) adressée aux membres du gouvernement relevant des ministères sociaux',
        'organisation/grande-chancellerie-legion-honneur ← 000 Correspondance (requête/intervention) adressée aux membres du gouvernement relevant des ministères sociaux',
        // 000:29 "Externe : CNAM, CNAV et CAF"
        'organisation/caf ← 000 Dossier social informatisé – Mon Suivi Social',
        'organisation/cnam ← 000 Dossier social informatisé – Mon Suivi Social',
        'organisation/cnav ← 000 Dossier social informatisé – Mon Suivi Social',
        // 001:10 "agents d'ARS … Eventuellement partenaires tels que CNSA, CPAM"
        'organisation/ars ← 001 6PO - Outil Partagé des Pilotages des Plans, Programmes, Projets et Parcours',
        'organisation/cnsa ← 001 6PO - Outil Partagé des Pilotages des Plans, Programmes, Projets et Parcours',
        'organisation/cpam ← 001 6PO - Outil Partagé des Pilotages des Plans, Programmes, Projets et Parcours',
        'organisation/ars ← 001 SI honorabilité', // 001:50
        'organisation/mailoop ← 001 Mailoop Infobésité (analyse statistiques échanges, messages, réunions)', // 001:45 "Personnel Mailoop"
        ...OFFICE365.map((k) => `organisation/microsoft ← ${k}`), // "Interne aux ministères sociaux – Microsoft"
        'organisation/cnam ← 002 Base séquestre données de vaccination covid-19', // 002:10 "CNAM"
        'organisation/cat-amania ← 002 Collecte-Pro', // 002:13 "L'hébergeur et le super administrateur : Cegedim, Cat-Amania"
        'organisation/cegedim ← 002 Collecte-Pro',
        'organisation/ars ← 002 SI honorabilité', // 002:67
        'organisation/cnam ← 003 MonPsy', // 003:57, 003:59 "au sein des CPAM pour le compte de la CNAM"
        'organisation/cpam ← 003 MonPsy',
        // 003:66-67 the certifying bodies of Reva that are not State services
        ...['afpa', 'asp', 'cneap', 'croff-consulting', 'croix-rouge', 'domusvi', 'fepem', 'iperia'].map((o) => `organisation/${o} ← ${reva}`),
        // edps-05:26-38 the interim agencies, processors; edps-57:55, 135 AirPlus, which provides the cards.
        'organisation/daoust ← edps-05 Selection and management of interim staff',
        'organisation/randstad-belgium ← edps-05 Selection and management of interim staff',
        'organisation/airplus ← edps-57 Use of Corporate Credit Card by Staff',
        // Not the EDPS itself, recipient of its own records through its staff (edps-01a:94, edps-05:75, edps-57:132).
      ].sort(),
    );
    const microsoft = rows.find((r) => entityKey(r.organisation) === 'organisation/microsoft');
    expect(value(microsoft, 'role')?.split(', ').sort()).toEqual(['destinataire', 'sous-traitant']);
  });

  it('recipients-outside-ministries: reads "internal" (not in the graph) as its equivalent there, the type dpv:GovernmentalOrganisation', async () => {
    const catalogue = JSON.parse(await readFile(join(ONTOLOGY_DIR, 'catalogues', 'organisations.json'), 'utf8')) as { entries: { id: string; internal?: boolean; types: string[] }[] };
    const mismatches = catalogue.entries.filter((e) => (e.internal === true) !== e.types.includes('dpv:GovernmentalOrganisation')).map((e) => e.id);
    expect(mismatches).toEqual([]);
  });

  it('named-processors: Microsoft (10 treatments in 001 and 002), then Cat-Amania, Cegedim, Daoust, Mailoop, Randstad (1 each)', async () => {
    const rows = await q('named-processors');
    expect(rows.map((r) => [entityKey(r.processor), numberOf(r, 'treatments'), numberOf(r, 'registers')])).toEqual([
      ['organisation/microsoft', 10, 2],
      ['organisation/cat-amania', 1, 1], // 002:13
      ['organisation/cegedim', 1, 1], // 002:13
      ['organisation/daoust', 1, 1], // edps-05:37 "Daoust SA/NV"
      ['organisation/mailoop', 1, 1], // 001:45
      ['organisation/randstad-belgium', 1, 1], // edps-05:34 "Randstad Belgium SA/NV"
    ]);
  });

  it('treatments-by-processor: Microsoft by default; Cegedim and Cat-Amania for Collecte-Pro of 002, whatever the spelling', async () => {
    expect(keys(await q('treatments-by-processor'))).toEqual([...OFFICE365].sort());
    for (const name of ['Cegedim', 'CEGEDIM', 'cat amania', 'Cat-Amania']) expect(keys(await q('treatments-by-processor', { processor: name })), name).toEqual(['002 Collecte-Pro']);
    expect(keys(await q('treatments-by-processor', { processor: 'mailoop' }))).toEqual(['001 Mailoop Infobésité (analyse statistiques échanges, messages, réunions)']);
    expect(keys(await q('treatments-by-processor', { processor: 'randstad belgium' }))).toEqual(['edps-05 Selection and management of interim staff']);
    expect(await q('treatments-by-processor', { processor: 'Accenture' })).toEqual([]);
  });

  it('transfers-outside-eu: edps-57, which declares one (edps-57:147); no 004 treatment ("hors UE Non") nor edps-01a, 03, 05 ("No")', async () => {
    const rows = await q('transfers-outside-eu');
    const declared = rows.filter((r) => value(r, 'reasons')?.includes('transfert hors UE déclaré'));
    expect(keys(declared)).toEqual(['edps-57 Use of Corporate Credit Card by Staff']);
    expect(rows.map((r) => registerKey(r.treatment)).filter((k) => ['004', 'edps-01a', 'edps-03', 'edps-05'].includes(k))).toEqual([]);
  });

  it('transfers-outside-eu: also the ten Microsoft treatments (Microsoft, a US company: dpv:hasCountry loc:US, receives their data)', async () => {
    const rows = await q('transfers-outside-eu');
    expect(keys(rows)).toEqual([...OFFICE365, 'edps-57 Use of Corporate Credit Card by Staff'].sort());
  });
});

describe('retention', () => {
  const OVER_5_YEARS = [
    '001 Pegase Gestion dématérialisée de courrier', // 001:49 "Durée : 10 ans maximum"
    '002 Base séquestre données de vaccination covid-19', // 002:10 "Conservation : 30 ans"
    '004 Dotation NOEMI', // 004:168 "Durée de dotation de l'agent + 6 ans"
    '004 IGC Serveur', // 004:558 "7ans, délai de prescription"
    'edps-01a Selection of staff for the EDPS Secretariat and the EDPB Secretariat', // edps-01a:90 "10 years from the end of the period worked"
    'edps-03 Selection of Seconded National Experts (SNE)', // edps-03:53 "10 years from the end of the period worked"
    'edps-57 Use of Corporate Credit Card by Staff', // edps-57:126-127 "seven (7) years", edps-57:131 AirPlus "up to ten years"
  ];

  it('retention-longer-than: more than 5 years by default: 10, 30, 6 and 7 years in the French registers, 10 and 7 in the EDPS records', async () => {
    const rows = await q('retention-longer-than');
    expect(keys(rows)).toEqual(OVER_5_YEARS);
    const durations = Object.fromEntries(rows.map((r) => [`${registerKey(r.treatment)} ${value(r, 'title')}`, value(r, 'durations')?.split(', ').sort()]));
    expect(durations['002 Base séquestre données de vaccination covid-19']).toEqual(['30 ans']);
    expect(durations['edps-57 Use of Corporate Credit Card by Staff']).toEqual(['10 years', '7 years']);
  });

  it('retention-longer-than: 3 years adds the 4 and 5 years; 10 leaves the 30 years; 30 leaves none', async () => {
    expect(keys(await q('retention-longer-than', { years: '3' }))).toEqual(
      [
        ...OVER_5_YEARS,
        '000 Gestion budgétaire', // 000:19 "4 ans"
        '002 SI honorabilité', // 002:69 "(3 ans) + 1 an"
        '003 E-mjpm', // 003:47 "Conservation 5 ans"
        '003 MANO', // 003:56 "Conservation 5 ans après la dernière utilisation"
        '004 Passage 2', // 004:498 "conservées 5 ans"
        '004 Tableau de suivi des astreintes', // 004:303 "4 ans"
        'edps-05 Selection and management of interim staff', // edps-05:70 "a maximum of five (5) years"
      ].sort(),
    );
    expect(keys(await q('retention-longer-than', { years: '10' }))).toEqual(['002 Base séquestre données de vaccination covid-19']);
    expect(await q('retention-longer-than', { years: '30' })).toEqual([]);
  });

  it('retention-longer-than: compares xsd:duration values, so 13 months and "1 an et un jour" exceed 1 year, and 1 year does not', async () => {
    const over1 = keys(await q('retention-longer-than', { years: '1' }));
    expect(over1).toEqual(expect.arrayContaining(['004 Supervision du fonctionnement des postes NOEMI', '004 Isocèle', '004 Plateforme IAAS'])); // 004:153, 213, 228
    expect(over1).not.toContain('003 TumePlay'); // 003:71 "1 an"
    expect(over1).toHaveLength(30); // 26 treatments of the French registers and the 4 EDPS records
  });

  it('retention-missing: 13 treatments of 000, 001, 002 and 003 state no retention', async () => {
    expect(keys(await q('retention-missing'))).toEqual([
      '000 Annuaire et trombinoscope', // 000:10
      '000 Correspondance (requête/intervention) adressée aux membres du gouvernement relevant des ministères sociaux', // 000:11-14
      '001 VODMCAS - Stockage et diffusion de fichiers multimédias', // 001:61-64
      // 002: nine of its 18 treatments (the editions file's count: "9 sur 18 dans 002")
      '002 DIGIMO-Cobundu - Réservation de postes de travail',
      '002 Gestion de la messagerie et des agendas Exchange2013',
      '002 Gestion de tickets support Pass-ITSM',
      '002 Le qui fait quoi DNUM',
      '002 NUMOBIS',
      '002 Pégase Gestion dématérialisée de courrier',
      '002 Socle Enquêtes SOLEN',
      '002 Socle Espaces collaboratifs WSS/ECU',
      '002 Support Informatique',
      '003 Archifiltre', // 003:39-41
    ]);
  });

  it('retention-unlimited: "sans limitation de durée" in Chartes NOEMI et SPAN (004:63) and OCS-GLPI (004:468)', async () => {
    expect(keys(await q('retention-unlimited'))).toEqual(['004 Chartes NOEMI et SPAN', '004 OCS-GLPI']);
  });

  it('retention-event-based-only: 22 treatments whose only retention is an event ("jusqu\'au départ de l\'agent"…)', async () => {
    const rows = await q('retention-event-based-only');
    expect(keys(rows)).toEqual([
      '001 6PO - Outil Partagé des Pilotages des Plans, Programmes, Projets et Parcours', // 001:10 "tant que l'agent exerce sa mission"
      '001 Collecte-Pro', // 001:11 "Durée limitée à l'utilisation de l'application"
      '001 Fiche Commune Entreprise', // 001:18 "tant que l'entité est dans le référentiel SIRENE"
      '001 Gestion de la messagerie et des agendas Exchange2013', // 001:19 "supprimées au départ de l'agent"
      '001 Gestion des annuaires Hyde, Polaris, Eridan, Orion', // 001:31 "Jusqu'au départ de l'agent"
      '001 Le qui fait quoi DNUM', // 001:44
      '001 NUMOBIS', // 001:48 "Pendant la durée d'utilisation du téléphone"
      '001 Socle Enquêtes SOLEN', // 001:55
      '001 Socle Espaces collaboratifs WSS/ECU', // 001:59 "Temps d'usage des espaces collaboratifs"
      '002 Gestion des annuaires Hydre, Polaris, Eridan, Orion', // 002:45 "jusqu'au départ de la personne"
      "004 Adminstration des comptes de l'AD du SG", // 004:453
      '004 Dotation CallMi', // 004:108
      '004 Dotation Hesperis 2', // 004:123
      '004 HUB IMMAT', // 004:543 "identique à celle des systèmes sources (SIV)"
      '004 NIS (Notice Individuelle de Sécurité)', // 004:48
      '004 PABLO / ICASSO', // 004:423
      '004 RESCOM 4G', // 004:438
      '004 RIO', // 004:513
      '004 SOLIMP - Tableau de suivi des habilitations des intervenants', // 004:138 "Fin du marché"
      '004 Suivi des contractuels', // 004:258
      '004 Tableau de suivi des apprentis', // 004:288
      '004 Tableau de suivi des stagiaires', // 004:318
    ]);
  });

  it('controllers-without-retention: the DNUM (9 of 38), the DFAS (2 of 2), the DDC (2 of 8)', async () => {
    const rows = await q('controllers-without-retention');
    expect(rows.map((r) => [entityKey(r.controller), numberOf(r, 'withoutRetention'), numberOf(r, 'treatments')])).toEqual([
      ['organisation/dnum', 9, 38],
      // Ties by label: "Direction des finances…" before "Division des cabinets…".
      ['organisation/dfas', 2, 2], // 002:23 DIGIMO-Cobundu "DFAS" and 003:39 Archifiltre "Direction des Finances, achats et des services"
      ['organisation/ddc', 2, 8],
    ]);
    expect(value(rows[1], 'titles')?.split(' ; ').sort()).toEqual(['Archifiltre', 'DIGIMO-Cobundu - Réservation de postes de travail']);
    expect(value(rows[0], 'titles')?.split(' ; ')).toHaveLength(9);
  });
});

describe('legal basis', () => {
  it('treatments-per-legal-basis: 004 states a GDPR point for each of its 36 treatments (f 27, b 4, e 3, c 2) and some texts; 62 state none', async () => {
    const rows = await q('treatments-per-legal-basis');
    const counts = new Map(rows.map((r) => [r.legalBasis ? entityKey(r.legalBasis) : null, numberOf(r, 'treatments')]));
    expect(counts.get(null)).toBe(62); // 000–003 have no legal-basis column (000:9 header); EDPS 05 and 57 state none
    expect(counts.get('eu-gdpr:A6-1-f')).toBe(27);
    expect(counts.get('eu-gdpr:A6-1-b')).toBe(4); // 004:250 (4.1), 004:415 (5.6), 004:550 (5.15), 004:565 (5.16)
    expect(counts.get('eu-gdpr:A6-1-e')).toBe(3); // 004:340 (5.1), 004:430 (5.7), 004:520 (5.13)
    expect(counts.get('eu-gdpr:A6-1-c')).toBe(2); // 004:295 (4.4), 004:325 (4.6)
    // The texts the registers cite: the Staff Regulations (01a:43-45, 03:37), French laws of 004's legal foundations.
    expect(counts.get('legal-basis/eu-staff-regulations')).toBe(2);
    expect(counts.get('legal-basis/loi-95-73')).toBe(1); // 004:432 (5.7)
    expect(counts.get('legal-basis/loi-2006-64')).toBe(1); // 004:371 (5.3) "sur la base de la loi du 23 janvier 2006"
  });

  it('legal-basis-per-treatment: every treatment once, with the DPV basis and the register\'s wording, or "(non indiquée)"', async () => {
    const rows = await q('legal-basis-per-treatment');
    expect(rows).toHaveLength(100);
    const of = (key: string) => rows.find((r) => `${registerKey(r.treatment)} ${value(r, 'title')}` === key);
    expect(value(of('004 Suivi des contractuels'), 'legalBasis')).toBe("Exécution d'un contrat (RGPD, art. 6, § 1, b)");
    expect(value(of('004 Suivi des contractuels'), 'statedAs')).toMatch(/^RGPD Article 6 \(1\) b/); // 004:250
    expect(value(of('000 DIHOMED'), 'legalBasis')).toBe('(non indiquée)');
    expect(of('000 DIHOMED')?.statedAs).toBeUndefined();
  });

  it('treatments-without-legal-basis: the 60 treatments of 000–003 and EDPS 05 and 57 (01a and 03 rest on the Staff Regulations)', async () => {
    const rows = await q('treatments-without-legal-basis');
    const perRegister = rows.reduce<Record<string, number>>((acc, r) => ({ ...acc, [registerKey(r.treatment)]: (acc[registerKey(r.treatment)] ?? 0) + 1 }), {});
    expect(perRegister).toEqual({ '000': 9, '001': 22, '002': 18, '003': 11, 'edps-05': 1, 'edps-57': 1 });
  });
});

describe('updates, policies, search', () => {
  it('treatments-updated-before: before 2023-01-01 by default: the 4 EDPS records and 004 4.1–4.6 (12/12/2022)', async () => {
    const rows = await q('treatments-updated-before');
    expect(rows.map((r) => [value(r, 'modified'), `${registerKey(r.treatment)} ${value(r, 'title')}`])).toEqual([
      ['2018-11-30', 'edps-03 Selection of Seconded National Experts (SNE)'], // edps-03:9
      ['2021-11-03', 'edps-01a Selection of staff for the EDPS Secretariat and the EDPB Secretariat'], // edps-01a:11
      ['2022-01-20', 'edps-57 Use of Corporate Credit Card by Staff'], // edps-57:10
      ['2022-02-16', 'edps-05 Selection and management of interim staff'], // edps-05:9
      // 004:260, 275, 290, 305, 320, 335 "Date de dernière mise à jour 12/12/2022"
      ['2022-12-12', '004 Suivi des contractuels'],
      ['2022-12-12', '004 Tableau de recrutements en cours des agents contractuels'],
      ['2022-12-12', '004 Tableau de suivi des apprentis'],
      ['2022-12-12', '004 Tableau de suivi des astreintes'],
      ['2022-12-12', '004 Tableau de suivi des stagiaires'],
      ['2022-12-12', '004 Tableau de suivi du télétravail'],
    ]);
  });

  it('treatments-updated-before: the date is a parameter; 2023-01-05 adds the four of 04/01/2023 (004:95, 110, 125, 155)', async () => {
    const rows = await q('treatments-updated-before', { date: '2023-01-05' });
    expect(rows).toHaveLength(14);
    expect(keys(rows.filter((r) => value(r, 'modified') === '2023-01-04'))).toEqual(['004 Antivirus postes de travail', '004 Dotation CallMi', '004 Dotation Hesperis 2', '004 Supervision du fonctionnement des postes NOEMI']);
    expect(await q('treatments-updated-before', { date: '2018-11-30' })).toEqual([]);
  });

  it('treatments-without-update-date: the 60 of 000–003 (no such column) and IGC Serveur, whose "19/092023" (004:560) is no date', async () => {
    const rows = await q('treatments-without-update-date');
    expect(rows).toHaveLength(61);
    expect(rows.filter((r) => !/^00[0-3]$/.test(registerKey(r.treatment))).map((r) => [`${registerKey(r.treatment)} ${value(r, 'title')}`, value(r, 'statedAs')])).toEqual([['004 IGC Serveur', '19/092023']]);
  });

  it('treatments-covered-by-pssi-mcas: every treatment of 000–003 (000:37, 001:68, 002:77, 003:76), none of 004 or of the EDPS', async () => {
    const rows = await q('treatments-covered-by-pssi-mcas');
    expect(rows).toHaveLength(60);
    expect([...new Set(rows.map((r) => registerKey(r.treatment)))]).toEqual(['000', '001', '002', '003']);
  });

  it('search-treatments: "messagerie" by default, in the titles of 001 and 002 and the purposes of 004 (004:414, 429, 564)', async () => {
    const rows = await q('search-treatments');
    expect(keys(rows)).toEqual([
      '001 Gestion de la messagerie et des agendas Exchange2013', // 001:19
      '001 Gestion de la messagerie professionnelle Office365', // 001:22
      '002 Gestion de la messagerie et des agendas Exchange2013', // 002:24
      '002 Gestion de la messagerie professionnelle Office365', // 002:26
      "004 Messagerie Collaborative de l'Etat (MCE)", // 004:563-564, title and purpose
      '004 PABLO / ICASSO',
      '004 RESCOM 4G',
    ]);
    expect(value(rows.find((r) => value(r, 'title')?.startsWith('Messagerie')), 'matchedIn')?.split(', ').sort()).toEqual(['finalité', 'titre']);
  });

  it('search-treatments: ignores accents and case, on both sides', async () => {
    const pegase = ['001 Pegase Gestion dématérialisée de courrier', '002 Pégase Gestion dématérialisée de courrier'];
    for (const text of ['pégase', 'Pegase', 'PÉGASE', 'pegase gestion dematerialisee']) expect(keys(await q('search-treatments', { q: text })), text).toEqual(pegase);
    expect(keys(await q('search-treatments', { q: 'TELETRAVAIL' }))).toEqual(['004 Tableau de suivi du télétravail']);
    expect(keys(await q('search-treatments', { q: 'collaborative de l’état' }))).toEqual(["004 Messagerie Collaborative de l'Etat (MCE)"]);
    expect(await q('search-treatments', { q: 'aucun traitement ne dit cela' })).toEqual([]);
  });

  it('search-treatments: finds the EDPS records too, "sélection" matching "Selection"', async () => {
    expect(keys(await q('search-treatments', { q: 'sélection' }))).toEqual([
      'edps-01a Selection of staff for the EDPS Secretariat and the EDPB Secretariat',
      'edps-03 Selection of Seconded National Experts (SNE)',
      'edps-05 Selection and management of interim staff',
    ]);
    expect(keys(await q('search-treatments', { q: 'credit card' }))).toEqual(['edps-57 Use of Corporate Credit Card by Staff']);
  });
});

describe('frequencies and editions', () => {
  it('data-categories-by-frequency: most frequent first; the NIR in 5 treatments of 3 registers, the criminal record in 2, sexual life in 1', async () => {
    const rows = await q('data-categories-by-frequency');
    const counts = rows.map((r) => numberOf(r, 'treatments'));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const of = (key: string) => rows.find((r) => entityKey(r.category) === key);
    expect([numberOf(of('data-category/nir'), 'treatments'), numberOf(of('data-category/nir'), 'registers')]).toEqual([5, 3]);
    expect(numberOf(of('data-category/criminal-record'), 'treatments')).toBe(2); // 000:15, 002:69
    expect(numberOf(of('pd:Sexual'), 'treatments')).toBe(1); // 003:69
    expect(numberOf(of('pd:MentalHealth'), 'treatments')).toBe(1); // 003:38 EPDS
  });

  it('data-subjects-by-frequency: minors in 8 treatments of 3 registers, protected adults and homeless people in 2, asylum seekers in 1', async () => {
    const rows = await q('data-subjects-by-frequency');
    const counts = rows.map((r) => numberOf(r, 'treatments'));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const of = (key: string) => rows.find((r) => entityKey(r.subject) === key);
    expect([numberOf(of('data-subject/child'), 'treatments'), numberOf(of('data-subject/child'), 'registers')]).toEqual([8, 3]);
    expect(numberOf(of('data-subject/protected-adult'), 'treatments')).toBe(2); // 000:29, 003:45
    expect(numberOf(of('data-subject/homeless'), 'treatments')).toBe(2); // 000:29, 003:54
    expect(numberOf(of('data-subject/asylum-seeker'), 'treatments')).toBe(1); // 000:29
  });

  it('register-editions: 001 (22 treatments) is the newer edition of 002 (18), with 16 treatments in common', async () => {
    const rows = await q('register-editions');
    expect(rows.map((r) => [registerKey(r.newer), registerKey(r.older), numberOf(r, 'newerTreatments'), numberOf(r, 'olderTreatments'), numberOf(r, 'alignedTreatments')])).toEqual([
      ['001', '002', 22, 18, 16],
    ]);
    // 001:68 "les traitements respectent" / 002:77 "respectaient": the past tense marks the older edition.
    expect(value(rows[0], 'reason')).toMatch(/respectaient/);
  });

  it('treatment-editions: 16 treatments carried over (Hyde/Hydre, Pegase/Pégase), 6 new in 001, 2 dropped from 002', async () => {
    const rows = await q('treatment-editions');
    const by = (change: string) => rows.filter((r) => value(r, 'change') === change);
    expect(by('repris')).toHaveLength(16);
    expect(by('nouveau').map((r) => value(r, 'newerTitle')).sort()).toEqual([
      '6PO - Outil Partagé des Pilotages des Plans, Programmes, Projets et Parcours',
      'Fiche Commune Entreprise',
      'Gestion des certificats ImageV2',
      'Mailoop Infobésité (analyse statistiques échanges, messages, réunions)',
      'Service WIFI invités',
      'VODMCAS - Stockage et diffusion de fichiers multimédias',
    ]);
    expect(by('retiré').map((r) => value(r, 'olderTitle')).sort()).toEqual(['Base séquestre données de vaccination covid-19', 'DIGIMO-Cobundu - Réservation de postes de travail']);
    const renamed = by('repris').filter((r) => value(r, 'newerTitle') !== value(r, 'olderTitle')).map((r) => [value(r, 'newerTitle'), value(r, 'olderTitle')]);
    expect(renamed).toEqual([
      ['Gestion des annuaires Hyde, Polaris, Eridan, Orion', 'Gestion des annuaires Hydre, Polaris, Eridan, Orion'], // 001:31 / 002:45
      ['Pegase Gestion dématérialisée de courrier', 'Pégase Gestion dématérialisée de courrier'], // 001:49 / 002:66
    ]);
    for (const r of by('repris')) expect(numberOf(r, 'score')).toBeGreaterThanOrEqual(0.5);
  });
});

describe('the seed queries on the EDPS records', () => {
  it('treatments-per-register: one treatment in each EDPS record', async () => {
    const rows = (await q('treatments-per-register')).filter((r) => registerKey(r.register).startsWith('edps'));
    expect(rows.map((r) => [registerKey(r.register), numberOf(r, 'treatments')])).toEqual([
      ['edps-01a', 1],
      ['edps-03', 1],
      ['edps-05', 1],
      ['edps-57', 1],
    ]);
  });

  it('treatments-per-controller: the EDPS is the controller of its four records (edps-01a:14, edps-03:12, edps-05:12, edps-57:13)', async () => {
    const rows = await q('treatments-per-controller');
    const edps = rows.find((r) => entityKey(r.controller) === 'organisation/edps');
    expect([numberOf(edps, 'treatments'), numberOf(edps, 'registers')]).toEqual([4, 4]);
    // edps-57:27 "Lufthansa AirPlus Servicekarten GmbH ('AirPlus') is a separate controller" for the card transactions.
    expect(numberOf(rows.find((r) => entityKey(r.controller) === 'organisation/airplus'), 'treatments')).toBe(1);
  });
});
