// Turns an HTML-bearing register cell into plain text, and cuts it into the segments its siblings work on.
import { testTail } from '../../text/match-tail.ts';

/** What separated a segment from the one before it. */
export type SegmentBoundary = 'start' | 'block' | 'item' | 'semicolon' | 'sentence' | 'soft';

/**
 * text: one readable line (cleanText); items: list items and ";" parts (purposes, recipients);
 * clauses: items further cut into sentences, with labels glued to what they introduce (retention, DPIA).
 */
export type SegmentMode = 'text' | 'items' | 'clauses';

export interface Segment {
  text: string;
  boundary: SegmentBoundary;
}

export interface SegmentOptions {
  mode?: SegmentMode;
  /** Words known to be correct (e.g. every word of the register), used to repair words cut by page breaks. */
  vocabulary?: Iterable<string>;
}

/** Plain, single-line text of a cell: tags stripped, entities decoded, list items separated by " ; ". */
export function cleanText(html: string, vocabulary?: Iterable<string>): string {
  const segments = splitSegments(html, { mode: 'text', ...(vocabulary ? { vocabulary } : {}) });
  // Parts joined once at the end: reading the last character of a growing `+=` string flattens it each time.
  const parts: string[] = [];
  let last = '';
  for (const segment of segments) {
    // A segment that already ends a phrase needs no extra separator; otherwise the list structure must stay visible.
    if (parts.length > 0) parts.push(/[.;:!?,]/.test(last) ? ' ' : ' ; ');
    parts.push(segment.text);
    last = segment.text.at(-1) ?? last;
  }
  return parts.join('');
}

/** The cell cut into cleaned, non-empty segments in source order (shared by the other text functions). */
export function splitSegments(html: string, options: SegmentOptions = {}): Segment[] {
  const mode = options?.mode ?? 'text';
  const source = coerceText(html);
  const pieces = readPieces(source, mode === 'items' ? 'loose' : 'strict');
  const split = mode === 'text' ? pieces : pieces.flatMap((p) => splitInside(p, mode));
  const merged = mergeSegments(split, mode);
  const counts = countWords(pieces.map((p) => p.text).join(' '));
  const vocabulary = new Set<string>();
  const given: unknown = options?.vocabulary;
  if (given != null && typeof (given as Iterable<unknown>)[Symbol.iterator] === 'function') {
    for (const word of given as Iterable<unknown>) if (typeof word === 'string') vocabulary.add(word.toLowerCase());
  }
  return merged
    .map((s) => ({ boundary: s.boundary, text: repairCutWords(s.text, counts, vocabulary) }))
    .filter((s) => /[\p{L}\p{N}]/u.test(s.text));
}

/** Callers pass whatever a cell held: numbers read as their digits, anything else that is not text as nothing. */
export function coerceText(value: unknown): string {
  if (typeof value === 'string') return value;
  return typeof value === 'number' || typeof value === 'bigint' ? String(value) : '';
}

// ---------------------------------------------------------------------------------------------
// HTML → pieces

const BLOCK = '\u0001';
const ITEM = '\u0002';
const BLOCK_TAGS = new Set(['p', 'div', 'br', 'ul', 'ol', 'table', 'tr', 'td', 'th', 'tbody', 'thead', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'blockquote', 'hr', 'dl', 'dt', 'dd']);
const BULLETS = /[▪•◦‣●■□➢►▸◆◇❖✓✔]/g;

function readPieces(source: string, dashes: 'strict' | 'loose'): Segment[] {
  // Control characters would collide with the sentinels below and never carry meaning in these registers.
  let s = source.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ');
  s = s.replace(/<!--[\s\S]*?(?:-->|$)/g, ' ');
  // A tag never contains "<", so an unclosed one stops the scan at the next tag instead of the end of the text.
  s = s.replace(/<\/?([a-zA-Z][a-zA-Z0-9-]*)\b(?:[^<>"']|"[^"<>]*"|'[^'<>]*')*>/g, (_tag, name: string) => {
    const n = name.toLowerCase();
    if (n === 'li') return ITEM;
    return BLOCK_TAGS.has(n) ? BLOCK : '';
  });
  s = decodeEntities(s);
  s = s.replace(BULLETS, ITEM).replace(/(^|\s)·(?=\s|$)/g, `$1${ITEM}`);
  s = s.replace(/\r\n?|\n|\u2028|\u2029/g, BLOCK);

  const pieces: Segment[] = [];
  // Runs of spaces and sentinels, tested for a sentinel after: a pattern requiring one inside the run would
  // rescan a long run of plain spaces from every start position.
  const re = /[\s\u0001\u0002]+/g;
  let last = 0;
  let boundary: SegmentBoundary = 'start';
  const push = (text: string, b: SegmentBoundary) => {
    for (const part of splitDashItems(text, dashes)) {
      const t = collapseSpaces(part.text);
      if (t !== '') pieces.push({ text: t, boundary: pieces.length === 0 ? 'start' : part.dash ? 'item' : b });
      b = 'item';
    }
  };
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    if (!m[0].includes(BLOCK) && !m[0].includes(ITEM)) continue;
    push(s.slice(last, m.index), boundary);
    boundary = m[0].includes(ITEM) ? 'item' : 'block';
    last = m.index + m[0].length;
  }
  push(s.slice(last), boundary);
  return pieces;
}

