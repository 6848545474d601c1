// Reads a French-written date ("30/05/2023", "13 septembre 2021") into an ISO date, or says why it can't.
import { replaceTags } from '../../text/replace-tags.ts';
import { stripMarks } from '../../text/fold.ts';
import { coerceText } from './clean-text.ts';

export interface FrenchDate {
  /** The input, whitespace collapsed. */
  text: string;
  /** YYYY-MM-DD, only when a full, valid calendar date was written. */
  date?: string;
  warning?: string;
}

const MONTHS: Record<string, number> = {
  janvier: 1, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, aout: 8, septembre: 9,
  octobre: 10, novembre: 11, decembre: 12, janv: 1, fevr: 2, fev: 2, avr: 4, juil: 7, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH_NAMES = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');

/** Day/month/year (numeric or with a month name); month-only or year-only dates are imprecise, not guessed. */
export function parseFrenchDate(text: string): FrenchDate {
  const raw = coerceText(text);
  const clean = replaceTags(raw).replace(/\s+/g, ' ').trim();
  if (clean === '') return { text: clean };
  // Matching runs on an accent-free lowercase copy; the reported text stays as written.
  const folded = stripMarks(clean).toLowerCase();

  const numeric = /(?<!\d)(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})(?!\d)/.exec(folded);
  if (numeric) return buildDate(clean, Number(numeric[4]), Number(numeric[3]), Number(numeric[1]));
  const iso = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(folded);
  if (iso) return buildDate(clean, Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const named = new RegExp(`(?<![\\p{L}\\d])(1er|\\d{1,2})\\s+(${MONTH_NAMES})\\.?\\s+(\\d{4})(?!\\d)`, 'u').exec(folded);
  if (named) return buildDate(clean, Number(named[3]), MONTHS[named[2] as string] ?? 0, named[1] === '1er' ? 1 : Number(named[1]));
  const monthYear = new RegExp(`(?<![\\p{L}])(${MONTH_NAMES})\\.?\\s+(\\d{4})(?!\\d)`, 'u').exec(folded);
  if (monthYear) return { text: clean, warning: `imprecise date "${clean}": month and year only` };
  if (/^(?:en\s+|annee\s+)?\d{4}\.?$/.test(folded)) return { text: clean, warning: `imprecise date "${clean}": year only` };
  if (/\d/.test(folded)) return { text: clean, warning: `malformed date "${clean}"` };
  return { text: clean, warning: `no date in "${clean}"` };
}

function buildDate(text: string, year: number, month: number, day: number): FrenchDate {
  const valid =
    year >= 1900 && year <= 2100 && month >= 1 && month <= 12 && day >= 1 && day <= countDaysInMonth(year, month);
  if (!valid) return { text, warning: `invalid calendar date "${text}"` };
  const pad = (n: number) => String(n).padStart(2, '0');
  return { text, date: `${year}-${pad(month)}-${pad(day)}` };
}

function countDaysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
