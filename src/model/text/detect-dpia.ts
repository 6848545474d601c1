// Finds mentions of a data protection impact assessment (AIPD/PIA) or of a security accreditation.
import { replaceTags } from '../../text/replace-tags.ts';
import { coerceText, splitSegments } from './clean-text.ts';

export interface DpiaMention {
  mentioned: boolean;
  /** The sentence(s) that mention it, as written. */
  text?: string;
}

// "PIA"/"DPIA" only in capitals: lowercase "pia" is part of ordinary words and names.
const ACRONYM = /(?<![\p{L}\p{N}])(?:AIPD|DPIA|PIA)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])aipd(?![\p{L}\p{N}])/u;
const WORDING = /(?:analyses? d['’]impacts?|[ée]tudes? d['’]impacts?|homolog(?:ations?|u[ée]e?s?|uer)|impact assessment)/iu;

export function detectDpia(text: string): DpiaMention {
  // Cutting a whole treatment into sentences is the costly part: most treatments mention no assessment at all.
  const whole = coerceText(text);
  if (!ACRONYM.test(whole) && !WORDING.test(replaceTags(whole).replace(/\s+/g, ' '))) return { mentioned: false };
  const sentences = splitSegments(text, { mode: 'clauses' })
    .map((s) => s.text)
    .filter((s) => ACRONYM.test(s) || WORDING.test(s));
  const unique = [...new Set(sentences)];
  return unique.length === 0 ? { mentioned: false } : { mentioned: true, text: unique.join(' ') };
}