/** "- " starts a list item at the start of a piece or after ".", ":" or ";"; from there on every " - " does. */
function splitDashItems(text: string, dashes: 'strict' | 'loose'): { text: string; dash: boolean }[] {
  let body = text;
  let listMode = false;
  const lead = /^\s*[-–]\s+/.exec(body);
  if (lead) {
    body = body.slice(lead[0].length);
    listMode = true;
  }
  const cuts: number[] = [];
  const candidates: { at: number; upper: boolean; afterPunct: boolean }[] = [];
  let depth = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === '-' && depth === 0 && i > 0 && /\s/.test(body[i - 1] ?? '') && /\s/.test(body[i + 1] ?? '')) {
      const before = lastNonSpace(body, i - 1);
      const after = nextNonSpace(body, i + 1);
      if (before === '' || after === '') continue;
      candidates.push({ at: i, upper: /\p{Lu}/u.test(after), afterPunct: /[.:;]/.test(before) });
    }
  }
  // Loose mode: two or more " - " all followed by a capital is a flattened list (004 purposes).
  // Not inside a ";" list, where " - " pairs an acronym with its expansion ("DAVA - Dispositif …").
  const looseList = dashes === 'loose' && candidates.length >= 2 && candidates.every((c) => c.upper) && !body.includes(';');
  for (const c of candidates) {
    if (listMode || c.afterPunct || looseList) {
      cuts.push(c.at);
      listMode = true;
    }
  }
  if (cuts.length === 0) return [{ text: body, dash: Boolean(lead) }];
  const parts: { text: string; dash: boolean }[] = [];
  let from = 0;
  cuts.forEach((at, k) => {
    parts.push({ text: body.slice(from, at), dash: k === 0 ? Boolean(lead) : true });
    from = at + 1;
  });
  parts.push({ text: body.slice(from), dash: true });
  return parts;
}

function lastNonSpace(text: string, from: number): string {
  for (let i = from; i >= 0; i--) if (!/\s/.test(text[i] as string)) return text[i] as string;
  return '';
}

function nextNonSpace(text: string, from: number): string {
  for (let i = from; i < text.length; i++) if (!/\s/.test(text[i] as string)) return text[i] as string;
  return '';
}

function collapseSpaces(text: string): string {
  return text.replace(/[\s\u00a0\u202f\u2007\u200b\ufeff]+/g, ' ').trim();
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', shy: '', laquo: '«', raquo: '»',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', hellip: '…', ndash: '–', mdash: '—', bull: '•',
  middot: '·', deg: '°', euro: '€', copy: '©', reg: '®', sect: '§', ordm: 'º', ordf: 'ª', times: '×',
  agrave: 'à', aacute: 'á', acirc: 'â', auml: 'ä', ccedil: 'ç', egrave: 'è', eacute: 'é', ecirc: 'ê',
  euml: 'ë', icirc: 'î', iuml: 'ï', ocirc: 'ô', ouml: 'ö', ugrave: 'ù', ucirc: 'û', uuml: 'ü', yuml: 'ÿ',
  oelig: 'œ', aelig: 'æ', Agrave: 'À', Acirc: 'Â', Ccedil: 'Ç', Egrave: 'È', Eacute: 'É', Ecirc: 'Ê',
  Euml: 'Ë', Icirc: 'Î', Iuml: 'Ï', Ocirc: 'Ô', Ugrave: 'Ù', Ucirc: 'Û', OElig: 'Œ', AElig: 'Æ',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z][a-zA-Z0-9]{1,15});/g, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      // Invalid code points are left verbatim rather than guessed.
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return whole;
      return String.fromCodePoint(code);
    }
    return NAMED_ENTITIES[body] ?? whole;
  });
}

