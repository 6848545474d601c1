// Picks out of a data-categories cell the sentences and clauses that state how long data is kept.
import { trimTrailing } from '../../text/match-tail.ts';
import type { Language } from '../language.ts';
import { splitSegments } from './clean-text.ts';

interface Cues {
  /** Words that only occur in these registers when a retention is being stated. */
  readonly keyword: RegExp;
  readonly period: RegExp;
  /** A bare period counts when it closes the clause or starts a relative span. */
  readonly afterPeriod: RegExp;
  /** A period after these words is an age or a size, not a retention. */
  readonly beforePeriodAge: RegExp;
}

const FRENCH: Cues = {
  keyword: /(?:conserv|durée|duree|rétention|retention|supprim|purg|effac|détrui|detrui|tant qu|temps d['’]usage|le temps de|limitée?s? à|jusqu['’])/iu,
  period:
    /(?<![\p{L}\p{N}])(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente)\s*(?:ans?|années?|mois|semaines?|jours?|heures?)(?![\p{L}])/giu,
  // "Informations de connexion 1 an" counts; one closing a parenthesis or following "moins de" is an age or a
  // size ("usagers de moins de 25 ans)").
  afterPeriod: /^(?:[\s.,;]*$|\s*(?:à compter|à compte|après|apres|max|au maximum|puis|glissant|suivant|au terme))/iu,
  beforePeriodAge: /(?:moins de|plus de|âgée?s? de|age de|âge de)\s*$/iu,
};

// "duration" is no cue in English: the EU records list "duration of employment" among the data.
const ENGLISH: Cues = {
  keyword: /(?<![\p{L}])(?:kept|keep|stored|storing|retain(?:ed)?|retention|delet(?:e|ed|ion)|erase[ds]?|destroy(?:ed)?|purged?|time[- ]limits?|until|as long as)(?![\p{L}])/iu,
  period:
    /(?<![\p{L}\p{N}])(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)(?:\s*\(\s*\d+\s*\))?(?:\s*|-)(?:years?|months?|weeks?|days?|hours?)(?![\p{L}])/giu,
  afterPeriod: /^(?:[\s.,;]*$|\s*(?:from|after|following|max(?:imum)?|at (?:the )?most|then|rolling))/iu,
  beforePeriodAge: /(?:under|over|aged|younger than|older than|at least)\s*$/iu,
};

const CUES: Readonly<Record<Language, Cues>> = { fr: FRENCH, en: ENGLISH };

/** Retention clauses of a cell (HTML or plain), cleaned, in source order, exact repeats removed. */
export function findRetentionStatements(cellText: string, language: Language = 'fr'): string[] {
  const cues = CUES[language] ?? FRENCH;
  const found: string[] = [];
  for (const segment of splitSegments(cellText, { mode: 'clauses' })) {
    const text = trimTrailing(segment.text, /[\s,;]/);
    if (!isRetention(text, cues)) continue;
    if (!found.includes(text)) found.push(text);
  }
  return found;
}

function isRetention(text: string, cues: Cues): boolean {
  if (cues.keyword.test(text)) return true;
  for (const m of text.matchAll(cues.period)) {
    const at = m.index ?? 0;
    if (cues.beforePeriodAge.test(text.slice(Math.max(0, at - 20), at))) continue;
    // What follows the period decides; a bounded window, since a slice to the end for every period is quadratic.
    const end = at + m[0].length;
    // A noncharacter closes a cut window, so that "only punctuation until the end" cannot match at the cut.
    if (cues.afterPeriod.test(text.length > end + 200 ? `${text.slice(end, end + 200)}\uFFFF` : text.slice(end))) return true;
  }
  return false;
}
