// The event a retention period is counted from, as written: "5 ans à compter du versement de la paie" → "versement de la paie".
import type { Language } from '../language.ts';

/** A period, then the words that anchor it: "à compter du / de la / de l'", "à partir du", "après le". */
const FRENCH = /\d[^]*?(?:(?:à|a)\s+compter|(?:à|a)\s+partir|apr[èe]s)\s+(?:du|des|de\s+la|de\s+l['’]|de|d['’]|le|la|les|l['’])\s*(.+)$/iu;
const ENGLISH = /\d[^]*?\b(?:from|after|following)\s+(?:the\s+)?(.+)$/iu;

export function findRetentionEvent(text: string, language: Language = 'fr'): string | undefined {
  const match = (language === 'en' ? ENGLISH : FRENCH).exec(text.trim());
  const event = match?.[1]?.replace(/[\s.;,]+$/, '').trim();
  return event ? event : undefined;
}
