// Retention statements of all five registers read into kinds and ISO-8601 durations, checked by hand.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { retentionSchema, type Retention } from '../../../src/model/treatment.ts';
import { cleanText } from '../../../src/model/text/clean-text.ts';
import { findRetentionStatements } from '../../../src/model/text/find-retention-statements.ts';
import { parseRetention } from '../../../src/model/text/parse-retention.ts';

type Expected = ([Retention['kind']] | [Retention['kind'], string])[];
const registers = new URL('../../../data/registers/', import.meta.url);
const shape = (entries: Retention[]) => entries.map((r) => (r.duration ? [r.kind, r.duration] : [r.kind]));

/** Every "Durée de conservation prévue des données" value of 004, in file order. */
const REGISTER_004: { n: number; raw: string; expected: Expected }[] = [
  { n: 1, raw: "Conservées jusqu'au départ de la DTNUM de l'agent", expected: [['until-event']] },
  { n: 2, raw: "Toutes les données sont conservées sans limitation de durée actuellement Un plan d'actions est en cours pour limiter la durée de conservation à la période de présence de l'agent.", expected: [['unlimited']] },
  { n: 3, raw: "Rétention des comptes : 3 ans après le départ de l'agent. Rétention des traces : 1 an.", expected: [['duration', 'P3Y'], ['duration', 'P1Y']] },
  { n: 4, raw: "Pour les agents : effacement des données 2 mois après l'inactivité du poste. Pour les administrateurs techniques : effacement des données après 3 mois.", expected: [['duration', 'P2M'], ['duration', 'P3M']] },
  { n: 5, raw: "les données personnelles sont supprimées à la restitution du poste CallMI : lors de l'opération de suppression de la charte par le RSSI dans la base de données Capitole", expected: [['until-event']] },
  { n: 6, raw: "les données personnelles sont supprimées à la restitution du poste Hesperis : lors de l'opération de suppression de la charte par le RSSI dans la base de données Capitole", expected: [['until-event']] },
  { n: 7, raw: 'Fin du marché', expected: [['until-event']] },
  { n: 8, raw: "logs de connexions du poste au concentrateur VPN : 13 mois Logs d'accès bloqués par le pare-feu : 13 mois", expected: [['duration', 'P13M'], ['duration', 'P13M']] },
  { n: 9, raw: "Durée de dotation de l'agent + 6 ans (délai de prescription d'action pénale)", expected: [['duration', 'P6Y']] },
  { n: 10, raw: "Conservation des traces (vérifier auprès du c2mi : moins d'un mois) après que le compte soit sans activité Pour les souscripteurs et les administrateurs de tenants (les utilisateurs du Cloud) : <u>données supprimées 2 ans après que le compte soit sans activité</u>", expected: [['duration', 'P1M'], ['duration', 'P2Y']] },
  { n: 11, raw: "Conservation des traces (vérifier auprès du c2mi : moins d'un mois) après que le compte soit sans activité Pour les souscripteurs et les administrateurs de tenants (les utilisateurs du Cloud) : <u>données supprimées 2 ans après que le compte soit sans activité.</u>", expected: [['duration', 'P1M'], ['duration', 'P2Y']] },
  { n: 12, raw: "1 mois pour la partie troubleshooting avec automatisme glissant d'écrasement des données 1 an et un jour pour la partie sécurité avec automatisme glissant d'écrasement des données", expected: [['duration', 'P1M'], ['duration', 'P1Y1D']] },
  { n: 13, raw: "1 mois pour la partie troubleshooting avec automatisme glissant d'écrasement des données 1 an et un jour pour la partie sécurité avec automatisme glissant d'écrasement des données", expected: [['duration', 'P1M'], ['duration', 'P1Y1D']] },
  { n: 14, raw: '1 an maximum, par rotation du journal de logs', expected: [['duration', 'P1Y']] },
  { n: 15, raw: "Durée de présence de l'agent à la DTNUM", expected: [['until-event']] },
  { n: 16, raw: "Durée de la procédure d'embauche + 1 an", expected: [['duration', 'P1Y']] },
  { n: 17, raw: "Durée de la présence de l'apprenti à la DTNUM", expected: [['until-event']] },
  { n: 18, raw: "4 ans (prescription quadriennale des créances à l'encontre de l'administration)", expected: [['duration', 'P4Y']] },
  { n: 19, raw: 'Durée de la présence du stagiaire à la DTNUM', expected: [['until-event']] },
  { n: 20, raw: "Durée de la carrière administrative sauf pour les pièces jointes (facture du FAI) qui ne sont conservées qu'1 an", expected: [['until-event'], ['duration', 'P1Y']] },
  { n: 21, raw: 'Les données utilisées par une transaction sont conservées chez le prestataire pour une période de 30 jours aux fins de traçabilité technique', expected: [['duration', 'P30D']] },
  { n: 22, raw: "Durée d'affectation de l'agent. Sauvegarde conservée 1 an.", expected: [['until-event'], ['duration', 'P1Y']] },
  { n: 23, raw: 'Noms, prénoms, mots de passe et log sont conservés 1 an. Sauvegarde : Nom, prénom et mot de passe conservés 1 an avec sauvegarde glissante sur 12 mois des logs.', expected: [['duration', 'P1Y'], ['duration', 'P1Y'], ['duration', 'P12M']] },
  { n: 24, raw: "<p>Actuellement sans anonymisation pour des questions d'intégrité et de cohérence de la base de données (les utilisateurs et les tickets restent mais les log sont déjà régulièrement purgées)</p> <p>Plan d'action en cours pour rendre les données des agents ayant quitté la DTNUM anonymes sans détruire l'intégrité de la base</p>", expected: [['unspecified']] },
  { n: 25, raw: '- Compte externe au MI : 3 mois puis suppression automatique - Compte interne au MI : Effacement à la demande (prévoir le cas dans le processus départ)', expected: [['duration', 'P3M'], ['until-event']] },
  { n: 26, raw: "Tant que l'agent est présent au ministère de l'intérieur, les données personnelles sont détruites à la suppression du compte", expected: [['until-event']] },
  { n: 27, raw: 'Les données personnelles sont effacées à la destruction du compte fonctionnel RESCOM', expected: [['until-event']] },
  { n: 28, raw: "Le compte de l'agent est supprimé lors de son départ, c'est la procédure normale.", expected: [['until-event']] },
  { n: 29, raw: "Le profil d'un agent (les données personnelles) est désactivé au moment où il quitte le MI Toutes les données anonymisées sont conservées sans limitation de durée.", expected: [['until-event'], ['unlimited']] },
  { n: 30, raw: 'APSIM est rechargé à fréquence quotidienne à partir des données du RIO. (Entrées, sorties et mises à jour)', expected: [['unspecified']] },
  { n: 31, raw: "En dehors des traces, seules les données personnelles des personnes en activité dans le RIO sont conservées pendant 24 heures en attendant la mise à jour quotidienne de ces données depuis le RIO. Les traces de connexion sont conservées 5 ans : les traces plus vieilles de 5 ans sont effacées quotidiennement. Cela permet de retrouver qui s'est authentifié par le passé, au cas où une enquête liée à une utilisation indue d'une application serait diligentée. Les personnes qui sont en activité perdent toutes leurs habilitations le jour où leur statut change et devient \"sans activité\". Les données d'habilitation des personnes qui ne sont plus en activité ne sont pas conservées.", expected: [['duration', 'PT24H'], ['duration', 'P5Y'], ['duration', 'P5Y']] },
  { n: 32, raw: "Les données des agents du ministère sont directement héritées des SIRH, la durée de conservation des données est directement calquée sur celle des SIRH du ministère. Les données des prestataires sont directement mises à jour par des gestionnaires dans les directions d'emploi. La durée de conservation des données est automatiquement liée à la durée de validité de l'enquête.", expected: [['until-event'], ['until-event']] },
  { n: 33, raw: '30 jours (effacées automatiquement)', expected: [['duration', 'P30D']] },
  { n: 34, raw: 'Durée de conservation des données identique à celle des systèmes sources (SIV). Synchronisation automatique (quotidienne) des données du SIV dans le HUB Immat.', expected: [['until-event']] },
  { n: 35, raw: '7ans, délai de prescription des infractions pénales', expected: [['duration', 'P7Y']] },
  { n: 36, raw: "- Tant que l'agent est présent au ministère de l'intérieur, les données et les échanges sont conservés. - Les données personnelles sont détruites à la suppression du compte (cas d'un agent qui quitte le ministère). - L'ensemble des données et contenus des échanges avec des messageries externes au MIOM sont conservés un an y compris après le départ de l'agent.", expected: [['until-event'], ['until-event'], ['duration', 'P1Y']] },
];

