// Tests reading a retention's anchor event from real register wordings (quoted with their lines) and the three the issue names.
import { describe, expect, it } from 'vitest';
import { locateRetentionAnchor, parseRetentionEvent } from '../../../src/model/text/parse-retention-event.ts';
import type { Retention, RetentionEvent } from '../../../src/model/treatment.ts';

const rows: readonly { text: string; kind: Retention['kind']; language?: 'fr' | 'en'; event: RetentionEvent | undefined }[] = [
  // The three of issue 16.
  { text: "3 ans après le départ de l'agent", kind: 'duration', event: { relation: 'after', text: "le départ de l'agent" } },
  { text: '6 ans à compter de la validation', kind: 'duration', event: { relation: 'after', text: 'la validation' } },
  { text: "jusqu'à la fin de la sélection", kind: 'until-event', event: { relation: 'until', text: 'la fin de la sélection' } },
  // The CNIL fiche's example: "5 ans à compter du versement de la paie".
  { text: 'Bulletins de paie : 5 ans à compter du versement de la paie', kind: 'duration', event: { relation: 'after', text: 'versement de la paie' } },
  { text: '5 ans à compter du versement de la paie', kind: 'duration', event: { relation: 'after', text: 'versement de la paie' } },
  { text: "1 an à partir de l'inscription", kind: 'duration', event: { relation: 'after', text: "l'inscription" } },
  // 004:79 HAXO, 004:94 antivirus, 002:12 Collecte-Pro, 003:66 Reva.
  { text: "Rétention des comptes : 3 ans après le départ de l'agent.", kind: 'duration', event: { relation: 'after', text: "le départ de l'agent" } },
  { text: "Pour les agents : effacement des données 2 mois après l'inactivité du poste.", kind: 'duration', event: { relation: 'after', text: "l'inactivité du poste" } },
  { text: "conservée 1 an après la fermeture de l'espace", kind: 'duration', event: { relation: 'after', text: "la fermeture de l'espace" } },
  { text: "Conservation Jusqu'à 3 mois après l'obtention du diplôme", kind: 'duration', event: { relation: 'after', text: "l'obtention du diplôme" } },
  // 004:167 NOEMI: the period counted from the end of a span.
  { text: "Durée de dotation de l'agent + 6 ans (délai de prescription d'action pénale)", kind: 'duration', event: { relation: 'after', text: "dotation de l'agent" } },
  // 004:200 Cloud PI: "après que …".
  { text: 'données supprimées 2 ans après que le compte soit sans activité', kind: 'duration', event: { relation: 'after', text: 'le compte soit sans activité' } },
  // Not an event: "après 3 mois" is the period (004:95); "y compris après le départ" does not start it (004:573).
  { text: 'Pour les administrateurs techniques : effacement des données après 3 mois.', kind: 'duration', event: undefined },
  { text: "L'ensemble des données … sont conservés un an y compris après le départ de l'agent.", kind: 'duration', event: undefined },
  { text: 'Durée de conservation : 4 ans', kind: 'duration', event: undefined },
  // Until an event, while a state lasts (004:48, 001:8, 004:266, 004:245 "Fin du marché").
  { text: "Conservées jusqu'au départ de la DTNUM de l'agent", kind: 'until-event', event: { relation: 'until', text: "départ de la DTNUM de l'agent" } },
  { text: "Durée : tant que l'agent exerce sa mission", kind: 'until-event', event: { relation: 'while', text: "l'agent exerce sa mission" } },
  { text: "Durée de la présence de l'apprenti à la DTNUM", kind: 'until-event', event: { relation: 'while', text: "présence de l'apprenti à la DTNUM" } },
  { text: 'Les données et paramètres de compte sont purgés au moment de la suppression de son compte', kind: 'until-event', event: { relation: 'until', text: 'la suppression de son compte' } },
  { text: 'Fin du marché', kind: 'until-event', event: { relation: 'until', text: 'Fin du marché' } },
  // "Durée de conservation …" is the subject, not a span; a retention aligned on another system's names no event.
  { text: 'Durée de conservation des données identique à celle des systèmes sources (SIV).', kind: 'until-event', event: undefined },
  // English (EU records): 01a:87-93.
  { text: '2 years after the closure of the selection process for applicants not recruited', kind: 'duration', language: 'en', event: { relation: 'after', text: 'the closure of the selection process' } },
  { text: '10 years from the end of the period worked by a recruited applicant.', kind: 'duration', language: 'en', event: { relation: 'after', text: 'the end of the period worked by a recruited applicant' } },
  { text: 'health data, if communicated by the candidate (as mentioned above) are stored until the end of the selection process, then they are deleted.', kind: 'until-event', language: 'en', event: { relation: 'until', text: 'the end of the selection process' } },
  { text: 'The data collected for mission management are kept as a rule for a maximum of seven (7) years.', kind: 'duration', language: 'en', event: undefined },
  { text: 'Toutes les données sont conservées sans limitation de durée actuellement', kind: 'unlimited', event: undefined },
];

describe('parseRetentionEvent', () => {
  it.each(rows)('$text → $event', ({ text, kind, language, event }) => {
    expect(parseRetentionEvent({ text, kind }, language ?? 'fr')).toEqual(event);
  });

  it.each([
    { text: 'Logs de connexion : Conservation 1 an', kind: 'duration' as const, subject: 'Logs de connexion : Conservation ' },
    { text: 'Noms, prénoms, mots de passe et log sont conservés 1 an.', kind: 'duration' as const, subject: 'Noms, prénoms, mots de passe et log sont conservés ' },
    { text: "Site 1000PremiersJours PRO EPDS : Conservation : 1 an à compter de la réalisation du questionnaire.", kind: 'duration' as const, subject: 'Site 1000PremiersJours PRO EPDS : Conservation : ' },
    { text: 'health data, if communicated are stored until the end of the selection process', kind: 'until-event' as const, subject: 'health data, if communicated are stored ' },
  ])('locates the rule in "$text" after what it is about', ({ text, kind, subject }) => {
    const at = locateRetentionAnchor({ text, kind }, /^[a-z]/.test(text) && text.startsWith('health') ? 'en' : 'fr');
    expect(text.slice(0, at)).toBe(subject);
  });
});
