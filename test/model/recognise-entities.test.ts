// Tests entity recognition over real register text (expected ids checked by hand) and the matching rules.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogueKind } from '../../src/model/catalogue.ts';
import { loadCatalogues, type Catalogues } from '../../src/model/load-catalogues.ts';
import { createRecogniser, recogniseEntities, type RecognisableEntry } from '../../src/model/recognise-entities.ts';
import { namesForLanguage } from '../../src/model/language.ts';

interface Row {
  readonly kind: CatalogueKind;
  /** Register file the text is quoted from ("-" for the few made-up rows). */
  readonly from: string;
  readonly text: string;
  readonly ids: readonly string[];
}

const rows: readonly Row[] = [
  // Systems
  { kind: 'system', from: '001', text: "à l'aide des applications et services Microsoft 365.", ids: ['office365'] },
  { kind: 'system', from: '001', text: 'Création de contenu professionnel collaboratif ou non via Office365', ids: ['office365'] },
  { kind: 'system', from: '001', text: 'Gestion des annuaires Hyde, Polaris, Eridan, Orion', ids: ['hydre', 'polaris', 'eridan', 'orion-mcas'] },
  { kind: 'system', from: '002', text: 'Gestion des annuaires Hydre, Polaris, Eridan, Orion', ids: ['hydre', 'polaris', 'eridan', 'orion-mcas'] },
  {
    kind: 'system',
    from: '004',
    text: 'Nom, prénom, mail, numéro de téléphone, code RIO. La traçabilité du surf internet ne relève pas de CallMI mais de Orion.',
    ids: ['rio', 'callmi', 'orion-mi'],
  },
  { kind: 'system', from: '001', text: 'Gestion de la messagerie et des agendas Exchange2013', ids: ['exchange2013'] },
  {
    kind: 'system',
    from: '001',
    text: 'Une fois supprimés, les éléments présents sur les sites Sharepoint et OneDrive sont conservés 93 jours',
    ids: ['sharepoint', 'onedrive'],
  },
  { kind: 'system', from: '-', text: 'Traitement prioritaire des demandes PRIORITAIRES', ids: [] },
  { kind: 'system', from: '004', text: 'Nom, prénom, adresse e-mail, date de connexion, actions horodatées, numéro RIO', ids: ['rio'] },
  {
    kind: 'system',
    from: '004',
    text: "- Les données RIO vers APSIM sont chargées tous les jours avec les certificats des cartes des agents provenant de l'IGC2-MI",
    ids: ['rio', 'apsim', 'igc2-mi'],
  },
  {
    kind: 'system',
    from: '004',
    text: "Disposer d'un référentiel des identités et des organisations accessible aux applications qui en ont besoin (par exemple Passage, APSIM)",
    ids: ['rio', 'passage2', 'apsim'],
  },
  {
    kind: 'system',
    from: '004',
    text: "Les personnes concernées sont les agents actifs du RIO pour lesquels il a été attribué des droits d'accès aux applications bénéficiant du SSO Passage2.",
    ids: ['rio', 'passage2'],
  },
  { kind: 'system', from: '004', text: 'Cloud PI Gen 1', ids: ['cloud-pi-gen1', 'cloud-pi'] },
  { kind: 'system', from: '004', text: "Tous les agents de la DTNUM disposant d'un NOEMI ou d'un SPAN", ids: ['noemi', 'span'] },
  { kind: 'system', from: '001', text: 'Pegase Gestion dématérialisée de courrier', ids: ['pegase'] },
  { kind: 'system', from: '002', text: 'Pégase Gestion dématérialisée de courrier', ids: ['pegase'] },
  { kind: 'system', from: '002', text: '<p>support Pass-ITSM</p>', ids: ['pass-itsm'] },
  { kind: 'system', from: '000', text: "Gestion des données et mise en ligne sur l'intranet PACO pour les cabinets ministériels", ids: ['paco'] },
  { kind: 'system', from: '003', text: 'Les données traitées via la démarche "MonPsy" sur Démarches simplifiées', ids: ['monpsy', 'demarches-simplifiees'] },
  { kind: 'system', from: '004', text: 'Suivi des effectifs contractuels de la DTNUM - Renouvellement de contrat - Revalorisation', ids: [] },
  {
    kind: 'system',
    from: '002',
    text: '2/ Données de contenu : tout le contenu créé par les utilisateurs notamment les documents bureautiques Word, Excel, Powerpoint',
    ids: ['microsoft-word', 'microsoft-excel', 'microsoft-powerpoint'],
  },
  { kind: 'system', from: '004', text: 'Les exploitants de Hesperis 2 à la SDESTAT (BENT, BST/SSAIM, BSEA), SHFD-C2MI', ids: ['hesperis2'] },
  { kind: 'system', from: '001', text: 'Socle Espaces collaboratifs WSS/ECU', ids: ['wss-ecu'] },
  // Organisations
  {
    kind: 'organisation',
    from: '002',
    text: "L'hébergeur et le super administrateur : Cegedim, Cat-Amania, DNUM des ministères sociaux : Accès à toute donnée",
    ids: ['cegedim', 'cat-amania', 'dnum', 'ministeres-sociaux'],
  },
  { kind: 'organisation', from: '001', text: 'DNUM - Direction des Sports - Direction de la jeunesse - ARS', ids: ['dnum', 'direction-sports', 'djepva', 'ars'] },
  { kind: 'organisation', from: '004', text: "Faire les demandes d'habilitation TS ou S à la DGSI", ids: ['dgsi'] },
  { kind: 'organisation', from: '001', text: 'Interne aux ministères sociaux – Microsoft', ids: ['ministeres-sociaux', 'microsoft'] },
  { kind: 'organisation', from: '001', text: 'Eventuellement partenaires tels que CNSA, CPAM', ids: ['cnsa', 'cpam'] },
  { kind: 'organisation', from: '001', text: 'Les mettre à disposition des agents des D(R)EETS et des DDETS(PP) chargés du suivi', ids: ['dreets', 'ddets'] },
  {
    kind: 'organisation',
    from: '004',
    text: "Chaîne fonctionnelle de sécurité des systèmes d'information (SHFD-C2MI, MPSSI et RSSI Cloud)",
    ids: ['shfd-mi', 'c2mi', 'mpssi'],
  },
  { kind: 'organisation', from: '000', text: 'Registre de la Division Des Cabinets (DDC)', ids: ['ddc'] },
  { kind: 'organisation', from: '004', text: 'Circulaire Premier ministre N°5776/SG du 26 mars 2015', ids: [] },
  { kind: 'organisation', from: '004', text: "Tout agent du MI de l'Administration Centrale bénéficiant d'un téléphone fixe.", ids: ['miom'] },
  // Policies
  {
    kind: 'policy',
    from: '000',
    text: "les traitements respectent la Politique de sécurité des systèmes d'information pour les ministères chargés des affaires sociales (PSSI-MCAS) : [Légifrance - Publications officielles - Journal officiel - JORF n° 0249 du 27/10/2015 \\(legifrance.gouv.fr\\)](https://www.legifrance.gouv.fr/jorf/id/JORFTEXT00003249)",
    ids: ['pssi-mcas'],
  },
  {
    kind: 'policy',
    from: '004',
    text: "Elle joue en particulier le rôle de passerelle de communication comme décrite dans l'II901 pour les applications et services hébergés.",
    ids: ['ii-901'],
  },
  // Data categories
  {
    kind: 'data-category',
    from: '000',
    text: "Données d'identification et coordonnées Adresse et n° INSEE (uniquement les 10 premiers chiffres)",
    ids: ['identification', 'contact', 'postal-address', 'nir'],
  },
  { kind: 'data-category', from: '004', text: "codeInsee : code INSEE de la commune de l'organisation de la personne", ids: [] },
  {
    kind: 'data-category',
    from: '000',
    text: '<p>Numéro de sécurité sociale pour saisir les organismes (CNAM-CNAV-CAF) que les travailleurs sociaux sollicitent à la demande des citoyens.</p>',
    ids: ['nir'],
  },
  { kind: 'data-category', from: '002', text: '▪ NIR du bénéficiaire▪ Nom patronymique du bénéficiaire', ids: ['nir', 'name'] },
  {
    kind: 'data-category',
    from: '000',
    text: "Données d'identification et coordonnées Informations d'ordre personnel + casier judiciaire Informations d'ordre professionnel",
    ids: ['identification', 'contact', 'personal-life', 'criminal-record', 'professional'],
  },
  { kind: 'data-category', from: '001', text: "Données d'identité, Coordonnées, Informations de connexion", ids: ['identification', 'contact', 'connection-data'] },
  {
    kind: 'data-category',
    from: '000',
    text: "Etat civil, références à des documents d'identité, numéro de tel, e-mail",
    ids: ['etat-civil', 'identity-document', 'identification', 'telephone', 'email'],
  },
  { kind: 'data-category', from: '003', text: "<p>Données relatives à l'EPDS (données de santé)</p>", ids: ['mental-health', 'health'] },
  { kind: 'data-category', from: '001', text: 'données sensibles -art. 9 et 10 du RGPD', ids: ['special-category', 'criminal'] },
  { kind: 'data-category', from: '003', text: 'RIB nominatif carte vitale ou attestation des droits AMELI', ids: ['bank-account', 'nir', 'insurance'] },
  {
    kind: 'data-category',
    from: '004',
    text: "Données stockées : Adresse MAC du terminal (PC, téléphone, tablette) Nom de l'invité Prénom de l'invité",
    ids: ['mac-address', 'telephone', 'name'],
  },
  { kind: 'data-category', from: '001', text: "Le socle s'adresse à de multiples publics : espaces de travail, diffusion de documents", ids: [] },
  { kind: 'data-category', from: '000', text: "Gestion des données pour l'envoi des campagnes e-mailing des cabinets ministériels", ids: [] },
  { kind: 'data-category', from: '002', text: '<p>Coordonnées : E mail uniquement</p>', ids: ['contact', 'email'] },
  {
    kind: 'data-category',
    from: '002',
    text: "<p>Données issues du fichier judiciaire automatisé des auteurs d'infractions sexuelles et violentes (FIJAISV),</p> <p>Bulletin n° 2 du casier judiciaire des personnes concernées</p>",
    ids: ['criminal-record', 'criminal'],
  },
  { kind: 'data-category', from: '002', text: 'Données de retours B2 et FIJAIS : maximum 6 mois', ids: ['criminal-record'] },
  // Data subjects
  { kind: 'data-subject', from: '000', text: 'Hiérarchie, agents', ids: ['employee'] },
  { kind: 'data-subject', from: '004', text: 'Candidats à un poste de contractuel en cours de recrutement', ids: ['job-applicant', 'applicant', 'employee'] },
  {
    kind: 'data-subject',
    from: '000',
    text: "<p>Public divers dont personnes vulnérables.</p> <p>Exemples de ces dernières, le cas échéant : demandeur d'emploi, demandeur d'asile, de mineurs, de patients, de personnes atteintes de troubles mentaux/déficiences mentales, personnes financièrement dépendantes, personnes sous tutelles ou sous curatelles, de personnes âgées, de personnes en situation de handicap, de personnes sans domicile fixe</p>",
    ids: [
      'public-service-user', 'vulnerable', 'job-seeker', 'applicant', 'asylum-seeker', 'child', 'patient',
      'mentally-vulnerable', 'protected-adult', 'elderly', 'disabled', 'homeless',
    ],
  },
  { kind: 'data-subject', from: '000', text: 'Intervenant/usager (élu, particulier/usager, personnes morales de droit public ou privé', ids: ['public-service-user', 'elected-official'] },
  { kind: 'data-subject', from: '003', text: 'Jeunes (usagers de moins de 25 ans) souhaitant obtenir des renseignements en santé sexuelle.', ids: ['young-people', 'public-service-user'] },
  { kind: 'data-subject', from: '001', text: 'Invités dans les locaux des ministères sociaux', ids: ['visitor'] },
  { kind: 'data-subject', from: '003', text: 'Professionnel de santé accompagnant les usagers, choisis et autorisés par eux.', ids: ['health-professional', 'public-service-user'] },
  // Legal bases
  {
    kind: 'legal-basis',
    from: '004',
    text: 'RGPD Article 6 (1) f : Le traitement est nécessaire aux fins des intérêts légitimes poursuivis par le responsable du traitement',
    ids: ['a6-1-f'],
  },
  {
    kind: 'legal-basis',
    from: '004',
    text: "RGPD Article 6 (1) e : Le traitement est nécessaire à l'exécution d'une mission l'intérêt public ou relevant de l'exercice de l'autorité publique dont est investi le responsable du traitement",
    ids: ['a6-1-e'],
  },
  {
    kind: 'legal-basis',
    from: '004',
    text: "RGPD Article 6 (1) b : le traitement est nécessaire à l'exécution d'un contrat auquel la personne concernée est partie",
    ids: ['a6-1-b'],
  },
  { kind: 'legal-basis', from: '004', text: "RGPD Article 6 (1) c : Le traitement est nécessaire au respect d'une obligation légale", ids: ['a6-1-c'] },
  { kind: 'legal-basis', from: '-', text: 'article 6.1.e', ids: ['a6-1-e'] },
  { kind: 'legal-basis', from: '-', text: 'fondé sur le 6-1-c', ids: ['a6-1-c'] },
  { kind: 'legal-basis', from: '-', text: 'art. 6(1)(a)', ids: ['a6-1-a'] },
  { kind: 'legal-basis', from: '-', text: 'article 16-1-a du code civil', ids: [] },
  { kind: 'legal-basis', from: '002', text: 'données sensibles au sens des articles 9 et 10 du RGPD', ids: [] },
  // Countries
  { kind: 'country', from: '004', text: 'Existence de transferts de données hors UE', ids: ['eu'] },
  {
    kind: 'country',
    from: '002',
    text: "Toutes les personnes françaises et étrangères ayant été vaccinées contre la covid 19 par les vaccins reconnus par l'UE et vaccinées en France",
    ids: ['eu', 'fr'],
  },
];

