// Checks a "Date de dernière mise à jour" value against the register's dd/mm/yyyy habit, without repairing it.

/** Undefined when `text` is a real dd/mm/yyyy date, else why it is not. */
export function findDateProblem(text: string): string | undefined {
  const match = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  if (!match) return `malformed date "${text}" (expected dd/mm/yyyy), kept verbatim`;
  const [day, month, year] = match.slice(1).map(Number) as [number, number, number];
  // Date.UTC rolls 31/02 over into March: a round trip tells real calendar days from impossible ones.
  const date = new Date(Date.UTC(year, month - 1, day));
  const isCalendarDay =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return isCalendarDay ? undefined : `impossible date "${text}", kept verbatim`;
}
