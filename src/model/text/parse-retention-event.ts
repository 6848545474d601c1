// Reads the event a retention period is anchored to: "3 ans après le départ de l'agent", "jusqu'à la fin de la sélection".
import { foldKeepingLength } from '../../text/fold.ts';
import type { Language } from '../language.ts';
import type { Retention, RetentionEvent } from '../treatment.ts';

interface Trigger {
  /** Over the folded text; the event is what follows the match, up to the end of its phrase. */
  readonly pattern: RegExp;
  readonly relation: RetentionEvent['relation'];
}

// After a period: the event it is counted from ("3 ans après le départ", "6 ans à compter de la validation").
// "après" followed by a number ("effacement après 3 mois") is a period, not an event; "y compris après" is no start.
const FRENCH_AFTER: readonly Trigger[] = [
  { pattern: /(?<![\p{L}\p{N}])(?<!y compris )(?:apres|a compter|a compte|a partir|au terme|a l'issue|a la suite)(?:\s+que|\s+(?:du|des|de)(?=\s)|\s*d')?\s*(?!\d)(?=[\p{L}'])/gu, relation: 'after' },
];
const ENGLISH_AFTER: readonly Trigger[] = [
  { pattern: /(?<![\p{L}\p{N}])(?:after|from|following|as from)\s+(?!\d|a maximum|the date of collection)(?=[\p{L}])/gu, relation: 'after' },
];

// Without a period: the event that ends the retention, or the state it lasts while.
const FRENCH_UNTIL: readonly Trigger[] = [
  { pattern: /(?<![\p{L}\p{N}])jusqu'\s*(?:a|au|aux)\s+(?!\d)/gu, relation: 'until' },
  { pattern: /(?<![\p{L}\p{N}])(?:tant que|tant qu'|aussi longtemps que|aussi longtemps qu')\s*/gu, relation: 'while' },
  { pattern: /(?<![\p{L}\p{N}])(?:pendant|durant)\s+(?:toute\s+)?(?:la duree|le temps|la periode)\s+(?:de la|de l'|du|des|de|d'|durant laquelle)\s*/gu, relation: 'while' },
  { pattern: /(?<![\p{L}\p{N}])(?:le temps|temps|duree)\s+(?:de la|de l'|du|des|de|d')\s*(?![\s]|conservation)/gu, relation: 'while' },
  { pattern: /(?<![\p{L}\p{N}])(?:au moment de|au moment du|lors de|lors du|a la|au|a l')\s*(?=(?:(?:la|le|l'|son|sa|leur)\s*)?(?:suppression|restitution|destruction|fermeture|cloture|fin|desactivation|resiliation|expiration|depart)(?![\p{L}]))/gu, relation: 'until' },
  // A retention stated as the event alone: "Fin du marché".
  { pattern: /^(?=(?:fin|depart|suppression|cloture|expiration|resiliation)\s)/gu, relation: 'until' },
];
const ENGLISH_UNTIL: readonly Trigger[] = [
  { pattern: /(?<![\p{L}\p{N}])(?:until|till)\s+(?!\d)/gu, relation: 'until' },
  { pattern: /(?<![\p{L}\p{N}])(?:for )?as long as\s+/gu, relation: 'while' },
  { pattern: /(?<![\p{L}\p{N}])(?:for|during) the (?:whole |entire )?(?:duration|period|time|length|lifetime) of\s+/gu, relation: 'while' },
  { pattern: /(?<![\p{L}\p{N}])(?:at|on|upon)\s+(?=(?:the )?(?:end|closure|close|termination|expiry|expiration|departure|deletion|withdrawal)(?![\p{L}]))/gu, relation: 'until' },
];

const TRIGGERS: Readonly<Record<Language, { after: readonly Trigger[]; until: readonly Trigger[] }>> = {
  fr: { after: FRENCH_AFTER, until: FRENCH_UNTIL },
  en: { after: ENGLISH_AFTER, until: ENGLISH_UNTIL },
};

/** Where an event's phrase ends: punctuation, a bracket, or a word that opens another clause. After a period, "pour
 * les agents" / "for applicants" says whom the rule is for, not the event; a state ("tant que …") may go on with "pour". */
const PHRASE_END: Readonly<Record<Language, Record<'after' | 'other', RegExp>>> = {
  fr: {
    after: /\s*(?:[.;:,()[\]]|\s(?:puis|pour|sauf|afin|en cas|avec|par rotation)\s|$)/u,
    other: /\s*(?:[.;:,()[\]]|\s(?:puis|sauf|afin|en cas|par rotation)\s|$)/u,
  },
  en: {
    after: /\s*(?:[.;:,()[\]]|\s(?:then|for|except|in order|in case|in the archives|whichever)\s|$)/u,
    other: /\s*(?:[.;:,()[\]]|\s(?:then|except|in order|in case|whichever)\s|$)/u,
  },
};

/**
 * The event of one retention entry, or undefined when it names none. A period ("duration") is counted from the
 * event that follows it; a retention without a period ends with an event ("until") or lasts while a state holds
 * ("while"). "Durée de dotation de l'agent + 6 ans" counts the period from the end of the span it names.
 */
export function parseRetentionEvent(entry: Pick<Retention, 'text' | 'kind'>, language: Language = 'fr'): RetentionEvent | undefined {
  return readAnchor(entry, language).event;
}

/**
 * Where the rule itself starts in the entry's text: its period, or the words that introduce its event. What comes
 * before is what the rule is about ("Logs de connexion : 1 an"); undefined when the entry has neither.
 */
export function locateRetentionAnchor(entry: Pick<Retention, 'text' | 'kind'>, language: Language = 'fr'): number | undefined {
  return readAnchor(entry, language).at;
}

const PERIOD = /(?<![\p{L}\p{N}])(?:\d{1,6}|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|trente|a|an|one|two|three|four|five|seven|eight|nine|ten|twelve)(?:\s*\(\s*\d{1,6}\s*\))?(?:\s*|-)(?:ans?|annees?|mois|semaines?|jours?|heures?|years?|months?|weeks?|days?|hours?)(?![\p{L}])/u;
const SPAN = /^(?:[\p{L} ]+:\s*)?(?:duree|le temps|temps)\s+(?:de la|de l'|du|des|de|d')\s*(.+?)\s*\+\s*\(?\s*\d/u;

function readAnchor(entry: Pick<Retention, 'text' | 'kind'>, language: Language): { event?: RetentionEvent; at?: number } {
  const text = entry.text;
  const folded = foldKeepingLength(text);
  if (entry.kind === 'duration') {
    const span = SPAN.exec(folded);
    if (span?.[1] !== undefined) {
      const event = readEvent(text, folded.indexOf(span[1], span.index), 'after', language, /\s*\+/u);
      return { ...(event ? { event } : {}), at: span.index };
    }
    const period = PERIOD.exec(folded);
    const found = findEvent(text, folded, TRIGGERS[language].after, language, period?.index ?? 0);
    return { ...(found ? { event: found.event } : {}), ...(period ? { at: period.index } : {}) };
  }
  if (entry.kind === 'until-event') {
    const found = findEvent(text, folded, TRIGGERS[language].until, language, 0);
    return found ? { event: found.event, at: found.at } : {};
  }
  return {};
}

function findEvent(text: string, folded: string, triggers: readonly Trigger[], language: Language, from: number): { event: RetentionEvent; at: number } | undefined {
  let best: { at: number; end: number; relation: RetentionEvent['relation'] } | undefined;
  for (const { pattern, relation } of triggers) {
    for (const m of folded.matchAll(pattern)) {
      const at = m.index ?? 0;
      if (at < from) continue;
      if (best === undefined || at < best.at) best = { at, end: at + m[0].length, relation };
      break;
    }
  }
  const event = best ? readEvent(text, best.end, best.relation, language) : undefined;
  return best && event ? { event, at: best.at } : undefined;
}

function readEvent(text: string, start: number, relation: RetentionEvent['relation'], language: Language, end: RegExp = PHRASE_END[language][relation === 'after' ? 'after' : 'other']): RetentionEvent | undefined {
  const rest = text.slice(start);
  const stop = end.exec(rest);
  const phrase = rest.slice(0, stop ? stop.index : rest.length).trim();
  // An event is a few words at least ("la validation"), never a lone article or a number.
  return /[\p{L}]{3}/u.test(phrase) ? { text: phrase, relation } : undefined;
}