// ---------------------------------------------------------------------------------------------
// Pieces → clauses

/** Capitalised words that, after a lowercase word, start a new statement in flattened cells. */
const STARTER = new RegExp(
  '(\\s+)(?:Les|Le|La|L[\'’]|Ces|Ce|Cet|Cette|Cela|Un|Une|Toutes|Tous|Durée|Conservation|Conservée?s?|Rétention|Pour|Sur|' +
    'Jusqu[\'’](?:au|aux|à)|Tant|Pendant|Durant|Temps|Informations?|Infos|Données|Coordonnées|Identifiant|Sauvegarde|' +
    'Absence|Application|Site)(?![\\p{L}\\p{N}])',
  'uy',
);
const SENTENCE_GAP = /\s+(?=["«“(]?\p{Lu})/uy;
// Case matters: "Dr." is an abbreviation, "DR." (diffusion restreinte) ends a sentence.
const ABBREVIATIONS = new Set(['M', 'Mme', 'Mlle', 'Dr', 'Me', 'St', 'art', 'Art', 'cf', 'Cf', 'ex', 'Ex', 'n°', 'p']);

function splitInside(piece: Segment, mode: SegmentMode): Segment[] {
  const text = piece.text;
  const out: Segment[] = [];
  let from = 0;
  let pending: SegmentBoundary = piece.boundary;
  let depth = 0;
  const cut = (end: number, next: number, boundary: SegmentBoundary) => {
    const t = text.slice(from, end).trim();
    if (t !== '') {
      out.push({ text: t, boundary: pending });
      pending = boundary;
    } else if (out.length > 0) pending = boundary;
    from = next;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    if (c === ';') {
      cut(i, i + 1, 'semicolon');
      continue;
    }
    if (mode !== 'clauses') continue;
    if ('.!?…'.includes(c)) {
      SENTENCE_GAP.lastIndex = i + 1;
      const m = SENTENCE_GAP.exec(text);
      const word = /(\S+)$/.exec(text.slice(Math.max(from, i - 8), i))?.[1] ?? '';
      if (m && c === '.' && (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word))) continue;
      if (m) cut(i + 1, i + 1 + m[0].length, 'sentence');
      continue;
    }
    if (/\s/.test(c) && i > from && !/\s/.test(text[i - 1] ?? '')) {
      const prev = text[i - 1] ?? '';
      if (!/[\p{L}\p{N})]/u.test(prev)) continue;
      STARTER.lastIndex = i;
      const m = STARTER.exec(text);
      if (m) cut(i, i + (m[1] as string).length, 'soft');
    }
  }
  cut(text.length, text.length, 'block');
  return out;
}

