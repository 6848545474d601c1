// HTML cells of the registers turned into plain text; words cut by page breaks repaired only when unambiguous.
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../src/model/text/clean-text.ts';

describe('cleanText', () => {
  it.each([
    {
      name: '000 Gestion locale RH, purposes: <ul><li>- …</li></ul> and text between lists',
      html: '<ul style="list-style-type: none"> <li>- Suivi des nominations et cessations de fonctions</li> <li>- Suivi des personnes ayant délégation de signature</li> </ul> Suivi des entretiens professionnels <ul style="list-style-type: none"> <li>- Suivi de la formation</li> </ul>',
      expected: 'Suivi des nominations et cessations de fonctions ; Suivi des personnes ayant délégation de signature ; Suivi des entretiens professionnels ; Suivi de la formation',
    },
    {
      name: '002 Base séquestre, ▪ bullets glued to the previous item',
      html: 'Données d\'identification : Ensembles de données d\'un patient <ul style="list-style-type: none">▪ ID technique unique du dossier patient▪ NIR du bénéficiaire▪ Sexe du bénéficiaire Conservation : 30 ans',
      expected: "Données d'identification : Ensembles de données d'un patient ; ID technique unique du dossier patient ; NIR du bénéficiaire ; Sexe du bénéficiaire Conservation : 30 ans",
    },
    {
      name: '000 Annuaire, "- " items after a <u> label ending in ":"',
      html: 'Données d\'identification et coordonnées <u>Annuaire :</u> - Prénom NOM - Adresse email professionnelle - Fonctions',
      expected: "Données d'identification et coordonnées Annuaire : Prénom NOM ; Adresse email professionnelle ; Fonctions",
    },
    {
      name: '001 ImageV2, paragraph cut by a page break continues in lowercase',
      html: "<p>Conservation des données tant que l'agent ou le prestataire œuvre</p> <p>pour les ministères sociaux</p> <p>Informations de connexion : 1 an</p>",
      expected: "Conservation des données tant que l'agent ou le prestataire œuvre pour les ministères sociaux ; Informations de connexion : 1 an",
    },
    {
      name: '001 SI honorabilité, paragraph cut after a function word',
      html: 'Durée : sur le portail de collecte pour les <p> fédérations sportives ou les établissements de santé : 1 an</p>',
      expected: 'Durée : sur le portail de collecte pour les fédérations sportives ou les établissements de santé : 1 an',
    },
    {
      name: '002 Office365 recipients, paragraph ending on a dash',
      html: '<p>Interne aux ministères sociaux –</p> <p>Microsoft (gestion des licences d\'accès au logiciel)</p>',
      expected: "Interne aux ministères sociaux – Microsoft (gestion des licences d'accès au logiciel)",
    },
    {
      name: '004 retention in two <p>',
      html: "<p>Actuellement sans anonymisation (les log sont déjà régulièrement purgées)</p> <p>Plan d'action en cours</p>",
      expected: "Actuellement sans anonymisation (les log sont déjà régulièrement purgées) ; Plan d'action en cours",
    },
    {
      name: '004 retention, "- " items at start and after "."',
      html: "- Tant que l'agent est présent au ministère de l'intérieur, les données et les échanges sont conservés. - Les données personnelles sont détruites à la suppression du compte",
      expected: "Tant que l'agent est présent au ministère de l'intérieur, les données et les échanges sont conservés. Les données personnelles sont détruites à la suppression du compte",
    },
    {
      name: '004 purposes, inline <u>',
      html: 'Savoir qui, pour quelle quotité et où, est en télétravail <u>Elaborer des indicateurs demandés par la DRH</u>',
      expected: 'Savoir qui, pour quelle quotité et où, est en télétravail Elaborer des indicateurs demandés par la DRH',
    },
    {
      name: '003 E-mjpm, • bullets',
      html: 'Ces données sont conservées : <ul style="list-style-type: none"> • Jusqu\'à la suppression du profil par le greffier ou le magistrat ; • Durant le temps de l\'habilitation du mandataire.',
      expected: "Ces données sont conservées : Jusqu'à la suppression du profil par le greffier ou le magistrat ; Durant le temps de l'habilitation du mandataire.",
    },
    {
      name: '001 title with a dash is not a list',
      html: '6PO - Outil Partagé des Pilotages des Plans, Programmes, Projets et Parcours',
      expected: '6PO - Outil Partagé des Pilotages des Plans, Programmes, Projets et Parcours',
    },
    {
      name: '003 MonPsy, lone middle dot paragraph',
      html: '<p>·</p> <p>Informations d\'ordre professionnel</p>',
      expected: "Informations d'ordre professionnel",
    },
    { name: 'entities', html: '&lt;b&gt; &amp; caf&eacute; &#233;t&#xE9;&nbsp;x &rsquo; &unknown; &#0;', expected: "<b> & café été x ’ &unknown; &#0;" },
    { name: 'whitespace', html: '  Nom,\t\tprénom \n\n ', expected: 'Nom, prénom' },
    { name: 'inclusive writing keeps its middle dots', html: 'agent·e·s', expected: 'agent·e·s' },
    { name: 'comparison signs are not tags', html: 'a < b et c > d', expected: 'a < b et c > d' },
    { name: 'HTML comment', html: 'Nom<!-- caché --> prénom', expected: 'Nom prénom' },
  ])('$name', ({ html, expected }) => {
    expect(cleanText(html)).toBe(expected);
  });

  describe('repairs words cut by page breaks', () => {
    it.each([
      {
        name: '002 SI honorabilité RT column, the whole word elsewhere in the text',
        html: 'Direction des Sports - Directi on de la jeunesse - ARS - DNUM',
        expected: 'Direction des Sports - Direction de la jeunesse - ARS - DNUM',
      },
      {
        name: 'the same cut across two paragraphs',
        html: '<p>Direction des Sports - Directi</p> <p>on de la jeunesse - ARS - DNUM</p>',
        expected: 'Direction des Sports - Direction de la jeunesse - ARS - DNUM',
      },
      { name: 'whole word from the vocabulary', html: 'Directi on de la jeunesse', vocabulary: ['Direction'], expected: 'Direction de la jeunesse' },
      { name: 'both pieces unknown', html: 'dévelop pement du développement', expected: 'développement du développement' },
    ])('$name', ({ html, vocabulary, expected }) => {
      expect(cleanText(html, vocabulary)).toBe(expected);
    });

    it.each([
      { name: 'joined form unknown', html: 'Directi on de la jeunesse' },
      { name: 'both pieces are known words', html: 'porte feuille', vocabulary: ['portefeuille', 'porte', 'feuille'] },
      { name: 'left piece occurs elsewhere as a word', html: 'la porte feuille, la porte et le portefeuille' },
      { name: 'right piece is a longer known word', html: 'le site feuilles, le sitefeuilles et les feuilles' },
      { name: 'left piece is a short word', html: 'la voir près du lavoir' },
      { name: 'right piece capitalised (names, acronyms)', html: 'Direction Générale et directiongénérale' },
      { name: 'right piece a single letter (list point)', html: 'article 6 b et articleb' },
      { name: 'hyphen or digits attached', html: 'adresse e- mail, adresse email ; Office 365 Office365' },
      { name: '003 title: capitalised left piece followed by a fragment, no known whole', html: '1000Premier sjours' },
      { name: 'ordinary French sentence', html: "Les données sont conservées tant que l'agent exerce sa mission au sein de la direction" },
    ])('leaves alone: $name', ({ html, vocabulary }) => {
      expect(cleanText(html, vocabulary)).toBe(html);
    });
  });

  it.each([[undefined], [null], [42], [{}], ['<'], ['<p'], ['&#xFFFFFFF;'], ['- '], ['▪▪▪'], ['\u0001\u0002']])('never throws on %j', (input) => {
    expect(typeof cleanText(input as unknown as string)).toBe('string');
  });
});
