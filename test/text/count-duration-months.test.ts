// Durations as months: exact for years and months, at the Gregorian average month for days and time.
import { describe, expect, it } from 'vitest';
import { countDurationMonths } from '../../src/text/count-duration-months.ts';

describe('countDurationMonths', () => {
  it.each([
    ['P3Y', '36'],
    ['P13M', '13'],
    ['P1Y2M', '14'],
    ['P0D', '0'],
    ['P30D', '0.985647'],
    ['P1Y1D', '12.032855'],
    ['P2W', '0.459969'],
    ['PT24H', '0.032855'],
    ['P93D', '3.055505'],
  ])('%s → %s', (iso, months) => {
    expect(countDurationMonths(iso)).toBe(months);
  });

  it('keeps the order xsd:duration gives where it gives one', () => {
    const months = (iso: string) => Number(countDurationMonths(iso));
    expect(months('P1Y1D')).toBeGreaterThan(months('P1Y'));
    expect(months('P13M')).toBeGreaterThan(months('P1Y'));
    expect(months('P30D')).toBeLessThan(months('P1M'));
    expect(months('PT1S')).toBeGreaterThan(0);
  });

  it.each(['', 'P', 'PT', '3Y', 'P1.5Y', 'P-1Y'])('reads %j as no duration', (text) => {
    expect(countDurationMonths(text)).toBeUndefined();
  });
});
