// A register's title as a worksheet name: the words that tell registers apart, within Excel's 31 characters.
import { MAX_SHEET_NAME } from './name-sheets.ts';

/** "Registre (des activités de traitement…) de la / du / des": the same in every French register, so dropped. */
const FRENCH_LEAD = /^registre\s+(?:des\s+activit[ée]s\s+de\s+traitements?\s+)?(?:de\s+donn[ée]es\s+(?:personnelles|à\s+caractère\s+personnel)\s+)?(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+)(?!activit)/i;
/** "EDPS record of processing activity — ": the EU institutions' records say which record, then what it is about. */
const ENGLISH_LEAD = /^.*?\brecord\s+of\s+processing\s+activit(?:y|ies)\s*[—–:-]\s*/i;

/**
 * "Registre de la Division Des Cabinets (DDC)" → "Division Des Cabinets (DDC)"; a title in capitals is put in sentence
 * case; a longer one is cut at a word and ends with "…". nameSheets then makes the names legal and unique.
 */
export function shortenRegisterTitle(title: string): string {
  const whole = title.replace(/\s+/g, ' ').trim();
  const lead = FRENCH_LEAD.exec(whole) ?? ENGLISH_LEAD.exec(whole);
  let short = lead && whole.length - lead[0].length >= 3 ? whole.slice(lead[0].length) : whole;
  if (!/\p{Ll}/u.test(short)) short = short.toLowerCase();
  short = short.charAt(0).toUpperCase() + short.slice(1);
  if (short.length <= MAX_SHEET_NAME) return short;
  const cut = short.slice(0, MAX_SHEET_NAME - 1);
  // Cut after a whole word: the one the limit falls in is dropped, unless it ends right there.
  const space = short.charAt(cut.length) === ' ' ? cut.length : cut.lastIndexOf(' ');
  return `${(space >= MAX_SHEET_NAME / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}
