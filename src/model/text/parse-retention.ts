// Reads one retention statement into typed entries: ISO-8601 periods, event-bound, unlimited or unspecified.
import { replaceTail, trimTrailing } from '../../text/match-tail.ts';
import type { Retention } from '../treatment.ts';
import type { Language } from '../language.ts';
import { coerceText, cleanText, splitSegments } from './clean-text.ts';
import { foldKeepingLength } from '../../text/fold.ts';

/**
 * Each clause of the statement is scanned for anchors (explicit periods, events such as "jusqu'au départ",
 * "sans limitation de durée"); anchors that belong together ("5 ans après le départ", "Durée de dotation
 * + 6 ans") form one entry, the others split the clause at the nearest delimiter, so each entry keeps its
 * own clause text. A statement without any anchor yields one 'unspecified' entry.
 * English statements (EU institution records) are read with the English words for the same notions ("2 years
 * after the closure of …", "five (5) years", "until the end of …", "indefinitely").
 */
export function parseRetention(statement: string, language: Language = 'fr'): Retention[] {
  const source = coerceText(statement);
  const grammar = GRAMMARS[language] ?? FRENCH;
  const entries = splitSegments(source, { mode: 'clauses' }).flatMap((s) => readClause(s.text, grammar));
  if (entries.length > 0) return entries;
  const whole = cleanText(source);
  return whole === '' ? [] : [{ text: whole, kind: 'unspecified' }];
}

// ---------------------------------------------------------------------------------------------

type Unit = 'Y' | 'M' | 'W' | 'D' | 'H' | 'MIN';
type Parts = Partial<Record<Unit, number>>;
const UNIT_ORDER: Unit[] = ['Y', 'M', 'W', 'D', 'H', 'MIN'];

interface Anchor {
  kind: 'period' | 'event' | 'unlimited';
  start: number;
  end: number;
  parts?: Parts;
  /** For periods: where the relative span ("après le départ de l'agent") that belongs to it ends. */
  tailEnd?: number;
}

interface Group {
  start: number;
  end: number;
  period?: Parts;
  tailEnd: number;
  event: boolean;
  unlimited: boolean;
}

const FRENCH_NUMBER_WORDS: Record<string, number> = {
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
  onze: 11, douze: 12, quinze: 15, vingt: 20, trente: 30,
};
const FRENCH_NUMBER = `(\\d{1,6}|${Object.keys(FRENCH_NUMBER_WORDS).join('|')})`;
const FRENCH_PERIOD = new RegExp(`(?<![\\p{L}\\p{N}]|\\d[.,])${FRENCH_NUMBER}\\s*(ans?|annees?|mois|semaines?|jours?|heures?|minutes?)(?![\\p{L}\\p{N}])`, 'gu');
// Words that qualify a period and belong to its clause ("au maximum 6 mois", "moins d'un mois").
const FRENCH_QUALIFIERS = /(?:(?:jusqu'\s*a|pendant|durant|sur|pour une periode de|au maximum|maximum|au plus|environ|au moins|moins d'|moins de|de plus de|plus de|qu')\s*)+$/u;

const FRENCH_EVENT_PATTERNS = [
  `jusqu'\\s*(?:au|aux|a)\\s+(?!(?:\\d|(?:${Object.keys(FRENCH_NUMBER_WORDS).join('|')})\\s))`,
  `tant qu(?:e|')`,
  `aussi longtemps qu`,
  `(?:pendant|durant)\\s+(?:toute\\s+)?(?:la|le|sa|son|leur)\\s+(?:duree|temps|periode)`,
  `le temps (?:de|d'|du|des)`,
  `temps d'usage`,
  `duree\\s+(?:de\\s+la\\s+|de\\s+l'|du\\s+|des\\s+|de\\s+|d')(?!conservation)`,
  `limitee?s?\\s+a\\s`,
  `(?:au|lors de son|lors de leur|lors du|a son|a leur|apres (?:le|son|leur))\\s+depart`,
  `(?:a|au moment de|lors de)\\s+(?:la|l')\\s*(?:suppression|restitution|destruction|fermeture|cloture|fin|desactivation|resiliation|expiration)`,
  `au moment (?:de|du|des|d'|ou)`,
  `lors (?:de|du|des|d')`,
  `a chaque\\s`,
  `a la demande`,
  `fin (?:du|de|des|d')`,
  `(?:calquee|alignee|identique)s?\\s+(?:sur|a)\\s+(?:celle|celui|celles|ceux|la duree)`,
  `a l'issue (?:de|du|des|d')`,
  `a (?:l')?(?:expiration|echeance)`,
  `au terme (?:de|du|des|d')`,
].map((p) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${p})`, 'gu'));

const FRENCH_UNLIMITED_PATTERNS = [
  `sans limitation de duree`,
  `sans limite(?: de (?:duree|temps))?`,
  `illimitee?s?`,
  `(?:pas|aucune) de duree`,
  `aucune duree`,
  `duree (?:indeterminee|illimitee|indefinie)`,
  `indefiniment`,
  `sans duree`,
  `de (?:facon|maniere) (?:permanente|illimitee)`,
].map((p) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${p})(?![\\p{L}\\p{N}])`, 'gu'));


