// The reference date of the checks: a real calendar date written YYYY-MM-DD, today by default.
import { z } from 'zod';

export const asOfSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written YYYY-MM-DD, e.g. 2026-11-22')
  // Date.parse accepts 2026-02-30 as 2 March: the round trip catches such dates.
  .refine((text) => {
    const time = Date.parse(`${text}T00:00:00Z`);
    return !Number.isNaN(time) && new Date(time).toISOString().startsWith(text);
  }, 'no such day in the calendar');

/** Today in local time: the date a user in France reads on their calendar, not UTC's. */
export function todayAsOf(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
