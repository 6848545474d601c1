// The reference date: what --as-of and ?as-of= accept, and the cut-off computed from it.
import { describe, expect, it } from 'vitest';
import { asOfSchema, todayAsOf } from '../../src/checks/as-of-date.ts';
import { subtractDuration } from '../../src/checks/subtract-duration.ts';

describe('asOfSchema', () => {
  it.each(['2026-11-22', '2024-02-29', '1999-12-31'])('accepts %s', (text) => {
    expect(asOfSchema.safeParse(text).success).toBe(true);
  });
  it.each(['2026-02-30', '2025-02-29', '2026-13-01', '2026-1-5', '22/11/2026', 'today', '', '2026-11-22T00:00:00Z'])('refuses %j', (text) => {
    expect(asOfSchema.safeParse(text).success).toBe(false);
  });
  it('gives today as a valid date', () => {
    expect(todayAsOf(new Date(2026, 10, 22, 23, 59))).toBe('2026-11-22');
    expect(asOfSchema.safeParse(todayAsOf()).success).toBe(true);
  });
});

describe('subtractDuration', () => {
  it.each([
    ['2026-11-22', 'P3Y', '2023-11-22'],
    ['2024-02-29', 'P1Y', '2023-02-28'], // the day is clamped to the month, as XML Schema does
    ['2026-03-31', 'P1M', '2026-02-28'],
    ['2026-01-15', 'P1Y2M', '2024-11-15'],
    ['2026-03-01', 'P1D', '2026-02-28'],
    ['2026-11-22', 'P0D', '2026-11-22'],
  ])('%s minus %s is %s', (date, duration, expected) => {
    expect(subtractDuration(date, duration)).toBe(expected);
  });
  it.each(['P', 'PT3H', '-P3Y', 'P3W', '3Y'])('refuses the duration %j', (duration) => {
    expect(() => subtractDuration('2026-11-22', duration)).toThrow(/unsupported duration/);
  });
});
