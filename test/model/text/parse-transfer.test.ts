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

describe('parseTransfer in English (EU institution records)', () => {
  it.each([
    { text: 'No', expected: { stated: 'none', countries: [] } }, // 01a:101, 03:69, 05:80
    { text: 'n/a', expected: { stated: 'none', countries: [] } },
    { text: 'None.', expected: { stated: 'none', countries: [] } },
    { text: 'No transfer outside the EU/EEA', expected: { stated: 'none', countries: [] } },
    { text: 'Personal data are not transferred to third countries.', expected: { stated: 'none', countries: [] } },
    { text: 'Yes', expected: { stated: 'yes', countries: [] } },
    { text: 'Yes, to the United States (standard contractual clauses)', expected: { stated: 'yes', countries: ['US'] } },
    { text: 'Support from India and the UK', expected: { stated: 'yes', countries: ['IN', 'GB'] } },
    { text: 'No, except maintenance from Switzerland', expected: { stated: 'yes', countries: ['CH'] } },
    // 57:147, then AirPlus' providers "[located in Europe]": a transfer, no third country named.
    {
      text: 'Personal data are being transferred outside of EU and EEA by Lufthansa AirPlus. AirPlus shares your data with service providers [located in Europe].',
      expected: { stated: 'yes', countries: [] },
    },
    { text: 'Hosted by a contractor', expected: { stated: 'not-stated', countries: [] } },
    { text: '', expected: { stated: 'not-stated', countries: [] } },
  ])('$text', ({ text, expected }) => {
    expect(parseTransfer(text, 'en')).toEqual(expected);
  });

  it('reads the whole transfers item of record 57 as a transfer to unnamed third countries', () => {
    const lines = readFileSync(new URL('../../../data/registers/eu-edps_record-57_corporate-credit-card_pdftotext-layout_en.txt', import.meta.url), 'utf8').split('\n');
    // 57:147-172, the description column only.
    const text = lines.slice(146, 172).map((l) => l.slice(47)).join(' ');
    expect(parseTransfer(text, 'en')).toEqual({ stated: 'yes', countries: [] });
  });

  it('keeps French and English apart: "No" is no French answer, "Non" no English one', () => {
    expect(parseTransfer('No').stated).toBe('not-stated');
    expect(parseTransfer('Non', 'en').stated).toBe('not-stated');
  });
});
