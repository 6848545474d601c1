// Answers to "Existence de transferts de données hors UE".
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTransfer } from '../../../src/model/text/parse-transfer.ts';

describe('parseTransfer', () => {
  it.each([
    { text: 'Non', expected: { stated: 'none', countries: [] } },
    { text: 'Non\t\t', expected: { stated: 'none', countries: [] } },
    { text: 'Aucun transfert', expected: { stated: 'none', countries: [] } },
    { text: 'Sans objet', expected: { stated: 'none', countries: [] } },
    { text: 'Non (hébergement en France)', expected: { stated: 'none', countries: [] } },
    { text: "Les données ne sont pas transférées hors de l'UE", expected: { stated: 'none', countries: [] } },
    { text: 'Oui', expected: { stated: 'yes', countries: [] } },
    { text: 'Oui, Etats-Unis', expected: { stated: 'yes', countries: ['US'] } },
    { text: 'Oui : États-Unis et Royaume-Uni', expected: { stated: 'yes', countries: ['US', 'GB'] } },
    { text: 'Support Microsoft depuis les USA et l\'Inde', expected: { stated: 'yes', countries: ['US', 'IN'] } },
    { text: 'Non, sauf maintenance depuis la Suisse', expected: { stated: 'yes', countries: ['CH'] } },
    { text: 'Hébergement chez un prestataire', expected: { stated: 'not-stated', countries: [] } },
    { text: 'Nous vous informons', expected: { stated: 'not-stated', countries: [] } },
    { text: '', expected: { stated: 'not-stated', countries: [] } },
    { text: '<p> </p>', expected: { stated: 'not-stated', countries: [] } },
  ])('$text', ({ text, expected }) => {
    expect(parseTransfer(text)).toEqual(expected);
  });

  it('reads every transfer answer of 004 as none', () => {
    const values = readFileSync(new URL('../../../data/registers/004_72dad74edd3dbafe.txt', import.meta.url), 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('Existence de transferts de données hors UE\t'))
      .map((l) => l.split('\t').slice(1).join(' '));
    expect(values).toHaveLength(36);
    for (const v of values) expect(parseTransfer(v)).toEqual({ stated: 'none', countries: [] });
  });

  it.each([[undefined], [null], [0], [{}]])('never throws on %j', (input) => {
    expect(parseTransfer(input as unknown as string).stated).toBe('not-stated');
  });
});