/** Every distinct retention statement found in the data-categories cells of 000–003. */
const REGISTERS_000_003: { register: string; statement: string; expected: Expected }[] = [
  { register: '000', statement: 'Durée de conservation 3 ans', expected: [['duration', 'P3Y']] },
  { register: '000', statement: 'Durée de conservation : 4 ans', expected: [['duration', 'P4Y']] },
  { register: '000', statement: "Durée de conservation : Espaces collaboratifs : jusqu'au départ de l'agent Campagnes e-mailing : au maximum 6 mois au terme de l'abonnement souscrit par la DNUM).", expected: [['until-event'], ['duration', 'P6M']] },
  { register: '000', statement: 'Durée de conservation : Environ 1 an pour les fiches arrivées - départs - mobilité élaborés par le DDC-DMC-DIR A chaque remaniement et/ou réajustements ministériels pour les fiches de formation interne (RT : DDC-DCC-MCD)', expected: [['duration', 'P1Y'], ['until-event']] },
  { register: '000', statement: "Durée de conservation : A chaque arrivée/départ et 2 mois en cas d'export de données utilisateurs", expected: [['until-event'], ['duration', 'P2M']] },
  { register: '000', statement: 'Durée de conservation : 2 ans', expected: [['duration', 'P2Y']] },
  { register: '000', statement: 'Conservation : 1 an', expected: [['duration', 'P1Y']] },
  { register: '001', statement: "Durée : tant que l'agent exerce sa mission", expected: [['until-event']] },
  { register: '001', statement: "Durée limitée à l'utilisation de l'application", expected: [['until-event']] },
  { register: '001', statement: "Les données sont conservées tant qu'elles sont actives", expected: [['until-event']] },
  { register: '001', statement: "Les données de contenu sont conservées tant qu'elles n'ont pas été supprimés.", expected: [['until-event']] },
  { register: '001', statement: "Une fois supprimés, les éléments présents sur les sites Sharepoint et OneDrive sont conservés 93 jours à compter de la suppression de leur emplacement d'origine", expected: [['duration', 'P93D']] },
  { register: '001', statement: "Durée : tant que l'entité est dans le référentiel SIRENE", expected: [['until-event']] },
  { register: '001', statement: "Les données sont supprimées au départ de l'agent", expected: [['until-event']] },
  { register: '001', statement: "Les données sont conservées tant qu'elles sont actives, pendant la période durant laquelle la personne concernée dispose d'une licence Microsoft 365.", expected: [['until-event']] },
  { register: '001', statement: 'Les données et paramètres de compte sont purgés au moment de la suppression de son compte, soit pour les agents au maximum deux mois après leur départ des MCAS.', expected: [['until-event'], ['duration', 'P2M']] },
  { register: '001', statement: "Ces données personnelles de l'utilisateur sont conservées et accessibles par les administrateurs pendant 30 jours à compter de la suppression de sa licence.", expected: [['duration', 'P30D']] },
  { register: '001', statement: 'Durée : Suppression régulière des données de plus de 2 ans', expected: [['duration', 'P2Y']] },
  { register: '001', statement: "Jusqu'au départ de l'agent", expected: [['until-event']] },
  { register: '001', statement: "Conservation des données tant que l'agent ou le prestataire œuvre pour les ministères sociaux", expected: [['until-event']] },
  { register: '001', statement: 'Informations de connexion : 1 an', expected: [['duration', 'P1Y']] },
  { register: '001', statement: "Les données sont conservées tant qu'elles sont considérées comme actives, pendant la période durant laquelle la personne concernée dispose d'une licence Microsoft 365.", expected: [['until-event']] },
  { register: '001', statement: "Durée : pendant la durée d'activité de l'agent au sein de la direction", expected: [['until-event']] },
  { register: '001', statement: 'Durée : 6 mois après présentation du rapport statistique', expected: [['duration', 'P6M']] },
  { register: '001', statement: "Pendant la durée d'utilisation du téléphone", expected: [['until-event']] },
  { register: '001', statement: 'Durée : 10 ans maximum', expected: [['duration', 'P10Y']] },
  { register: '001', statement: 'Durée : sur le portail de collecte pour les fédérations sportives ou les établissements de santé : 1 an', expected: [['duration', 'P1Y']] },
  { register: '001', statement: "Sur le portail dédié aux usagers du domaine protection de l'enfance et petite enfance : 3 ans", expected: [['duration', 'P3Y']] },
  { register: '001', statement: 'Durée : 1 an', expected: [['duration', 'P1Y']] },
  { register: '001', statement: "Durée : le temps de la durée de l'enquête et de son traitement pour restitution, à la charge du responsable d'enquête", expected: [['until-event']] },
  { register: '001', statement: "Temps d'usage des espaces collaboratifs", expected: [['until-event']] },
  { register: '001', statement: 'Durée : 3 ans max', expected: [['duration', 'P3Y']] },
  { register: '002', statement: 'Conservation : 30 ans', expected: [['duration', 'P30Y']] },
  { register: '002', statement: "Infos limitées à durée l'utilisation de l'application - conservée 1 an après la fermeture de l'espace", expected: [['until-event'], ['duration', 'P1Y']] },
  { register: '002', statement: "Conservation : Les données sont conservées tant qu'elles sont considérées comme actives, pendant la période durant laquelle la personne concernée dispose d'une licence Microsoft 365.", expected: [['until-event']] },
  { register: '002', statement: 'La photo de profil est conservée de la même façon que les données de compte et est donc purgée au moment de la suppression du compte, soit pour les agents au maximum deux mois après leur départ des MCAS.', expected: [['until-event'], ['duration', 'P2M']] },
  { register: '002', statement: "Les données de contenu sont conservées tant qu'ils n'ont pas été supprimés.", expected: [['until-event']] },
  { register: '002', statement: "Une fois supprimés, les éléments présents sur les sites SharePoint et OneDrive sont conservés 93 jours à compter de la suppression de leur emplacement d'origine", expected: [['duration', 'P93D']] },
  { register: '002', statement: 'Absence de conservation de la voix.', expected: [['unspecified']] },
  { register: '002', statement: "Conservation : jusqu'au départ de la personne", expected: [['until-event']] },
  { register: '002', statement: "Conservation : Données d'identification : sur le portail de collecte des données pour les fédérations sportives et les établissements de santé : 1 an", expected: [['duration', 'P1Y']] },
  { register: '002', statement: "Sur le portail dédié aux usagers du domaine protection de l'enfance petite enfance : le temps de la durée du certificat d'honorabilité (3 ans) + 1 an", expected: [['duration', 'P4Y']] },
  { register: '002', statement: 'Données de retours B2 et FIJAIS : maximum 6 mois, et de façon pratique 15 jours après traitement', expected: [['duration', 'P6M'], ['duration', 'P15D']] },
  { register: '003', statement: "Application 1000PremiersJours : Données relatives aux parents et à l'enfant : Conservation : le cas échéant jusqu'à 3 ans après le téléchargement de l'application.", expected: [['duration', 'P3Y']] },
  { register: '003', statement: "Données relatives aux professionnels de santé : Conservation Jusqu'à 3 ans après toute modification relative à la situation professionnelle du professionnel de santé portée à la connaissance de Nos1000Jours ou Jusqu'à 6 mois à compter du retrait du professionnel de santé des listes et annuaires relatifs à la connaissance de Nos1000Jours ou Jusqu'à 6 mois à compter du retrait du professionnel de santé des listes et annuaires relatifs à l'identification des professionnels de santé à compter de la connaissance de ce retrait par Nos1000Jours.", expected: [['duration', 'P3Y'], ['duration', 'P6M'], ['duration', 'P6M']] },
  { register: '003', statement: 'Site 1000PremiersJours PRO EPDS : Conservation 1 an à compter de la réalisation du questionnaire.', expected: [['duration', 'P1Y']] },
  { register: '003', statement: 'Conservation : 1 an.', expected: [['duration', 'P1Y']] },
  { register: '003', statement: "Données relatives à l'EPDS : Conservation : jusqu'à 3 ans après le téléchargement de l'application.", expected: [['duration', 'P3Y']] },
  { register: '003', statement: 'Conservation : 2 ans.', expected: [['duration', 'P2Y']] },
  { register: '003', statement: 'Conservation 2 ans', expected: [['duration', 'P2Y']] },
  { register: '003', statement: 'Conservation 1 an', expected: [['duration', 'P1Y']] },
  { register: '003', statement: "Ces données sont conservées : Jusqu'à la suppression du profil par le greffier ou le magistrat", expected: [['until-event']] },
  { register: '003', statement: "Durant le temps de l'habilitation du mandataire.", expected: [['until-event']] },
  { register: '003', statement: 'Informations de connexion 1 an', expected: [['duration', 'P1Y']] },
  { register: '003', statement: 'Conservation 5 ans', expected: [['duration', 'P5Y']] },
  { register: '003', statement: 'Conservation 1 an à compter du dépôt de candidature.', expected: [['duration', 'P1Y']] },
  { register: '003', statement: '3 ans à compter de la dernière utilisation.', expected: [['duration', 'P3Y']] },
  { register: '003', statement: 'Informations de connexion 1 an.', expected: [['duration', 'P1Y']] },
  { register: '003', statement: 'Conservation le cas échéant 1 an à compte de la dernière utilisation du compte', expected: [['duration', 'P1Y']] },
  { register: '003', statement: 'Conservation 5 ans après la dernière utilisation du dossier .', expected: [['duration', 'P5Y']] },
  { register: '003', statement: 'Conservation 3 ans à compter de la fin de la convention entre le professionnel et la CPAM ou à compter de la date candidature du professionnel.', expected: [['duration', 'P3Y']] },
  { register: '003', statement: 'Professionnel conventionné participant : Conservation 1 an à compter de la fin de la convention entre le professionnel et la CPAM', expected: [['duration', 'P1Y']] },
  { register: '003', statement: 'Professionnel conventionné ne souhaitant plus participer : Conservation 2 ans à compter de la décision de validation de la candidature du professionnel', expected: [['duration', 'P2Y']] },
  { register: '003', statement: "Psychologue n'ayant pas été conventionné : Conservation 1 an à compter de la décision de refus de la candidature du professionnel.", expected: [['duration', 'P1Y']] },
  { register: '003', statement: 'Professionnel conventionné participant : 1 an à compter de la fin de la convention entre le professionnel et la CPAM', expected: [['duration', 'P1Y']] },
  { register: '003', statement: 'Professionnel conventionné ne souhaitant plus participer : 2 ans à compter de la décision de validation de la candidature du professionnel', expected: [['duration', 'P2Y']] },
  { register: '003', statement: "Psychologue n'ayant pas été conventionné : 1 an à compter de la décision de refus de la candidature du professionnel", expected: [['duration', 'P1Y']] },
  { register: '003', statement: 'Logs de connexion : Conservation 1 an', expected: [['duration', 'P1Y']] },
  { register: '003', statement: "Conservation Jusqu'à 3 mois après l'obtention du diplôme, ou le cas échéant 2 ans après la dernière mise en relation avec la personne concernée.", expected: [['duration', 'P3M'], ['duration', 'P2Y']] },
  { register: '003', statement: 'Conservation le cas échéant 1 an à compter de la dernière action du profil.', expected: [['duration', 'P1Y']] },
];

