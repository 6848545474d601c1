// Picks out of a data-categories cell whom the data are about ("Données relatives aux parents et à l'enfant").
import type { Language } from '../language.ts';

/** "Données relatives aux …", "Informations relatives à l'…": the words up to the next label colon or list mark. */
const ABOUT = /(?<![\p{L}])(?:donn[ée]es|informations)\s+(?:[\p{L}-]+\s+){0,2}?relati(?:ve|f)s?\s+(?:(?:aux|au|à\s+la|à\s+l['’]|à)\s*)([^:;()<>\n.]+)/giu;
/** "Data identifying the applicant and contact details", "CV of the interim staff - candidate". */
const ABOUT_EN =
  /(?<![\p{L}])(?:(?:data|information|details)\s+(?:identifying|relating\s+to|related\s+to|about|concerning|on)|(?:CVs?|curriculum\s+vitae|applications?)\s+of)\s+(?:the\s+|each\s+|every\s+)?([^:;,()<>\n.]+)/giu;

/** The subject phrases of a cell, trimmed, in source order, repeats removed. */
export function findSubjectPhrases(cellText: string, language: Language = 'fr'): string[] {
  const found: string[] = [];
  for (const m of cellText.matchAll(language === 'en' ? ABOUT_EN : ABOUT)) {
    const phrase = (m[1] ?? '').replace(/\s+/g, ' ').trim();
    if (phrase !== '' && !found.includes(phrase)) found.push(phrase);
  }
  return found;
}