/** The words of one language a retention statement is read with. */
interface Grammar {
  readonly numberWords: Readonly<Record<string, number>>;
  /** Number (group 1) and unit (group 2) of a period, over the folded text. */
  readonly period: RegExp;
  readonly readUnit: (word: string) => Unit;
  /** Words before a period that belong to its entry ("au maximum 6 mois", "for a maximum of 7 years"). */
  readonly qualifiers: RegExp;
  readonly events: readonly RegExp[];
  readonly unlimited: readonly RegExp[];
  /** A conjunction opening a new clause, tested just after a space. */
  readonly conjunction: RegExp;
  /** What joins the two parts of one period ("1 an et un jour", "1 year and 1 day"). */
  readonly sum: RegExp;
  readonly leadingWord: RegExp;
  readonly trailingWord: RegExp;
  /** "A chaque …": French writes the capital preposition à without its accent, opening a clause. */
  readonly capitalPreposition: boolean;
}

const ENGLISH_NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, eighteen: 18, twenty: 20, thirty: 30,
};
// "five (5) years": the digits repeating the number word belong to the same period; "7-year" is one too.
const ENGLISH_PERIOD = new RegExp(
  `(?<![\\p{L}\\p{N}]|\\d[.,])(\\d{1,6}|${Object.keys(ENGLISH_NUMBER_WORDS).join('|')})(?:\\s*\\(\\s*\\d{1,6}\\s*\\))?(?:\\s*|-)(years?|months?|weeks?|days?|hours?|minutes?)(?![\\p{L}\\p{N}])`,
  'gu',
);
const ENGLISH_QUALIFIERS =
  /(?:(?:up to|for a (?:maximum|minimum|period) of|a (?:maximum|minimum|period) of|for|maximum(?: of)?|at (?:the )?most|at (?:the )?least|no (?:more|longer) than|not (?:more|longer) than|less than|more than|about|approximately|around|within)\s*)+$/u;
const ENGLISH_EVENT_PATTERNS = [
  `until\\s+(?!(?:\\d|(?:${Object.keys(ENGLISH_NUMBER_WORDS).join('|')})\\s))`,
  `till\\s`,
  `(?:for )?as long as`,
  `(?:for|during) the (?:whole |entire )?(?:duration|period|time|length|lifetime) of`,
  `(?:at|on|upon) (?:the )?(?:end|closure|close|termination|expiry|expiration|departure|deletion|withdrawal) of`,
  `(?:on|upon) (?:departure|leaving|request)`,
].map((p) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${p})`, 'gu'));
const ENGLISH_UNLIMITED_PATTERNS = [
  `indefinitely`,
  `permanently`,
  `unlimited`,
  `without (?:any )?(?:time )?limit(?:ation)?`,
  `for an (?:indefinite|unlimited) (?:period|time)`,
  `no (?:time )?limit`,
].map((p) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${p})(?![\\p{L}\\p{N}])`, 'gu'));

const FRENCH: Grammar = {
  numberWords: FRENCH_NUMBER_WORDS,
  period: FRENCH_PERIOD,
  readUnit: (word) => {
    if (word.startsWith('an')) return 'Y';
    if (word === 'mois') return 'M';
    if (word.startsWith('semaine')) return 'W';
    if (word.startsWith('jour')) return 'D';
    if (word.startsWith('heure')) return 'H';
    return 'MIN';
  },
  qualifiers: FRENCH_QUALIFIERS,
  events: FRENCH_EVENT_PATTERNS,
  unlimited: FRENCH_UNLIMITED_PATTERNS,
  conjunction: /^(?:et|ou|sauf|mais)\s/,
  sum: /^\s*,?\s*et\s*$/,
  leadingWord: /^(?:et|ou|puis|mais)\s+/i,
  trailingWord: /\s+(?:et|ou|puis|mais|soit)$/i,
  capitalPreposition: true,
};