const FUNCTION_WORD_END =
  /(?:(?:^|\s)(?:le|la|les|de|des|du|un|une|et|ou|à|au|aux|pour|par|sur|en|dans|avec|sans|que|qui|dont|son|sa|ses|leur|leurs|ce|cette|ces|est|sont|ne|se|entre|vers|chez|selon|soit)|\p{L}['’])$/iu;
/** A clause that ends on a bare retention label ("… : Conservation") still waits for its period. */
const LABEL_END = /(?:^|[:.]\s)\s*(?:durée de conservation|durée|conservation|rétention|conservée?s?)\s*:?$/iu;

/**
 * Merged segments keep their parts in a list, joined once at the end, and the merge test reads only the end of
 * the text so far: testing a growing `+=` string flattens and rescans it at each merge (quadratic).
 */
function mergeSegments(segments: Segment[], mode: SegmentMode): Segment[] {
  const out: { boundary: SegmentBoundary; parts: string[]; tail: string }[] = [];
  for (const seg of segments) {
    const prev = out[out.length - 1];
    if (prev && shouldMerge(prev.tail, seg, mode)) {
      prev.parts.push(' ', seg.text);
      prev.tail = `${prev.tail} ${seg.text}`.slice(-TAIL_LENGTH);
      continue;
    }
    out.push({ boundary: seg.boundary, parts: [seg.text], tail: seg.text.slice(-TAIL_LENGTH) });
  }
  return out.map((s) => ({ boundary: s.boundary, text: s.parts.join('') }));
}

/** Longest end of a segment the merge rules look at ("… durée de conservation :" and its lead), with room. */
const TAIL_LENGTH = 120;

function shouldMerge(prev: string, seg: Segment, mode: SegmentMode): boolean {
  if (seg.boundary === 'semicolon' || seg.boundary === 'sentence') return false;
  // A label ending in ":" introduces what follows (retention subject, "Conservation :" + period).
  if (mode === 'clauses' && (prev.endsWith(':') || testTail(LABEL_END, prev))) return true;
  if (seg.boundary !== 'block' && seg.boundary !== 'soft') return false;
  // Page breaks and split paragraphs leave a phrase hanging on a function word or restarting in lowercase.
  if (testTail(FUNCTION_WORD_END, prev) || testTail(/\s[-–—]$/, prev)) return true;
  return seg.boundary === 'block' && /^\p{Ll}/u.test(seg.text) && !/[.;!?]/.test(prev.at(-1) ?? '');
}

// ---------------------------------------------------------------------------------------------
// Words cut by page breaks

/** Function words, always known: a piece equal to one is a word, never a fragment. */
const STOPWORDS = new Set([
  'le', 'la', 'les', 'de', 'des', 'du', 'un', 'une', 'et', 'ou', 'à', 'au', 'aux', 'en', 'on', 'par', 'pour', 'sur', 'dans',
  'avec', 'sans', 'que', 'qui', 'ne', 'se', 'ce', 'ces', 'son', 'sa', 'ses', 'il', 'elle', 'est', 'sont', 'pas', 'plus',
]);

function countWords(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/\p{L}+/gu)) {
    const w = m[0].toLowerCase();
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return counts;
}

/**
 * Joins "Directi on" → "Direction" only when the joined form is a known word (elsewhere in the text or in the
 * vocabulary), the left piece is not a word, and the right piece is either not a word or at most 3 letters.
 * Both pieces must touch letters only and the right one must start in lowercase, so names, acronyms and
 * ordinary pairs of words ("porte feuille") are never glued.
 */
function repairCutWords(text: string, counts: Map<string, number>, vocabulary: Set<string>): string {
  // Words at even indices, the spaces between them at odd ones.
  const tokens = text.split(/(\s+)/);
  const isWord = (w: string) => vocabulary.has(w) || (counts.get(w) ?? 0) > 1 || STOPWORDS.has(w);
  const joins = (leftToken: string, rightToken: string): boolean => {
    const left = readTrailingLetters(leftToken);
    // Single letters are list points ("article 6 b"), not word ends: the right piece needs two letters.
    const right = /^(\p{Ll}\p{L}+)([^\p{L}\p{N}'’-]*)$/u.exec(rightToken);
    if (left.length < 3 || !right) return false;
    const a = left.toLowerCase();
    const b = (right[1] as string).toLowerCase();
    const joined = a + b;
    if (joined.length < 6) return false;
    if (!(vocabulary.has(joined) || (counts.get(joined) ?? 0) > 0)) return false;
    if (isWord(a)) return false;
    // A short right piece ("on", "es") is often a word by chance; a longer known word means two real words.
    return !(isWord(b) && b.length > 3);
  };
  // Built forward rather than spliced in place, which would copy the rest of the tokens at each join.
  const out: string[] = [];
  let i = 0;
  while (i + 2 < tokens.length) {
    if (joins(tokens[i] ?? '', tokens[i + 2] ?? '')) {
      // The joined word is not joined again: the next pair starts at the word after it.
      out.push(`${tokens[i] ?? ''}${tokens[i + 2] ?? ''}`, ...tokens.slice(i + 3, i + 4));
      i += 4;
    } else {
      out.push(tokens[i] ?? '', tokens[i + 1] ?? '');
      i += 2;
    }
  }
  out.push(...tokens.slice(i));
  return out.join('');
}

/** The letters ending a token ("Directi" of "(Directi"): a scan from the end, where `/\p{L}+$/` would be quadratic. */
function readTrailingLetters(token: string): string {
  let start = token.length;
  while (start > 0) {
    // One code point back: two code units for a letter outside the BMP.
    const width = start > 1 && /[\uDC00-\uDFFF]/.test(token[start - 1]!) && /[\uD800-\uDBFF]/.test(token[start - 2]!) ? 2 : 1;
    if (!LETTER.test(token.slice(start - width, start))) break;
    start -= width;
  }
  return token.slice(start);
}

const LETTER = /^\p{L}$/u;