describe('parseRetention — 004, all 36 retention lines', () => {
  it('covers every retention line of the register', () => {
    const lines = readFileSync(new URL('004_72dad74edd3dbafe.txt', registers), 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('Durée de conservation prévue des données\t'))
      .map((l) => l.split('\t').slice(1).join(' ').trim());
    expect(lines).toEqual(REGISTER_004.map((r) => r.raw));
  });

  it.each(REGISTER_004)('#$n', ({ raw, expected }) => {
    // The normaliser passes the cleaned cell; the raw cell (HTML, "- " bullets) must read the same.
    expect(shape(parseRetention(cleanText(raw)))).toEqual(expected);
    expect(shape(parseRetention(raw))).toEqual(expected);
  });
});

describe('parseRetention — 000–003, statements found in data-categories cells', () => {
  it.each(REGISTERS_000_003)('$register: $statement', ({ statement, expected }) => {
    const entries = parseRetention(statement);
    expect(shape(entries)).toEqual(expected);
    for (const e of entries) expect(retentionSchema.parse(e)).toEqual(e);
  });

  it('covers every retention statement of registers 000–003', () => {
    const found = new Set<string>();
    for (const file of ['000_49a1ce6041cf4ed6.txt', '001_16106fe6b7c9f12d.txt', '002_f61adf4d39622cae.txt', '003_60ea04d657be5b10.txt']) {
      for (const cell of dataCategoryCells(readFileSync(new URL(file, registers), 'utf8'))) {
        for (const s of findRetentionStatements(cell)) found.add(s);
      }
    }
    expect([...found].sort()).toEqual(REGISTERS_000_003.map((r) => r.statement).sort());
  });
});