const ENGLISH: Grammar = {
  numberWords: ENGLISH_NUMBER_WORDS,
  period: ENGLISH_PERIOD,
  readUnit: (word) => {
    if (word.startsWith('year')) return 'Y';
    if (word.startsWith('month')) return 'M';
    if (word.startsWith('week')) return 'W';
    if (word.startsWith('day')) return 'D';
    if (word.startsWith('hour')) return 'H';
    return 'MIN';
  },
  qualifiers: ENGLISH_QUALIFIERS,
  events: ENGLISH_EVENT_PATTERNS,
  unlimited: ENGLISH_UNLIMITED_PATTERNS,
  conjunction: /^(?:and|or|but|except)\s/,
  sum: /^\s*,?\s*and\s*$/,
  leadingWord: /^(?:and|or|then|but)\s+/i,
  trailingWord: /\s+(?:and|or|then|but)$/i,
  capitalPreposition: false,
};

const GRAMMARS: Readonly<Record<Language, Grammar>> = { fr: FRENCH, en: ENGLISH };

function readClause(text: string, grammar: Grammar): Retention[] {
  const norm = foldKeepingLength(text);
  const anchors = findAnchors(text, norm, grammar);
  if (anchors.length === 0) return [];

  const groups: Group[] = [];
  const open = (a: Anchor, start: number): Group => ({
    start,
    end: a.end,
    ...(a.parts ? { period: a.parts } : {}),
    tailEnd: a.tailEnd ?? a.end,
    event: a.kind === 'event',
    unlimited: a.kind === 'unlimited',
  });
  for (const a of anchors) {
    const g = groups[groups.length - 1];
    if (!g) {
      groups.push(open(a, 0));
      continue;
    }
    const gapHasDelimiter = findDelimiters(text, norm, g.end, a.start, grammar, true).length > 0;
    let join: boolean;
    if (a.kind === 'event') {
      // An event inside a period's relative span is its reference point; events never split each other.
      join = (g.period !== undefined && a.start < g.tailEnd) || (!g.period && !g.unlimited) || !gapHasDelimiter;
    } else if (a.kind === 'period') {
      // "Durée de dotation de l'agent + 6 ans": an event directly followed by a period is one rule.
      join = !g.period && !g.unlimited && !gapHasDelimiter;
    } else {
      join = !g.period && !gapHasDelimiter;
    }
    if (join) {
      g.end = Math.max(g.end, a.end);
      if (a.kind === 'period' && a.parts) {
        g.period = a.parts;
        g.tailEnd = a.tailEnd ?? a.end;
      }
      if (a.kind === 'event') g.event = true;
      if (a.kind === 'unlimited') g.unlimited = true;
      continue;
    }
    const at = chooseSplit(text, norm, g.end, a.start, grammar);
    groups.push(open(a, Math.max(at, g.start + 1)));
  }

  return groups.map((g, i) => {
    const end = groups[i + 1]?.start ?? text.length;
    const piece = trimPiece(text.slice(g.start, end), grammar) || trimPiece(text.slice(g.start), grammar) || text;
    if (g.period) return { text: piece, kind: 'duration' as const, duration: formatIsoDuration(g.period) };
    return { text: piece, kind: g.unlimited ? ('unlimited' as const) : ('until-event' as const) };
  });
}

