// Reads one retention statement into typed entries: ISO-8601 periods, event-bound, unlimited or unspecified.
import type { Retention } from '../treatment.ts';
import { coerceText, cleanText, splitSegments } from './clean-text.ts';

/**
 * Each clause of the statement is scanned for anchors (explicit periods, events such as "jusqu'au départ",
 * "sans limitation de durée"); anchors that belong together ("5 ans après le départ", "Durée de dotation
 * + 6 ans") form one entry, the others split the clause at the nearest delimiter, so each entry keeps its
 * own clause text. A statement without any anchor yields one 'unspecified' entry.
 */
export function parseRetention(statement: string): Retention[] {
  const source = coerceText(statement);
  const entries = splitSegments(source, { mode: 'clauses' }).flatMap((s) => readClause(s.text));
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

const NUMBER_WORDS: Record<string, number> = {
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
  onze: 11, douze: 12, quinze: 15, vingt: 20, trente: 30,
};
const NUMBER = `(\\d{1,6}|${Object.keys(NUMBER_WORDS).join('|')})`;
const PERIOD = new RegExp(`(?<![\\p{L}\\p{N}]|\\d[.,])${NUMBER}\\s*(ans?|annees?|mois|semaines?|jours?|heures?|minutes?)(?![\\p{L}\\p{N}])`, 'gu');
// Words that qualify a period and belong to its clause ("au maximum 6 mois", "moins d'un mois").
const QUALIFIERS = /(?:(?:jusqu'\s*a|pendant|durant|sur|pour une periode de|au maximum|maximum|au plus|environ|au moins|moins d'|moins de|de plus de|plus de|qu')\s*)+$/u;

const EVENT_PATTERNS = [
  `jusqu'\\s*(?:au|aux|a)\\s+(?!(?:\\d|(?:${Object.keys(NUMBER_WORDS).join('|')})\\s))`,
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

const UNLIMITED_PATTERNS = [
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

function readClause(text: string): Retention[] {
  const norm = foldText(text);
  const anchors = findAnchors(text, norm);
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
    const gapHasDelimiter = findDelimiters(text, norm, g.end, a.start, true).length > 0;
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
    const at = chooseSplit(text, norm, g.end, a.start);
    groups.push(open(a, Math.max(at, g.start + 1)));
  }

  return groups.map((g, i) => {
    const end = groups[i + 1]?.start ?? text.length;
    const piece = trimPiece(text.slice(g.start, end)) || trimPiece(text.slice(g.start)) || text;
    if (g.period) return { text: piece, kind: 'duration' as const, duration: formatIsoDuration(g.period) };
    return { text: piece, kind: g.unlimited ? ('unlimited' as const) : ('until-event' as const) };
  });
}

function findAnchors(text: string, norm: string): Anchor[] {
  const periods: Anchor[] = [];
  for (const m of norm.matchAll(PERIOD)) {
    const raw = m[1] as string;
    const value = /^\d+$/.test(raw) ? Number(raw) : NUMBER_WORDS[raw];
    if (value === undefined || !Number.isSafeInteger(value)) continue;
    const unit = readUnit(m[2] as string);
    const start = m.index ?? 0;
    const previous = periods[periods.length - 1];
    // "1 an et un jour", "(3 ans) + 1 an": one period written in two parts.
    if (previous?.parts && isSum(norm.slice(previous.end, start), previous.parts, unit)) {
      previous.parts = { ...previous.parts, [unit]: (previous.parts[unit] ?? 0) + value };
      previous.end = start + m[0].length;
      continue;
    }
    periods.push({ kind: 'period', start, end: start + m[0].length, parts: { [unit]: value } });
  }
  periods.forEach((p, i) => {
    // Qualifiers are a few words long: a bounded look-behind window keeps long clauses linear.
    const q = QUALIFIERS.exec(norm.slice(Math.max(0, p.start - 40), p.start));
    if (q) p.start -= q[0].length;
    // A relative span never reaches past the next period, which starts its own entry.
    const limit = periods[i + 1]?.start ?? text.length;
    p.tailEnd = findDelimiters(text, norm, p.end, limit, true)[0]?.at ?? limit;
  });
  const others: Anchor[] = [];
  for (const [kind, patterns] of [['event', EVENT_PATTERNS], ['unlimited', UNLIMITED_PATTERNS]] as const) {
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

function isSum(gap: string, before: Parts, unit: Unit): boolean {
  if (/^\s*\)?\s*\+\s*\(?\s*$/.test(gap)) return true;
  if (!/^\s*,?\s*et\s*$/.test(gap)) return false;
  // "1 an et un jour" adds up; "2 ans et 3 ans" would be two alternatives, not a sum.
  const smallest = Math.max(...UNIT_ORDER.map((u, i) => (before[u] !== undefined ? i : -1)));
  return UNIT_ORDER.indexOf(unit) > smallest;
}

function readUnit(word: string): Unit {
  if (word.startsWith('an')) return 'Y';
  if (word === 'mois') return 'M';
  if (word.startsWith('semaine')) return 'W';
  if (word.startsWith('jour')) return 'D';
  if (word.startsWith('heure')) return 'H';
  return 'MIN';
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
function findDelimiters(text: string, norm: string, from: number, to: number, firstOnly = false): Delimiter[] {
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
      const rest = norm.slice(i + 1, i + 7);
      if (/^(?:et|ou|sauf|mais)\s/.test(rest)) found.push({ at: i, kind: 'conj', splitAt: i });
      else if (/^[-–]\s/.test(rest)) found.push({ at: i, kind: 'dash', splitAt: i });
      else if (isCapitalStart(text, i + 1)) found.push({ at: i, kind: 'capital', splitAt: i + 1 });
    }
  }
  return found;
}

/** A capitalised word after a word: in flattened cells, the start of a new sub-clause ("… de l'agent Campagnes e-mailing : …"). */
function isCapitalStart(text: string, i: number): boolean {
  // "A chaque …": the capitalised preposition à, written without its accent, also opens a clause.
  const word = /^(?:\p{Lu}(?:\p{Ll}|['’])|[AÀ]\s)/u.test(text.slice(i, i + 2));
  return word && /[\p{L}\p{N})]\s+$/u.test(text.slice(Math.max(0, i - 3), i));
}

function chooseSplit(text: string, norm: string, from: number, nextStart: number): number {
  if (isCapitalStart(text, nextStart)) return nextStart;
  const found = findDelimiters(text, norm, from, nextStart);
  const last = found[found.length - 1];
  if (!last) return nextStart;
  if (last.kind === 'colon') {
    // A sub-label "Campagnes e-mailing :" goes with the period it introduces.
    const label = found.filter((d) => d.kind === 'capital' && d.at < last.at).pop();
    return label ? label.splitAt : last.splitAt;
  }
  return last.splitAt;
}

function trimPiece(piece: string): string {
  return piece
    .replace(/^[\s,;:–-]+/, '')
    .replace(/^(?:et|ou|puis|mais)\s+/i, '')
    .replace(/[\s,;:–-]+$/, '')
    .replace(/\s+(?:et|ou|puis|mais|soit)$/i, '')
    .trim();
}

/** Lowercase, accent-free copy of the same length, so indices found in it address the original text. */
function foldText(text: string): string {
  let out = '';
  for (const ch of text) {
    if (ch === '’' || ch === '‘' || ch === '`' || ch === '′') {
      out += "'";
      continue;
    }
    const lower = ch.toLowerCase();
    const bare = lower.normalize('NFD').replace(/\p{M}/gu, '');
    out += bare.length === ch.length ? bare : lower.length === ch.length ? lower : ch;
  }
  return out;
}
