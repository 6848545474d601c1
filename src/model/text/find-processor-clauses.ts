// Picks out of a recipients cell the clauses that name a host or subcontractor, i.e. a processor (GDPR art. 28).
import type { Language } from '../language.ts';
import { splitSegments } from './clean-text.ts';

const PROCESSOR_ROLE: Readonly<Record<Language, RegExp>> = {
  fr: /(?<![\p{L}])(?:h[ée]bergeurs?|sous-traitants?|super[- ]administrateurs?)(?![\p{L}])/iu,
  // Regulation 2018/1725 art. 29 and GDPR art. 28 call them processors; "hosted by" names the host.
  en: /(?<![\p{L}])(?:(?:sub-?)?processors?|sub-?contractors?|hosting providers?|hosted by)(?![\p{L}])/iu,
};

/** The clauses (paragraphs, list items, ";" parts) of the cell that introduce a processor, in source order. */
export function findProcessorClauses(cellText: string, language: Language = 'fr'): string[] {
  return splitSegments(cellText, { mode: 'items' })
    .map((s) => s.text)
    .filter((t) => PROCESSOR_ROLE[language].test(t));
}
