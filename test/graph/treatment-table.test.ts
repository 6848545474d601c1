// Acceptance 2: 65 treatments of the five French registers and the four EDPS records, each checked against its text (file:line per row).
import { beforeAll, describe, expect, it } from 'vitest';
import { dct, dpv, rdf, PREFIXES } from '../../src/vocab/namespaces.ts';
import { buildTestGraph, type TestGraph } from './build-test-graph.ts';
import { createGraphReader, type GraphReader } from './read-graph.ts';

type Kind = 'TemporalDuration' | 'UntilEventDuration' | 'EndlessDuration' | 'IndeterminateDuration';

interface Row {
  /** Register file prefix and ordinal of the treatment in it. */
  readonly file: string;
  readonly ordinal: number;
  /** Where the treatment is, for whoever checks the row: file:first-last. */
  readonly at: string;
  readonly title: string;
  /** Organisation ids (ontology/catalogues/organisations.json) of the controllers. */
  readonly controllers: readonly string[];
  /** Distinct xsd:duration values of its storage conditions. */
  readonly durations: readonly string[];
  /** Distinct DPV duration classes of its storage conditions. */
  readonly kinds: readonly Kind[];
  /** GDPR art. 6(1) points ("A6-1-f"); only register 004 states a legal basis. */
  readonly legalBases?: readonly string[];
  /** System ids (ontology/catalogues/systems.json) the treatment is implemented with. */
  readonly systems: readonly string[];
  /** Organisation ids of the recipients and of the processors, when the row checks them. */
  readonly recipients?: readonly string[];
  readonly processors?: readonly string[];
  /** Organisation ids of the joint controllers' group (dpv:hasJointDataControllers), when the row checks it; [] for none. */
  readonly jointControllers?: readonly string[];
}

const T: Kind = 'TemporalDuration';
const U: Kind = 'UntilEventDuration';
const E: Kind = 'EndlessDuration';