describe('recogniseEntities on register text', () => {
  let catalogues: Catalogues;
  beforeAll(async () => {
    catalogues = await loadCatalogues();
  });

  it('has at least 40 rows quoted from the registers', () => {
    expect(rows.filter((row) => row.from !== '-').length).toBeGreaterThanOrEqual(40);
  });

  // The names a French register is read with: labels, aliases, patterns and misspellings ("Hyde").
  const frenchNames = new Map<CatalogueKind, RecognisableEntry[]>();
  const namesOf = (kind: CatalogueKind) => frenchNames.get(kind) ?? frenchNames.set(kind, namesForLanguage(catalogues[kind], 'fr')).get(kind)!;

  it.each(rows)('$kind in $from: $text → $ids', ({ kind, text, ids }) => {
    expect(recogniseEntities(text, namesOf(kind))).toEqual(ids);
  });
});

describe('createRecogniser rules', () => {
  const entries: RecognisableEntry[] = [
    { id: 'whole', label: 'Suite Bureautique', aliases: ['Office 365'] },
    { id: 'part', label: 'Tableur', aliases: ['Office 365 Excel'] },
    { id: 'acronym', label: 'Référentiel', patterns: ['\\bREF\\b'] },
    { id: 'accented', label: 'Pégase' },
  ];
  const recognise = createRecogniser(entries);

  it.each([
    { name: 'ignores case and accents', text: 'PEGASE et pégase', ids: ['accented'] },
    { name: 'joins words across spaces, hyphens or nothing', text: 'office-365 puis Office365', ids: ['whole'] },
    { name: 'returns a part and its whole, longest first at the same place', text: 'Office 365 Excel', ids: ['part', 'whole'] },
    { name: 'orders by first occurrence', text: 'Pégase, puis REF, puis Office 365', ids: ['accented', 'acronym', 'whole'] },
    { name: 'keeps patterns case-sensitive', text: 'ref et référence', ids: [] },
    { name: 'stays on word boundaries', text: 'Pégases Pégaseux XREF REFS', ids: ['accented'] },
    { name: 'strips HTML tags before matching', text: '<p>Offi<u>ce</u></p> <li>REF</li><b>Pé</b>gase', ids: ['acronym'] },
    { name: 'treats a tag as a word break', text: '<li>Tableur</li><li>REF</li>', ids: ['part', 'acronym'] },
    { name: 'decodes the usual entities', text: 'Office&nbsp;365', ids: ['whole'] },
    { name: 'returns nothing for blank text', text: '  ', ids: [] },
  ])('$name', ({ text, ids }) => {
    expect(recognise(text)).toEqual(ids);
  });

  it('gives the same answer through recogniseEntities, built once per entries array', () => {
    expect(recogniseEntities('REF et Office 365', entries)).toEqual(['acronym', 'whole']);
    expect(recogniseEntities('Tableur', entries)).toEqual(['part']);
  });

  it('names the entry whose pattern does not compile', () => {
    expect(() => createRecogniser([{ id: 'broken', label: 'X', patterns: ['(?<'] }])).toThrow(/Entry "broken": invalid pattern/);
  });
});
