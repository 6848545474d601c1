// ISO 8601 durations in words, as the pages, the explorer and the graph's labels show them.
import { describe, expect, it } from 'vitest';
import { describeDuration } from '../../src/text/describe-duration.ts';

describe('describeDuration', () => {
  it.each([
    ['P10Y', 'fr', '10 ans'],
    ['P1Y', 'fr', '1 an'],
    ['P13M', 'fr', '13 mois'],
    ['P1Y1D', 'fr', '1 an et 1 jour'],
    ['P2Y6M15D', 'fr', '2 ans, 6 mois et 15 jours'],
    ['P3W', 'fr', '3 semaines'],
    ['PT12H', 'fr', '12 heures'],
    ['P7Y', 'en', '7 years'],
    ['P1Y1M', 'en', '1 year and 1 month'],
  ] as const)('%s in %s: %s', (iso, language, words) => {
    expect(describeDuration(iso, language)).toBe(words);
  });

  it.each(['', 'P', 'PT', '3 ans', 'P3', 'P1.5Y'])('gives nothing for %j', (text) => {
    expect(describeDuration(text)).toBeUndefined();
  });
});
