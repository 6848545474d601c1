// Mentions of an impact assessment (AIPD/PIA) or a security accreditation in the registers.
import { describe, expect, it } from 'vitest';
import { detectDpia } from '../../../src/model/text/detect-dpia.ts';

describe('detectDpia', () => {
  it.each([
    {
      name: '004 security measures, mention without sentence punctuation',
      text: 'Bases de données sécurisée et hébergée dans les datacenter du MIOM AIPD validée le 13 septembre 2021\t\t',
      expected: { mentioned: true, text: 'Bases de données sécurisée et hébergée dans les datacenter du MIOM AIPD validée le 13 septembre 2021' },
    },
    {
      name: '004 security measures, AIPD and homologation in separate sentences',
      text: 'Bases de données sécurisée et hébergée dans les datacenter du MIOM. AIPD validée le 13 septembre 2021. Homologation SSI le 12 avril 2023 pour trois ans.',
      expected: { mentioned: true, text: 'AIPD validée le 13 septembre 2021. Homologation SSI le 12 avril 2023 pour trois ans.' },
    },
    {
      name: '004 SADC purposes, "homologuée"',
      text: "Système permettant un accès maîtrisé et sécurisé aux services et applications hébergés au sein des data centers de la DTNUM. La solution sera homologuée DR. Elle joue en particulier le rôle de passerelle de communication comme décrite dans l'II901.",
      expected: { mentioned: true, text: 'La solution sera homologuée DR.' },
    },
    { name: 'PIA', text: 'Un PIA a été conduit en 2022.', expected: { mentioned: true, text: 'Un PIA a été conduit en 2022.' } },
    { name: "analyse d'impact", text: "Nom, prénom. Une analyse d’impact est en cours.", expected: { mentioned: true, text: 'Une analyse d’impact est en cours.' } },
    { name: "étude d'impact", text: "<p>Étude d'impact sur la vie privée réalisée</p>", expected: { mentioned: true, text: "Étude d'impact sur la vie privée réalisée" } },
    { name: 'fields joined by newlines', text: 'NIS (Notice Individuelle de Sécurité)\nFichiers stockés sur un partage réseau sécurisé\n30/05/2023', expected: { mentioned: false } },
    { name: '004 security measures without mention', text: 'Fichiers stockés sur un partage réseau sécurisé et hébergé dans les datacenter du MIOM', expected: { mentioned: false } },
    { name: 'lowercase "pia" in a word or name is no mention', text: 'Olympia, pianiste, Pia Dupont', expected: { mentioned: false } },
    { name: "analyse des données is no mention", text: 'elle réalise une analyse des données qui transitent', expected: { mentioned: false } },
  ])('$name', ({ text, expected }) => {
    expect(detectDpia(text)).toEqual(expected);
  });

  it.each([[undefined], [null], [1], [{}], ['']])('never throws on %j', (input) => {
    expect(detectDpia(input as unknown as string).mentioned).toBe(false);
  });
});
