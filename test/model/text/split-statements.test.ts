// Purposes and recipients cells of the registers cut into their items.
import { describe, expect, it } from 'vitest';
import { splitStatements } from '../../../src/model/text/split-statements.ts';

describe('splitStatements', () => {
  it.each([
    {
      name: '001 6PO purposes, <p> items',
      html: "<p>Outil de pilotage pluriannuel des objectifs et des programmes menés par les ARS</p> <p>Suivi transversal des actions menées au sein de chaque ARS et avec l'administration centrale</p> <p>Export et fiches de restitution au format de synthèse</p>",
      expected: [
        'Outil de pilotage pluriannuel des objectifs et des programmes menés par les ARS',
        "Suivi transversal des actions menées au sein de chaque ARS et avec l'administration centrale",
        'Export et fiches de restitution au format de synthèse',
      ],
    },
    {
      name: '000 Gestion locale RH purposes, page-joined: text, <li>- items, text between lists',
      html: 'Gestion du personnel - Installation de l\'agent et circuits signature <ul style="list-style-type: none"> <li>- Suivi des nominations et cessations de fonctions</li> <li>- Suivi des personnes ayant délégation de signature</li> </ul> Suivi des entretiens professionnels <ul style="list-style-type: none"> <li>- Suivi de la formation</li> </ul>',
      expected: [
        "Gestion du personnel - Installation de l'agent et circuits signature",
        'Suivi des nominations et cessations de fonctions',
        'Suivi des personnes ayant délégation de signature',
        'Suivi des entretiens professionnels',
        'Suivi de la formation',
      ],
    },
    {
      name: '001 Fiche Commune Entreprise purposes, "- " items after ":" and a paragraph cut by a page break',
      html: 'Offrir une vue sur toutes les entreprises françaises aux employés concernés de l\'administration pour exercer leurs missions : - Centraliser les informations détenues par l\'administration et ses <p>différents services au sujet d\'une entreprise ;</p> <ul style="list-style-type: none"> - Faciliter l\'accès et le partage de l\'information entre les entreprises et l\'administration.',
      expected: [
        "Offrir une vue sur toutes les entreprises françaises aux employés concernés de l'administration pour exercer leurs missions :",
        "Centraliser les informations détenues par l'administration et ses différents services au sujet d'une entreprise",
        "Faciliter l'accès et le partage de l'information entre les entreprises et l'administration.",
      ],
    },
    {
      name: '001 Pass-ITSM purposes, ";" separated',
      html: 'Traitement et suivi des incidents et des demandes bureautique et téléphonique ; Traitement et suivi des demandes de changements, de la gestion de parc (matériels, licences logicielles, inventaires...), des connaissances et de gestion des configurations',
      expected: [
        'Traitement et suivi des incidents et des demandes bureautique et téléphonique',
        'Traitement et suivi des demandes de changements, de la gestion de parc (matériels, licences logicielles, inventaires...), des connaissances et de gestion des configurations',
      ],
    },
    {
      name: '003 MANO purposes, • bullets with trailing ";"',
      html: '<ul style="list-style-type: none"> • Planifier des actions à réaliser en lien avec les besoins individuels des personnes sans abri ; • Collecter et partager des informations relatives aux populations',
      expected: ['Planifier des actions à réaliser en lien avec les besoins individuels des personnes sans abri', 'Collecter et partager des informations relatives aux populations'],
    },
    {
      name: '002 Office365 recipients, paragraph ending on a dash',
      html: '<p>Interne aux ministères sociaux –</p> <p>Microsoft (gestion des licences d\'accès au logiciel)</p>',
      expected: ["Interne aux ministères sociaux – Microsoft (gestion des licences d'accès au logiciel)"],
    },
    {
      name: '003 E-mjpm recipients, paragraph cut mid-phrase',
      html: "<p>Agents habilités du projet e-mjpm et de la Fabrique</p> <p>numérique des ministères sociaux ;</p> <p>Mandataire concerné ;</p>",
      expected: ['Agents habilités du projet e-mjpm et de la Fabrique numérique des ministères sociaux', 'Mandataire concerné'],
    },
    {
      name: '004 purposes, flattened "- " list (every dash before a capital)',
      html: 'Suivi des apprentis - Relations avec l\'école - Etablissement de sa rémunération',
      expected: ['Suivi des apprentis', "Relations avec l'école", 'Etablissement de sa rémunération'],
    },
    {
      name: '004 FR-ALERT purposes, lowercase items after ":"',
      html: 'Permettre au citoyen de recevoir des confirmations SMS des manipulations réalisées sur le portail web FR-ALERT : - inscription - modification des informations le concernant - désinscription',
      expected: ['Permettre au citoyen de recevoir des confirmations SMS des manipulations réalisées sur le portail web FR-ALERT :', 'inscription', 'modification des informations le concernant', 'désinscription'],
    },
    {
      name: '004 recipients, <ul> with "- " items',
      html: '<ul style="list-style-type: none"> Pour les agents membres des équipes support (DTNUM) - Les administrateurs fonctionnels (soumis à la charte de confidentialité de la DTNUM) - Le CSN pour l\'import des données ICASSO ',
      expected: ['Pour les agents membres des équipes support (DTNUM)', 'Les administrateurs fonctionnels (soumis à la charte de confidentialité de la DTNUM)', "Le CSN pour l'import des données ICASSO"],
    },
    {
      name: '003 Reva recipients, ";" list whose dashes pair an acronym with its expansion',
      html: 'Ministère de l\'agriculture ; DAVA - Dispositif Académique de Validation des Acquis ; ASP - Agence de Services et de Paiement ; FEPEM - Branche Particulier-Employeur',
      expected: ["Ministère de l'agriculture", 'DAVA - Dispositif Académique de Validation des Acquis', 'ASP - Agence de Services et de Paiement', 'FEPEM - Branche Particulier-Employeur'],
    },
    {
      name: '001 recipients, a single dash is not a list',
      html: 'Interne aux ministères sociaux - Microsoft',
      expected: ['Interne aux ministères sociaux - Microsoft'],
    },
    {
      name: '000 Gestion locale RH data, lowercase dashes are not a list',
      html: 'Environ 1 an pour les fiches arrivées - départs - mobilité',
      expected: ['Environ 1 an pour les fiches arrivées - départs - mobilité'],
    },
    { name: 'parentheses keep their ";"', html: 'Organismes (CNAM ; CNAV) ; CAF', expected: ['Organismes (CNAM ; CNAV)', 'CAF'] },
    { name: 'empty cell', html: '<p> </p> <ul><li>- </li></ul>', expected: [] },
  ])('$name', ({ html, expected }) => {
    expect(splitStatements(html)).toEqual(expected);
  });

  it.each([[undefined], [null], [7], ['<li>'], [';;;'], ['- - -']])('never throws on %j', (input) => {
    expect(Array.isArray(splitStatements(input as unknown as string))).toBe(true);
  });
});