// Values read in the register text by hand; the comment quotes the words each expectation rests on.
const rows: readonly Row[] = [
  // 000: RT column "Division des cabinets (DDC)" unless said otherwise.
  // 000:10 "mise en ligne sur l'intranet PACO"; no retention stated.
  { file: '000', ordinal: 1, at: '000:10', title: 'Annuaire et trombinoscope', controllers: ['ddc'], durations: [], kinds: [], systems: ['paco'] },
  // 000:11-14 title cell on line 11 only; no retention, no system.
  {
    file: '000', ordinal: 2, at: '000:11-14',
    title: 'Correspondance (requête/intervention) adressée aux membres du gouvernement relevant des ministères sociaux',
    controllers: ['ddc'], durations: [], kinds: [], systems: [],
  },
  // 000:15 "Durée de conservation 3 ans".
  { file: '000', ordinal: 3, at: '000:15', title: 'DIHOMED', controllers: ['ddc'], durations: ['P3Y'], kinds: [T], systems: ['dihomed'] },
  // 000:19 "Durée de conservation : 4 ans".
  { file: '000', ordinal: 4, at: '000:16-19', title: 'Gestion budgétaire', controllers: ['ddc'], durations: ['P4Y'], kinds: [T], systems: [] },
  // 000:20 "Espaces collaboratifs : jusqu'au départ de l'agent Campagnes e-mailing : au maximum 6 mois".
  { file: '000', ordinal: 5, at: '000:20', title: 'Gestion droits utilisateurs', controllers: ['ddc'], durations: ['P6M'], kinds: [T, U], systems: [] },
  // 000:21 "Environ 1 an pour les fiches", 000:24 "A chaque remaniement et/ou réajustements ministériels".
  { file: '000', ordinal: 6, at: '000:21-24', title: 'Gestion locale RH', controllers: ['ddc'], durations: ['P1Y'], kinds: [T, U], systems: [] },
  // 000:28 "A chaque arrivée/départ et 2 mois en cas d'export de données utilisateurs".
  { file: '000', ordinal: 7, at: '000:25-28', title: 'Gestion logistique-informatique', controllers: ['ddc'], durations: ['P2M'], kinds: [T, U], systems: [] },
  // 000:29 "Durée de conservation : 2 ans"; the title names Mon Suivi Social.
  {
    file: '000', ordinal: 8, at: '000:29', title: 'Dossier social informatisé – Mon Suivi Social',
    controllers: ['ddc'], durations: ['P2Y'], kinds: [T], systems: ['mon-suivi-social'],
  },
  // 000:30+33 RT "Cabinet du ministre" + "des Solidarités et DICOM"; 000:33 "Conservation : 1 an".
  {
    file: '000', ordinal: 9, at: '000:30-33', title: 'Questionnaire états-généraux de la maltraitance',
    controllers: ['cabinet-ministre-solidarites', 'dicom'], durations: ['P1Y'], kinds: [T], systems: [],
  },

  // 001: RT column "DNUM" unless said otherwise.
  // 001:10 "Durée : tant que l'agent exerce sa mission".
  {
    file: '001', ordinal: 1, at: '001:10', title: '6PO - Outil Partagé des Pilotages des Plans, Programmes, Projets et Parcours',
    controllers: ['dnum'], durations: [], kinds: [U], systems: ['6po'],
  },
  // 001:14 "tant qu'elles sont actives … conservés 93 jours"; Office365, Microsoft 365, Sharepoint, OneDrive.
  {
    file: '001', ordinal: 3, at: '001:14', title: 'Création de contenu professionnel collaboratif ou non via Office365',
    controllers: ['dnum'], durations: ['P93D'], kinds: [T, U], systems: ['office365', 'onedrive', 'sharepoint'],
  },
  // 001:22 "tant qu'elles sont actives … au maximum deux mois après leur départ", 001:25 "pendant 30 jours".
  {
    file: '001', ordinal: 6, at: '001:22-25', title: 'Gestion de la messagerie professionnelle Office365',
    controllers: ['dnum'], durations: ['P2M', 'P30D'], kinds: [T, U], systems: ['office365'],
  },
  // 001:26 "Suppression régulière des données de plus de 2 ans".
  { file: '001', ordinal: 7, at: '001:26', title: 'Gestion de tickets support Pass-ITSM', controllers: ['dnum'], durations: ['P2Y'], kinds: [T], systems: ['pass-itsm'] },
  // 001:31 "Jusqu'au départ de l'agent"; "Hyde" is the register's spelling of Hydre.
  {
    file: '001', ordinal: 9, at: '001:31', title: 'Gestion des annuaires Hyde, Polaris, Eridan, Orion',
    controllers: ['dnum'], durations: [], kinds: [U], systems: ['eridan', 'hydre', 'orion-mcas', 'polaris'],
  },
  // 001:36 "tant que l'agent ou le prestataire œuvre", 001:39 "Informations de connexion : 1 an".
  { file: '001', ordinal: 11, at: '001:36-39', title: 'Gestion des certificats ImageV2', controllers: ['dnum'], durations: ['P1Y'], kinds: [T, U], systems: ['imagev2'] },
  // 001:45 "Durée : 6 mois après présentation du rapport statistique".
  {
    file: '001', ordinal: 14, at: '001:45', title: 'Mailoop Infobésité (analyse statistiques échanges, messages, réunions)',
    controllers: ['dnum'], durations: ['P6M'], kinds: [T], systems: ['mailoop'],
  },
  // 001:49 "Durée : 10 ans maximum".
  { file: '001', ordinal: 16, at: '001:49', title: 'Pegase Gestion dématérialisée de courrier', controllers: ['dnum'], durations: ['P10Y'], kinds: [T], systems: ['pegase'] },
  // 001:50 RT "DNUM - Direction des Sports - Direction de la jeunesse - ARS", 001:53 "Direction Santé / DGCS / DNUM"
  // ("Direction Santé" names no catalogued body); 001:53 "… : 1 an", "… : 3 ans".
  {
    file: '001', ordinal: 17, at: '001:50-53', title: 'SI honorabilité',
    controllers: ['ars', 'dgcs', 'direction-sports', 'djepva', 'dnum'], durations: ['P1Y', 'P3Y'], kinds: [T], systems: ['si-honorabilite'],
  },
  // 001:58 "Durée : le temps de la durée de l'enquête et de son traitement".
  { file: '001', ordinal: 19, at: '001:55-58', title: 'Socle Enquêtes SOLEN', controllers: ['dnum'], durations: [], kinds: [U], systems: ['solen'] },
  // 001:60 "Durée : 3 ans max"; no system named.
  { file: '001', ordinal: 21, at: '001:60', title: 'Support Informatique', controllers: ['dnum'], durations: ['P3Y'], kinds: [T], systems: [] },
  // 001:61+64 title split by the page break; no retention stated.
  {
    file: '001', ordinal: 22, at: '001:61-64', title: 'VODMCAS - Stockage et diffusion de fichiers multimédias',
    controllers: ['dnum'], durations: [], kinds: [], systems: ['vodmcas'],
  },

  // 002: RT column "DNUM" unless said otherwise.
  // 002:10 RT "DGS", "Conservation : 30 ans".
  {
    file: '002', ordinal: 1, at: '002:10-12', title: 'Base séquestre données de vaccination covid-19',
    controllers: ['dgs'], durations: ['P30Y'], kinds: [T], systems: ['base-sequestre-vaccination'],
  },
  // 002:13 "Infos limitées à durée l'utilisation de l'application - conservée 1 an après la fermeture de l'espace".
  { file: '002', ordinal: 2, at: '002:13', title: 'Collecte-Pro', controllers: ['dnum'], durations: ['P1Y'], kinds: [T, U], systems: ['collecte-pro'] },
  // 002:23 RT "DFAS"; no retention.
  {
    file: '002', ordinal: 4, at: '002:23', title: 'DIGIMO-Cobundu - Réservation de postes de travail',
    controllers: ['dfas'], durations: [], kinds: [], systems: ['digimo-cobundu'],
  },
  // 002:24 no retention.
  {
    file: '002', ordinal: 5, at: '002:24', title: 'Gestion de la messagerie et des agendas Exchange2013',
    controllers: ['dnum'], durations: [], kinds: [], systems: ['exchange2013'],
  },
  // 002:33+35 title "Gestion de tickets" + "support Pass-ITSM"; no retention.
  { file: '002', ordinal: 7, at: '002:33-35', title: 'Gestion de tickets support Pass-ITSM', controllers: ['dnum'], durations: [], kinds: [], systems: ['pass-itsm'] },
  // 002:45 "Conservation : jusqu'au départ de la personne".
  {
    file: '002', ordinal: 9, at: '002:45', title: 'Gestion des annuaires Hydre, Polaris, Eridan, Orion',
    controllers: ['dnum'], durations: [], kinds: [U], systems: ['eridan', 'hydre', 'orion-mcas', 'polaris'],
  },
  // 002:55-63 "tant qu'elles sont … actives", "au maximum deux mois", "pendant 30 jours", 002:60 "Absence de conservation de la voix" (zero).
  {
    file: '002', ordinal: 11, at: '002:55-63', title: 'Gestion des outils de communication (webconférences discussions instantanées) Office365',
    controllers: ['dnum'], durations: ['P0D', 'P2M', 'P30D'], kinds: [T, U], systems: ['office365'],
  },
  // 002:66 no retention.
  { file: '002', ordinal: 14, at: '002:66', title: 'Pégase Gestion dématérialisée de courrier', controllers: ['dnum'], durations: [], kinds: [], systems: ['pegase'] },
  // 002:67+69 RT "Direction des Sports - Directi" + "on de la jeunesse - ARS - DNUM"; 002:69 "1 an", "(3 ans) + 1 an",
  // "maximum 6 mois", "15 jours après traitement"; FIJAIS(V) is consulted.
  {
    file: '002', ordinal: 15, at: '002:67-69', title: 'SI honorabilité',
    controllers: ['ars', 'direction-sports', 'djepva', 'dnum'], durations: ['P15D', 'P1Y', 'P4Y', 'P6M'], kinds: [T],
    systems: ['fijais', 'si-honorabilite'],
  },
  // 002:70 no retention.
  { file: '002', ordinal: 16, at: '002:70', title: 'Socle Enquêtes SOLEN', controllers: ['dnum'], durations: [], kinds: [], systems: ['solen'] },
  // 002:73 no retention, no system.
  { file: '002', ordinal: 18, at: '002:73', title: 'Support Informatique', controllers: ['dnum'], durations: [], kinds: [], systems: [] },

  // 003
  // 003:10 RT "Direction générale de la Cohésion sociale"; "jusqu'à 3 ans", "Jusqu'à 6 mois", 003:18 "1 an".
  { file: '003', ordinal: 1, at: '003:10-38', title: '1000Premier sjours', controllers: ['dgcs'], durations: ['P1Y', 'P3Y', 'P6M'], kinds: [T], systems: ['1000-premiers-jours'] },
  // 003:39 RT "Direction des Finances, achats et des services"; no retention.
  { file: '003', ordinal: 2, at: '003:39-41', title: 'Archifiltre', controllers: ['dfas'], durations: [], kinds: [], systems: ['archifiltre'] },
  // 003:42 "Conservation : 2 ans.", 003:44 "Conservation 2 ans", "Conservation 1 an".
  { file: '003', ordinal: 3, at: '003:42-44', title: 'Domifa', controllers: ['dgcs'], durations: ['P1Y', 'P2Y'], kinds: [T], systems: ['domifa'] },
  // 003:45 "Jusqu'à la suppression du profil", "Durant le temps de l'habilitation", 003:47 "1 an", "Conservation 5 ans".
  { file: '003', ordinal: 4, at: '003:45-47', title: 'E-mjpm', controllers: ['dgcs'], durations: ['P1Y', 'P5Y'], kinds: [T, U], systems: ['e-mjpm'] },
  // 003:50 RT DRIETS d'Ile de France; "Conservation 1 an à compter du dépôt de candidature".
  { file: '003', ordinal: 5, at: '003:50', title: 'Enfants du Spectacle', controllers: ['driets-idf'], durations: ['P1Y'], kinds: [T], systems: ['enfants-du-spectacle'] },
  // 003:51 "3 ans à compter de la dernière utilisation", "Informations de connexion 1 an"; team "MonSuiviPsy".
  { file: '003', ordinal: 6, at: '003:51-53', title: 'Jardin Mental', controllers: ['dgs'], durations: ['P1Y', 'P3Y'], kinds: [T], systems: ['jardin-mental'] },
  // 003:54 RT "Utilisateurs de MANO"; "1 an à compte de la dernière utilisation", 003:56 "5 ans après".
  { file: '003', ordinal: 7, at: '003:54-56', title: 'MANO', controllers: ['structures-utilisatrices-mano'], durations: ['P1Y', 'P5Y'], kinds: [T], systems: ['mano'] },
  // 003:57 RT ministère / DMSMP / DSS / CNAM; "3 ans", 003:59 "1 an", "2 ans"; "Démarches simplifiées" used.
  {
    file: '003', ordinal: 8, at: '003:57-62', title: 'MonPsy',
    controllers: ['cnam', 'dmsmp', 'dss', 'ministere-solidarites-sante'], durations: ['P1Y', 'P2Y', 'P3Y'], kinds: [T],
    systems: ['demarches-simplifiees', 'monpsy'],
  },
  // 003:63 "Informations de connexion 1 an.".
  { file: '003', ordinal: 9, at: '003:63-65', title: 'Ozensemble', controllers: ['dgs'], durations: ['P1Y'], kinds: [T], systems: ['ozensemble'] },
  // 003:66 DGEFP; "Jusqu'à 3 mois après l'obtention", "2 ans après", "Informations de connexion 1 an".
  { file: '003', ordinal: 10, at: '003:66-68', title: 'Reva (expérimentation)', controllers: ['dgefp'], durations: ['P1Y', 'P2Y', 'P3M'], kinds: [T], systems: ['reva'] },
  // 003:71 "1 an à compter de la dernière action", "Informations de connexion 1 an".
  { file: '003', ordinal: 11, at: '003:69-71', title: 'TumePlay', controllers: ['dgs'], durations: ['P1Y'], kinds: [T], systems: ['tumeplay'] },

  // 004: controller "M. le Directeur de la DTNUM" (004:9) for every treatment.
  // 004:40 "6 (1) f"; 004:48 "jusqu'au départ de la DTNUM de l'agent".
  { file: '004', ordinal: 1, at: '004:38-50', title: 'NIS (Notice Individuelle de Sécurité)', controllers: ['dtnum'], durations: [], kinds: [U], legalBases: ['A6-1-f', 'legal-basis/arrete-2022-04-27-protection-secret-mi'], systems: [] },
  // 004:63 "conservées sans limitation de durée actuellement".
  { file: '004', ordinal: 2, at: '004:53-65', title: 'Chartes NOEMI et SPAN', controllers: ['dtnum'], durations: [], kinds: [E], legalBases: ['A6-1-f'], systems: ['noemi', 'span'] },
  // 004:75 "n° RIO"; 004:78 "3 ans après le départ", "1 an".
  { file: '004', ordinal: 3, at: '004:68-80', title: 'HAXO', controllers: ['dtnum'], durations: ['P1Y', 'P3Y'], kinds: [T], legalBases: ['A6-1-f'], systems: ['haxo', 'rio'] },
  // 004:105 "code RIO", Orion only named as NOT concerned; 004:108 "supprimées à la restitution … base de données Capitole".
  {
    file: '004', ordinal: 5, at: '004:98-110', title: 'Dotation CallMi',
    controllers: ['dtnum'], durations: [], kinds: [U], legalBases: ['A6-1-f', 'legal-basis/circulaire-pm-5776-sg'], systems: ['callmi', 'capitole', 'rio'],
  },
  // 004:153 "13 mois" twice.
  {
    file: '004', ordinal: 8, at: '004:143-155', title: 'Supervision du fonctionnement des postes NOEMI',
    controllers: ['dtnum'], durations: ['P13M'], kinds: [T], legalBases: ['A6-1-f'], systems: ['noemi'],
  },
  // 004:165 "RIO"; 004:168 "Durée de dotation de l'agent + 6 ans".
  { file: '004', ordinal: 9, at: '004:158-170', title: 'Dotation NOEMI', controllers: ['dtnum'], durations: ['P6Y'], kinds: [T], legalBases: ['A6-1-f'], systems: ['noemi', 'rio'] },
  // 004:213 "1 mois pour la partie troubleshooting … 1 an et un jour pour la partie sécurité".
  { file: '004', ordinal: 12, at: '004:203-215', title: 'Isocèle', controllers: ['dtnum'], durations: ['P1M', 'P1Y1D'], kinds: [T], legalBases: ['A6-1-f'], systems: ['isocele'] },
  // 004:250 "6 (1) b"; 004:258 "Durée de présence de l'agent à la DTNUM".
  { file: '004', ordinal: 15, at: '004:248-260', title: 'Suivi des contractuels', controllers: ['dtnum'], durations: [], kinds: [U], legalBases: ['A6-1-b'], systems: [] },
  // 004:295 "6 (1) c"; 004:303 "4 ans".
  { file: '004', ordinal: 18, at: '004:293-305', title: 'Tableau de suivi des astreintes', controllers: ['dtnum'], durations: ['P4Y'], kinds: [T], legalBases: ['A6-1-c'], systems: [] },
  // 004:325 "6 (1) c"; 004:333 "Durée de la carrière administrative … conservées qu'1 an".
  { file: '004', ordinal: 20, at: '004:323-335', title: 'Tableau de suivi du télétravail', controllers: ['dtnum'], durations: ['P1Y'], kinds: [T, U], legalBases: ['A6-1-c', 'legal-basis/decret-2016-151'], systems: [] },
  // 004:340 "6 (1) e"; 004:348 "une période de 30 jours".
  {
    file: '004', ordinal: 21, at: '004:338-350', title: 'FR-ALERT - Inscription/désinscription au portail citoyen',
    controllers: ['dtnum'], durations: ['P30D'], kinds: [T], legalBases: ['A6-1-e', 'legal-basis/directive-2018-1972-a110'], systems: ['fr-alert'],
  },
  // 004:415 "6 (1) b"; 004:423 "Tant que l'agent est présent … détruites à la suppression du compte".
  { file: '004', ordinal: 26, at: '004:413-425', title: 'PABLO / ICASSO', controllers: ['dtnum'], durations: [], kinds: [U], legalBases: ['A6-1-b'], systems: ['icasso', 'pablo'] },
  // 004:465 "RIO"; 004:468 "désactivé au moment où il quitte le MI … conservées sans limitation de durée".
  { file: '004', ordinal: 29, at: '004:458-470', title: 'OCS-GLPI', controllers: ['dtnum'], durations: [], kinds: [E, U], legalBases: ['A6-1-f'], systems: ['ocs-glpi', 'rio'] },
  // 004:495 "Identifiant RIO … N°Dialogue, n°Arpege"; 004:498 "24 heures", "5 ans".
  {
    file: '004', ordinal: 31, at: '004:488-500', title: 'Passage 2',
    controllers: ['dtnum'], durations: ['P5Y', 'PT24H'], kinds: [T], legalBases: ['A6-1-f'], systems: ['arpege', 'dialogue', 'passage2', 'rio'],
  },
  // 004:520 "6 (1) e"; 004:528 "30 jours (effacées automatiquement)".
  {
    file: '004', ordinal: 33, at: '004:518-530', title: 'Enregistrement des appels téléphoniques au standard',
    controllers: ['dtnum'], durations: ['P30D'], kinds: [T], legalBases: ['A6-1-e'], systems: [],
  },
  // 004:550 "6 (1) b"; 004:558 "7ans".
  { file: '004', ordinal: 35, at: '004:548-560', title: 'IGC Serveur', controllers: ['dtnum'], durations: ['P7Y'], kinds: [T], legalBases: ['A6-1-b'], systems: ['igc-serveur'] },
  // 004:565 "6 (1) b"; 004:570 "RIO"; 004:573 "Tant que l'agent est présent", "détruites à la suppression du compte", "un an".
  {
    file: '004', ordinal: 36, at: '004:563-574', title: "Messagerie Collaborative de l'Etat (MCE)",
    controllers: ['dtnum'], durations: ['P1Y'], kinds: [T, U], legalBases: ['A6-1-b'], systems: ['mce', 'rio'],
  },

  // EDPS records (one treatment each, in English). Controller item "European Data Protection Supervisor (EDPS)";
  // joint-controller and (unless said otherwise) processor items "n/a"; no GDPR article cited, so no eu-gdpr basis.
  // 01a:10 title; 01a:14 controller; 01a:29 joint "n/a"; 01a:38 processor "n/a"; 01a:87 "2 years after the closure",
  // 01a:88 "5 years after the final administrative or judicial decision", 01a:90 "10 years from the end of the period
  // worked", 01a:91 "6 months after submission", 01a:92 "stored until the end of the selection process";
  // 01a:97 recipients "the EDPS’ staff members appointed as members of the panel".
  {
    file: 'eu-edps_record-01a', ordinal: 1, at: '01a:10-124', title: 'Selection of staff for the EDPS Secretariat and the EDPB Secretariat',
    controllers: ['edps'], durations: ['P10Y', 'P2Y', 'P5Y', 'P6M'], kinds: [T, U], systems: [],
    // 01a:43-47 "the Staff Regulations … the Conditions of Employment of Other Servants … the Decision of the EDPS of 4 November 2020".
    legalBases: ['legal-basis/edps-decision-2020-11-04', 'legal-basis/eu-ceos', 'legal-basis/eu-staff-regulations'],
    recipients: ['edps'], processors: [], jointControllers: [],
  },
  // 03:8 title; 03:12 controller; 03:25 joint "n/a"; 03:33 processor "n/a"; 03:52 "2 years", 03:53 "10 years",
  // 03:54 "6 months"; 03:55-68 recipients are HR members, panel members, the Director and the Supervisor: no body named.
  {
    file: 'eu-edps_record-03', ordinal: 1, at: '03:8-83', title: 'Selection of Seconded National Experts (SNE)',
    controllers: ['edps'], durations: ['P10Y', 'P2Y', 'P6M'], kinds: [T], systems: [],
    // 03:37-40 "the Staff Regulations … the European Data Protection Supervisor Decision laying down the rules of the Secondment …".
    legalBases: ['legal-basis/edps-decision-2018-05-14', 'legal-basis/eu-staff-regulations'],
    recipients: [], processors: [], jointControllers: [],
  },
  // 05:8 title; 05:12 controller; 05:24 joint "n/a"; 05:26 "Interim agencies:", 05:34 "Randstad Belgium SA/NV",
  // 05:37 "Daoust SA/NV" (processors); 05:67 "SYSPER database"; 05:70 "five (5) years", 05:73 "two (2) years";
  // 05:76-77 recipients "administration at the EDPS", "The EDPS Financial team".
  {
    file: 'eu-edps_record-05', ordinal: 1, at: '05:8-102', title: 'Selection and management of interim staff',
    controllers: ['edps'], durations: ['P2Y', 'P5Y'], kinds: [T], legalBases: [], systems: ['sysper'],
    recipients: ['edps'], processors: ['daoust', 'randstad-belgium'], jointControllers: [],
  },
  // 57:9 title; 57:13 "The European Data Protection Supervisor (EDPS) is the controller with regards to the internal
  // procedure", 57:27 "Lufthansa AirPlus Servicekarten GmbH (‘AirPlus’) is a separate controller": two controllers,
  // each of its part, and no joint controllership (57:48 joint "n/a"); 57:50 processor "n/a"; 57:126 "seven (7)
  // years", 57:131 "up to ten years"; 57:132 "on behalf of the EDPS", 57:135 "data held by AirPlus may be disclosed".
  {
    file: 'eu-edps_record-57', ordinal: 1, at: '57:9-188', title: 'Use of Corporate Credit Card by Staff',
    controllers: ['airplus', 'edps'], durations: ['P10Y', 'P7Y'], kinds: [T], legalBases: [], systems: [],
    recipients: ['airplus', 'edps'], processors: [], jointControllers: [],
  },
];