function findAnchors(text: string, norm: string, grammar: Grammar): Anchor[] {
  const periods: Anchor[] = [];
  for (const m of norm.matchAll(grammar.period)) {
    const raw = m[1] as string;
    const value = /^\d+$/.test(raw) ? Number(raw) : grammar.numberWords[raw];
    if (value === undefined || !Number.isSafeInteger(value)) continue;
    const unit = grammar.readUnit(m[2] as string);
    const start = m.index ?? 0;
    const previous = periods[periods.length - 1];
    // "1 an et un jour", "(3 ans) + 1 an": one period written in two parts.
    if (previous?.parts && isSum(norm.slice(previous.end, start), previous.parts, unit, grammar)) {
      previous.parts = { ...previous.parts, [unit]: (previous.parts[unit] ?? 0) + value };
      previous.end = start + m[0].length;
      continue;
    }
    periods.push({ kind: 'period', start, end: start + m[0].length, parts: { [unit]: value } });
  }
  periods.forEach((p, i) => {
    // Qualifiers are a few words long: a bounded look-behind window keeps long clauses linear.
    const q = grammar.qualifiers.exec(norm.slice(Math.max(0, p.start - 40), p.start));
    if (q) p.start -= q[0].length;
    // A relative span never reaches past the next period, which starts its own entry.
    const limit = periods[i + 1]?.start ?? text.length;
    p.tailEnd = findDelimiters(text, norm, p.end, limit, grammar, true)[0]?.at ?? limit;
  });
  const others: Anchor[] = [];
  for (const [kind, patterns] of [['event', grammar.events], ['unlimited', grammar.unlimited]] as const) {
    for (const re of patterns) {
      for (const m of norm.matchAll(re)) others.push({ kind, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
    }
  }
  // Overlaps ("jusqu'au départ" is also "au départ") keep the earliest, longest anchor; periods win ties.
  const all = [...periods, ...others].sort((a, b) => a.start - b.start || b.end - a.end || rankAnchor(a) - rankAnchor(b));
  const kept: Anchor[] = [];
  for (const a of all) {
    const last = kept[kept.length - 1];
    if (last && a.start < last.end) {
      if (a.kind === 'period' && last.kind !== 'period') kept[kept.length - 1] = a;
      continue;
    }
    kept.push(a);
  }
  return kept;
}

const rankAnchor = (a: Anchor) => (a.kind === 'period' ? 0 : a.kind === 'unlimited' ? 1 : 2);

function isSum(gap: string, before: Parts, unit: Unit, grammar: Grammar): boolean {
  if (/^\s*\)?\s*\+\s*\(?\s*$/.test(gap)) return true;
  if (!grammar.sum.test(gap)) return false;
  // "1 an et un jour" adds up; "2 ans et 3 ans" would be two alternatives, not a sum.
  const smallest = Math.max(...UNIT_ORDER.map((u, i) => (before[u] !== undefined ? i : -1)));
  return UNIT_ORDER.indexOf(unit) > smallest;
}

function formatIsoDuration(parts: Parts): string {
  const date = (['Y', 'M', 'W', 'D'] as const).map((u) => (parts[u] ? `${parts[u]}${u}` : '')).join('');
  const time = (parts.H ? `${parts.H}H` : '') + (parts.MIN ? `${parts.MIN}M` : '');
  const iso = `P${date}${time ? `T${time}` : ''}`;
  return iso === 'P' ? 'P0D' : iso;
}

interface Delimiter {
  at: number;
  kind: 'comma' | 'conj' | 'dash' | 'colon' | 'capital' | 'stop';
  splitAt: number;
}

/** Clause-internal delimiters between from and to, outside parentheses opened in that range. */
function findDelimiters(text: string, norm: string, from: number, to: number, grammar: Grammar, firstOnly = false): Delimiter[] {
  const found: Delimiter[] = [];
  let depth = 0;
  for (let i = from; i < to && !(firstOnly && found.length > 0); i++) {
    const c = text[i] as string;
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    if (c === ',') found.push({ at: i, kind: 'comma', splitAt: i });
    else if (c === ':') found.push({ at: i, kind: 'colon', splitAt: i + 1 });
    else if (c === '.' && /\s/.test(text[i + 1] ?? '')) found.push({ at: i, kind: 'stop', splitAt: i + 1 });
    else if (/\s/.test(c)) {
      const rest = norm.slice(i + 1, i + 9);
      if (grammar.conjunction.test(rest)) found.push({ at: i, kind: 'conj', splitAt: i });
      else if (/^[-–]\s/.test(rest)) found.push({ at: i, kind: 'dash', splitAt: i });
      else if (isCapitalStart(text, i + 1, grammar)) found.push({ at: i, kind: 'capital', splitAt: i + 1 });
    }
  }
  return found;
}

/** A capitalised word after a word: in flattened cells, the start of a new sub-clause ("… de l'agent Campagnes e-mailing : …"). */
function isCapitalStart(text: string, i: number, grammar: Grammar): boolean {
  // "A chaque …": the capitalised preposition à, written without its accent, also opens a clause.
  const start = text.slice(i, i + 2);
  const word = /^\p{Lu}(?:\p{Ll}|['’])/u.test(start) || (grammar.capitalPreposition && /^[AÀ]\s/u.test(start));
  return word && /[\p{L}\p{N})]\s+$/u.test(text.slice(Math.max(0, i - 3), i));
}

function chooseSplit(text: string, norm: string, from: number, nextStart: number, grammar: Grammar): number {
  if (isCapitalStart(text, nextStart, grammar)) return nextStart;
  const found = findDelimiters(text, norm, from, nextStart, grammar);
  const last = found[found.length - 1];
  if (!last) return nextStart;
  if (last.kind === 'colon') {
    // A sub-label "Campagnes e-mailing :" goes with the period it introduces.
    const label = found.filter((d) => d.kind === 'capital' && d.at < last.at).pop();
    return label ? label.splitAt : last.splitAt;
  }
  return last.splitAt;
}

function trimPiece(piece: string, grammar: Grammar): string {
  const trimmed = piece
    .replace(/^[\s,;:–-]+/, '')
    .replace(grammar.leadingWord, '');
  // Linear trims of the end (see text/match-tail.ts); the final trim() removes any space the window left.
  return replaceTail(trimTrailing(trimmed, /[\s,;:–-]/), grammar.trailingWord, '', 40).trim();
}
