// An ISO 8601 duration as a number of months (xsd:decimal text), the portable form that queries compare.

/** Days in the average month of the Gregorian calendar (365.2425 / 12): how weeks, days and hours become months. */
export const DAYS_PER_MONTH = 30.436875;

/** Decimal places kept: a millionth of a month is under three seconds, finer than any retention period. */
const PLACES = 6;

/**
 * "P3Y" → "36", "P13M" → "13", "P1Y1D" → "12.032855", "P0D" → "0"; undefined when `iso` is no ISO 8601 duration.
 * Years and months are exact (12 months a year); the time of day and days count at the Gregorian average month,
 * so that P1Y1D stays longer than P1Y and P30D shorter than P1M, as xsd:duration orders them.
 */
export function countDurationMonths(iso: string): string | undefined {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(iso);
  if (!m || iso === 'P' || iso.endsWith('T')) return undefined;
  const [years, months, weeks, days, hours, minutes, seconds] = m.slice(1).map((n) => (n === undefined ? 0 : Number(n))) as number[];
  const whole = years! * 12 + months!;
  const dayCount = weeks! * 7 + days! + (hours! + (minutes! + seconds! / 60) / 60) / 24;
  if (dayCount === 0) return String(whole);
  // Rounded up: a period of a few seconds is still longer than none.
  const fraction = Math.ceil((dayCount / DAYS_PER_MONTH) * 10 ** PLACES);
  const total = BigInt(whole) * 10n ** BigInt(PLACES) + BigInt(fraction);
  const text = total.toString().padStart(PLACES + 1, '0');
  return `${text.slice(0, -PLACES)}.${text.slice(-PLACES)}`.replace(/\.?0+$/, '');
}