const FRENCH = ['000', '001', '002', '003', '004'];
const EDPS = ['eu-edps_record-01a', 'eu-edps_record-03', 'eu-edps_record-05', 'eu-edps_record-57'];

describe('treatments checked against the register text', () => {
  let graph: TestGraph;
  let read: GraphReader;
  beforeAll(async () => {
    graph = await buildTestGraph();
    read = createGraphReader(graph);
  });

  it('covers at least 30 treatments, at least 5 per French register and every EDPS record', () => {
    expect(rows.length).toBeGreaterThanOrEqual(30);
    for (const file of FRENCH) expect(rows.filter((r) => r.file === file).length, file).toBeGreaterThanOrEqual(5);
    for (const file of EDPS) expect(rows.filter((r) => r.file === file).length, file).toBe(read.treatments(file).length);
    expect(new Set(rows.map((r) => `${r.file}/${r.ordinal}`)).size).toBe(rows.length);
  });

  describe.each(rows)('$file #$ordinal ($at) $title', (row) => {
    const iris = (path: string, ids: readonly string[]) => ids.map((id) => `${graph.base}${path}/${id}`).sort();
    const node = () => read.treatment(row.file, row.ordinal);
    const durationNodes = () => read.objects(node(), dpv.hasStorageCondition).flatMap((c) => read.objects(c, dpv.hasDuration));

    it('has the exact title', () => {
      expect(read.values(node(), dct.title)).toEqual([row.title]);
    });
    it('has the controllers', () => {
      expect(read.values(node(), dpv.hasDataController)).toEqual(iris('organisation', row.controllers));
    });
    it('has the retention durations and their kinds', () => {
      const values = new Set(durationNodes().flatMap((d) => read.values(d, rdf.value)));
      expect([...values].sort()).toEqual([...row.durations].sort());
      const kinds = new Set(durationNodes().flatMap((d) => read.values(d, rdf.type)).filter((t) => t.startsWith(PREFIXES.dpv)));
      expect([...kinds].sort()).toEqual(row.kinds.map((k) => `${PREFIXES.dpv}${k}`).sort());
    });
    it('has the legal bases', () => {
      // "A6-1-f": a GDPR point (eu-gdpr term); "legal-basis/…": a text of ours (2018/1725, EU staff rules, French laws).
      const expected = (row.legalBases ?? []).map((b) => (b.includes('/') ? `${graph.base}${b}` : `${PREFIXES['eu-gdpr']}${b}`));
      expect(read.values(node(), dpv.hasLegalBasis)).toEqual(expected.sort());
    });
    it('is implemented with the systems', () => {
      expect(read.values(node(), dpv.isImplementedUsingTechnology)).toEqual(iris('system', row.systems));
    });
    // Recipients, processors and joint controllers are checked on the rows that state them (not a skip: no test).
    if (row.recipients !== undefined) it('has the recipients', () => {
      expect(read.values(node(), dpv.hasRecipient)).toEqual(iris('organisation', row.recipients ?? []));
    });
    if (row.processors !== undefined) it('has the processors', () => {
      expect(read.values(node(), dpv.hasDataProcessor)).toEqual(iris('organisation', row.processors ?? []));
    });
    if (row.jointControllers !== undefined) it('has the joint controllers, or none', () => {
      const groups = read.values(node(), dpv.hasJointDataControllers);
      expect(groups.flatMap((g) => read.values(g, dpv.hasEntity)).sort()).toEqual(iris('organisation', row.jointControllers ?? []));
      if ((row.jointControllers ?? []).length === 0) expect(groups).toEqual([]);
    });
  });
});
