// Finds which catalogue entries a register cell mentions (labels, aliases, patterns), in reading order.
import { replaceTags } from '../text/replace-tags.ts';
import type { CatalogueEntry } from './catalogue.ts';

/** The part of a catalogue entry recognition needs. */
export type RecognisableEntry = Pick<CatalogueEntry, 'id' | 'label'> & {
  readonly aliases?: readonly string[];
  readonly patterns?: readonly string[];
};

/** Returns the ids of the entries found in a text, in order of first occurrence, without duplicates. */
export type Recogniser = (text: string) => string[];

interface Matcher {
  readonly id: string;
  readonly order: number;
  /** Label and aliases, run over the folded text (lower case, no accents). */
  readonly names: RegExp | undefined;
  /** The longest word of each name: a name can only match a text holding its word, which indexOf finds fast. */
  readonly words: readonly string[];
  /** Case-sensitive patterns, run over the plain text (tags stripped, accents kept). */
  readonly patterns: readonly RegExp[];
}

interface Hit {
  readonly id: string;
  readonly index: number;
  readonly length: number;
  readonly order: number;
}

const SEPARATOR_RUN = /[\s\-_/]+/u;
const SEPARATOR_CLASS = '[\\s\\-_/]*';
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };
const CHARACTER_MAP: Record<string, string> = {
  '\u2019': "'", '\u2018': "'", '\u02BC': "'", '\u00B4': "'",
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2212': '-',
  '\u00A0': ' ', '\u202F': ' ', '\u2007': ' ', '\u2009': ' ',
};
const foldCache = new Map<string, string>();
const recogniserCache = new WeakMap<readonly RecognisableEntry[], Recogniser>();

/**
 * Builds the matchers of a catalogue once and returns the function to run over many texts.
 *
 * Label and aliases match case- and accent-insensitively, on word boundaries, after HTML tags are
 * stripped; a space, hyphen, underscore or slash inside a name matches any run (even empty) of
 * these ("Office 365" finds "Office365", "e-mail" finds "E mail"), and a final "s" or "x" is
 * optional after a name ending with a letter. Patterns are case-sensitive regular expressions
 * compiled with the "u" flag and run over the tag-stripped text. A part and its whole are both
 * returned when both match ("Cloud PI Gen 1" yields the generation and the platform).
 */
export function createRecogniser(entries: readonly RecognisableEntry[]): Recogniser {
  const matchers = entries.map((entry, order) => buildMatcher(entry, order));
  // A register of thousands of rows repeats its cells ("Agents", "DNUM", "5 ans"): each text is read once.
  const memo = new Map<string, readonly string[]>();
  let memoChars = 0;
  const recognise = (text: string): string[] => {
    const known = memo.get(text);
    if (known) return [...known];
    const ids = recogniseText(text);
    // Bounded by the characters remembered, a few megabytes, then started afresh.
    if (memoChars + text.length > MEMO_CHARACTERS) {
      memo.clear();
      memoChars = 0;
    }
    memo.set(text, ids);
    memoChars += text.length;
    return [...ids];
  };
  return recognise;

  function recogniseText(text: string): string[] {
    if (text.trim() === '') return [];
    const plain = toPlainText(text);
    const folded = foldText(plain);
    const best = new Map<string, Hit>();
    for (const matcher of matchers) {
      const hit = findFirstHit(matcher, plain, folded);
      if (hit === undefined) continue;
      const previous = best.get(hit.id);
      if (previous === undefined || hit.index < previous.index) best.set(hit.id, hit);
    }
    return [...best.values()]
      .sort((a, b) => a.index - b.index || b.length - a.length || a.order - b.order)
      .map((hit) => hit.id);
  }
}

/** How many characters of texts a recogniser remembers before it starts afresh (a few megabytes). */
const MEMO_CHARACTERS = 2_000_000;

/** Ids of the entries mentioned in a text; the matchers are built once per entries array. */
export function recogniseEntities(text: string, entries: readonly RecognisableEntry[]): string[] {
  let recogniser = recogniserCache.get(entries);
  if (recogniser === undefined) {
    recogniser = createRecogniser(entries);
    recogniserCache.set(entries, recogniser);
  }
  return recogniser(text);
}

