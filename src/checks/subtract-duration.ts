// Date arithmetic for the freshness checks: YYYY-MM-DD minus an xsd:duration made of years, months and days.

/**
 * As XML Schema adds durations (appendix E): years and months first, the day clamped to the month's length
 * (2024-02-29 minus P1Y is 2023-02-28), then the days.
 */
export function subtractDuration(date: string, duration: string): string {
  const match = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?$/.exec(duration);
  if (!match || duration === 'P') throw new Error(`unsupported duration "${duration}": only years, months and days (e.g. P3Y)`);
  const [years, months, days] = [match[1], match[2], match[3]].map((n) => Number(n ?? 0)) as [number, number, number];
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const monthIndex = y * 12 + (m - 1) - (years * 12 + months);
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const result = new Date(Date.UTC(year, month, Math.min(d, lastDay) - days));
  // Years before 1000 would need padding; registers are not that old.
  return result.toISOString().slice(0, 10);
}
