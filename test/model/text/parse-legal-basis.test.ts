// GDPR and LIL lawful bases: every form of register 004 and the free-text wordings of the other registers.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGdprLegalBasis, parseLilBasis } from '../../../src/model/text/parse-legal-basis.ts';

const REGISTER_004 = readFileSync(new URL('../../../data/registers/004_72dad74edd3dbafe.txt', import.meta.url), 'utf8').split('\n');
const valuesOf = (label: string) => REGISTER_004.filter((l) => l.startsWith(`${label}\t`)).map((l) => l.split('\t').slice(1).join(' ').trim());

describe('parseGdprLegalBasis', () => {
  it.each([
    // The four distinct "Base de licéité - RGPD" values of 004 (e is written once without its "d'").
    { text: 'RGPD Article 6 (1) f : Le traitement est nécessaire aux fins des intérêts légitimes poursuivis par le responsable du traitement', bases: ['A6-1-f'] },
    { text: "RGPD Article 6 (1) b : le traitement est nécessaire à l'exécution d'un contrat auquel la personne concernée est partie ou à l'exécution de mesures précontractuelles prises à la demande de celle-ci", bases: ['A6-1-b'] },
    { text: "RGPD Article 6 (1) c : Le traitement est nécessaire au respect d'une obligation légale à laquelle le responsable du traitement est soumis", bases: ['A6-1-c'] },
    { text: "RGPD Article 6 (1) e : Le traitement est nécessaire à l'exécution d'une mission l'intérêt public ou relevant de l'exercice de l'autorité publique dont est investi le responsable du traitement", bases: ['A6-1-e'] },
    // Article references in other spellings.
    { text: 'article 6.1.e du RGPD', bases: ['A6-1-e'] },
    { text: 'Art. 6-1-c RGPD', bases: ['A6-1-c'] },
    { text: 'RGPD, art. 6(1)(a) et 9(2)(a)', bases: ['A6-1-a', 'A9-2-a'] },
    { text: 'article 6, paragraphe 1, point d', bases: ['A6-1-d'] },
    { text: 'Article 9.2.h du RGPD (médecine préventive)', bases: ['A9-2-h'] },
    // Free-text wordings.
    { text: "Mission d'intérêt public", bases: ['A6-1-e'] },
    { text: 'Obligation légale', bases: ['A6-1-c'] },
    { text: "Exécution d'un contrat", bases: ['A6-1-b'] },
    { text: 'Mesures précontractuelles', bases: ['A6-1-b'] },
    { text: 'Consentement de la personne', bases: ['A6-1-a'] },
    { text: 'Intérêts légitimes du responsable', bases: ['A6-1-f'] },
    { text: 'Sauvegarde des intérêts vitaux', bases: ['A6-1-d'] },
    { text: 'Traitement sans consentement, fondé sur une obligation légale', bases: ['A6-1-c'] },
    { text: 'Article L. 1111-2 du code de la santé publique', bases: [] },
  ])('$text', ({ text, bases }) => {
    expect(parseGdprLegalBasis(text)).toEqual({ bases, stated: true });
  });

  it.each([['Non'], ['non'], ['Sans objet'], ['Néant'], ['N/A'], ['-'], [''], ['<p> </p>']])('%j is not a stated basis', (text) => {
    expect(parseGdprLegalBasis(text)).toEqual({ bases: [], stated: false });
  });

  it('recognises the basis of every treatment of 004', () => {
    const values = valuesOf('Base de licéité - RGPD');
    expect(values).toHaveLength(36);
    for (const v of values) expect(parseGdprLegalBasis(v).bases).toHaveLength(1);
  });

  it.each([[undefined], [null], [6], [{}], ['article 6 (1) z'], ['((((']])('never throws on %j', (input) => {
    expect(parseGdprLegalBasis(input as unknown as string).bases).toBeInstanceOf(Array);
  });
});

describe('parseLilBasis', () => {
  it.each([
    { text: 'Non', expected: { stated: false, text: 'Non' } },
    { text: 'Non\t', expected: { stated: false, text: 'Non' } },
    { text: 'Sans objet', expected: { stated: false, text: 'Sans objet' } },
    { text: '', expected: { stated: false, text: '' } },
    { text: 'Article 87 de la loi n° 78-17', expected: { stated: true, text: 'Article 87 de la loi n° 78-17' } },
  ])('$text', ({ text, expected }) => {
    expect(parseLilBasis(text)).toEqual(expected);
  });

  it('reads every Titre III and Titre IV value of 004 as not stated', () => {
    const values = [...valuesOf('Base de licéité - Titre III LIL (police-justice)'), ...valuesOf("Base de licéité - Titre IV LIL (renseignement, sûreté de l'Etat)")];
    expect(values).toHaveLength(72);
    for (const v of values) expect(parseLilBasis(v).stated).toBe(false);
  });

  it.each([[undefined], [null], [{}]])('never throws on %j', (input) => {
    expect(parseLilBasis(input as unknown as string).stated).toBe(false);
  });
});