describe('parseRetention — clause texts and forms', () => {
  it.each([
    {
      statement: "Durée de conservation : Espaces collaboratifs : jusqu'au départ de l'agent Campagnes e-mailing : au maximum 6 mois au terme de l'abonnement souscrit par la DNUM).",
      expected: [
        { text: "Durée de conservation : Espaces collaboratifs : jusqu'au départ de l'agent", kind: 'until-event' },
        { text: "Campagnes e-mailing : au maximum 6 mois au terme de l'abonnement souscrit par la DNUM).", kind: 'duration', duration: 'P6M' },
      ],
    },
    {
      statement: "Durée de la carrière administrative sauf pour les pièces jointes (facture du FAI) qui ne sont conservées qu'1 an",
      expected: [
        { text: 'Durée de la carrière administrative', kind: 'until-event' },
        { text: "sauf pour les pièces jointes (facture du FAI) qui ne sont conservées qu'1 an", kind: 'duration', duration: 'P1Y' },
      ],
    },
    {
      statement: "Rétention des comptes : 3 ans après le départ de l'agent. Rétention des traces : 1 an.",
      expected: [
        { text: "Rétention des comptes : 3 ans après le départ de l'agent.", kind: 'duration', duration: 'P3Y' },
        { text: 'Rétention des traces : 1 an.', kind: 'duration', duration: 'P1Y' },
      ],
    },
    { statement: 'Durée de conservation 3 ans', expected: [{ text: 'Durée de conservation 3 ans', kind: 'duration', duration: 'P3Y' }] },
  ])('$statement', ({ statement, expected }) => {
    expect(parseRetention(statement)).toEqual(expected);
  });

  it.each([
    ['3 ans', 'P3Y'],
    ['un an', 'P1Y'],
    ['1 an et un jour', 'P1Y1D'],
    ['13 mois', 'P13M'],
    ['6 mois', 'P6M'],
    ['93 jours', 'P93D'],
    ['deux semaines', 'P2W'],
    ['24 heures', 'PT24H'],
    ['7ans', 'P7Y'],
    ["moins d'un mois", 'P1M'],
    ["5 ans après la clôture du dossier", 'P5Y'],
    ['10 ans à compter de la date de la décision', 'P10Y'],
    ["le temps du certificat (3 ans) + 1 an", 'P4Y'],
    ['6 mois et 15 jours', 'P6M15D'],
  ])('%s → %s', (statement, duration) => {
    const [entry, ...rest] = parseRetention(statement);
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({ kind: 'duration', duration, text: statement });
  });

  it.each([
    ["jusqu'au départ de l'agent", 'until-event'],
    ["tant que l'agent exerce sa mission", 'until-event'],
    ['durée de la mission', 'until-event'],
    ['à la suppression du compte', 'until-event'],
    ['sans limitation de durée', 'unlimited'],
    ['Conservation illimitée', 'unlimited'],
    ['pas de durée de conservation définie', 'unlimited'],
    ['Les données sont conservées', 'unspecified'],
    ["Absence de conservation de la voix.", 'unspecified'],
  ] as const)('%s → %s', (statement, kind) => {
    expect(parseRetention(statement)).toEqual([{ text: statement, kind }]);
  });

  it('keeps two periods apart when they are alternatives, not a sum', () => {
    expect(shape(parseRetention('2 ans et 3 ans selon le cas'))).toEqual([['duration', 'P2Y'], ['duration', 'P3Y']]);
  });

  it.each([[''], ['   '], ['<p></p>'], [undefined as unknown as string], [42 as unknown as string], ['9'.repeat(40) + ' ans'], ['((((']])(
    'never throws on %j',
    (input) => {
      const entries = parseRetention(input);
      for (const e of entries) expect(retentionSchema.parse(e)).toEqual(e);
    },
  );
});

/** Data-categories column (4th) of the Ministères sociaux tables, rows continued over page breaks joined with a space. */
function dataCategoryCells(register: string): string[] {
  const cells: string[] = [];
  for (const line of register.split('\n')) {
    const c = line.split('\t');
    if (c.length < 6 || c[0] === 'Intitulé' || /^[-\t ]+$/.test(line)) continue;
    const continued = (c[0] ?? '').trim() === '' || (c[1] ?? '').trim() === '';
    if (continued && cells.length > 0) cells[cells.length - 1] += ` ${c[3] ?? ''}`;
    else cells.push(c[3] ?? '');
  }
  return cells;
}