function buildMatcher(entry: RecognisableEntry, order: number): Matcher {
  const allNames = [entry.label, ...(entry.aliases ?? [])];
  const names = allNames.map((name) => compileName(name)).filter((source): source is string => source !== undefined);
  const unique = [...new Set(names)].sort((a, b) => b.length - a.length);
  const words = [...new Set(allNames.map(longestWord).filter((word): word is string => word !== undefined))];
  const patterns = (entry.patterns ?? []).map((source) => {
    try {
      return new RegExp(source, 'u');
    } catch (error) {
      throw new Error(`Entry "${entry.id}": invalid pattern ${JSON.stringify(source)}: ${(error as Error).message}`);
    }
  });
  return {
    id: entry.id,
    order,
    names: unique.length > 0 ? new RegExp(unique.join('|'), 'u') : undefined,
    words,
    patterns,
  };
}

/** The longest of a name's folded words, which any text naming it holds as it is (separators aside). */
function longestWord(name: string): string | undefined {
  const tokens = foldText(name.normalize('NFC')).trim().split(SEPARATOR_RUN).filter((token) => token !== '');
  return tokens.sort((a, b) => b.length - a.length)[0];
}

/** Regular-expression source for one label or alias, matched over folded text. */
function compileName(name: string): string | undefined {
  const folded = foldText(name.normalize('NFC')).trim();
  const tokens = folded.split(SEPARATOR_RUN).filter((token) => token !== '');
  if (tokens.length === 0) return undefined;
  const body = tokens.map(escapeRegExp).join(SEPARATOR_CLASS);
  const first = folded.charAt(0);
  const last = folded.charAt(folded.length - 1);
  const start = LETTER_OR_DIGIT.test(first) ? '(?<![\\p{L}\\p{N}])' : '';
  const plural = /\p{L}/u.test(last) ? '(?:s|x)?' : '';
  const end = LETTER_OR_DIGIT.test(last) ? '(?![\\p{L}\\p{N}])' : '';
  return `(?:${start}${body}${plural}${end})`;
}

function findFirstHit(matcher: Matcher, plain: string, folded: string): Hit | undefined {
  let hit: Hit | undefined;
  const consider = (match: RegExpExecArray | null): void => {
    if (match === null) return;
    if (hit === undefined || match.index < hit.index || (match.index === hit.index && match[0].length > hit.length)) {
      hit = { id: matcher.id, index: match.index, length: match[0].length, order: matcher.order };
    }
  };
  // Running a regular expression over every text for every entry is the recogniser's cost: most entries' words are
  // absent from a given cell, and indexOf says so far faster than the expression would.
  if (matcher.names !== undefined && matcher.words.some((word) => folded.includes(word))) consider(matcher.names.exec(folded));
  for (const pattern of matcher.patterns) consider(pattern.exec(plain));
  return hit;
}

/** Strips HTML tags (each becomes a space) and decodes the few entities registers use, and numeric ones ("&#039;"
 * in the exports of tools that escape their values). */
function toPlainText(text: string): string {
  return replaceTags(text)
    .replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/g, (_, name: string) => ENTITIES[name] ?? '')
    .replace(/&#(\d{2,5});/g, (_, code: string) => String.fromCharCode(Number(code)))
    .normalize('NFC');
}

/** Lower case, accents removed, typographic apostrophes/dashes/spaces unified; same length as the input. */
function foldText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charAt(i);
    const code = c.charCodeAt(0);
    if (code < 0x80) {
      out += code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : c === '\t' ? ' ' : c;
      continue;
    }
    out += foldCharacter(c);
  }
  return out;
}

function foldCharacter(c: string): string {
  const cached = foldCache.get(c);
  if (cached !== undefined) return cached;
  let folded = CHARACTER_MAP[c] ?? c;
  if (folded === c && !(c >= '\uD800' && c <= '\uDFFF')) {
    const base = c.normalize('NFD').replace(/\p{M}+/gu, '');
    const lower = (base.length === 1 ? base : c).toLowerCase();
    folded = lower.length === 1 ? lower : c;
  }
  foldCache.set(c, folded);
  return folded;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
