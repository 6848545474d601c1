// Reads the "transferts hors UE" answer: none, yes (with the countries named) or not stated.
import { stripMarks } from '../../text/fold.ts';
import type { Language } from '../language.ts';
import { cleanText } from './clean-text.ts';

export interface TransferStatement {
  stated: 'none' | 'yes' | 'not-stated';
  /** ISO 3166-1 alpha-2 codes of the non-EU countries named, in order of first mention. */
  countries: string[];
}

/** French country names (accent-free, lowercase) and usual abbreviations, for countries data may go to. */
const COUNTRIES: [RegExp, string][] = (
  [
    ['etats[- ]unis(?: d\'amerique)?|amerique du nord', 'US'],
    ['royaume[- ]uni|grande[- ]bretagne|angleterre', 'GB'],
    ['suisse', 'CH'], ['canada', 'CA'], ['inde', 'IN'], ['chine', 'CN'], ['japon', 'JP'], ['israel', 'IL'],
    ['maroc', 'MA'], ['tunisie', 'TN'], ['algerie', 'DZ'], ['senegal', 'SN'], ['madagascar', 'MG'],
    ['ile maurice', 'MU'], ['singapour', 'SG'], ['australie', 'AU'], ['nouvelle[- ]zelande', 'NZ'],
    ['bresil', 'BR'], ['argentine', 'AR'], ['uruguay', 'UY'], ['mexique', 'MX'], ['russie', 'RU'],
    ['ukraine', 'UA'], ['turquie', 'TR'], ['norvege', 'NO'], ['islande', 'IS'], ['liechtenstein', 'LI'],
    ['coree du sud', 'KR'], ['philippines', 'PH'], ['vietnam|viet nam', 'VN'], ['afrique du sud', 'ZA'],
    ['emirats arabes unis', 'AE'], ['serbie', 'RS'], ['andorre', 'AD'], ['monaco', 'MC'],
  ] as const
).map(([names, code]) => [new RegExp(`(?<![\\p{L}])(?:${names})(?![\\p{L}])`, 'u'), code]);
/** English country names (lowercase), for the EU institutions' records. "Europe", the EU and the EEA are no third
 * countries. */
const ENGLISH_COUNTRIES: [RegExp, string][] = (
  [
    ['united states(?: of america)?', 'US'], ['united kingdom|great britain|england', 'GB'], ['switzerland', 'CH'],
    ['canada', 'CA'], ['india', 'IN'], ['china', 'CN'], ['japan', 'JP'], ['israel', 'IL'], ['morocco', 'MA'],
    ['tunisia', 'TN'], ['algeria', 'DZ'], ['senegal', 'SN'], ['singapore', 'SG'], ['australia', 'AU'],
    ['new zealand', 'NZ'], ['brazil', 'BR'], ['argentina', 'AR'], ['uruguay', 'UY'], ['mexico', 'MX'], ['russia', 'RU'],
    ['ukraine', 'UA'], ['turkey|turkiye', 'TR'], ['norway', 'NO'], ['iceland', 'IS'], ['liechtenstein', 'LI'],
    ['south korea|republic of korea', 'KR'], ['philippines', 'PH'], ['vietnam|viet nam', 'VN'], ['south africa', 'ZA'],
    ['united arab emirates', 'AE'], ['serbia', 'RS'], ['andorra', 'AD'], ['monaco', 'MC'],
  ] as const
).map(([names, code]) => [new RegExp(`(?<![\\p{L}])(?:${names})(?![\\p{L}])`, 'u'), code]);
/** Upper-case abbreviations, matched on the original text so that the French word "us" is never a country. */
const ABBREVIATIONS: [RegExp, string][] = [
  [/(?<![\p{L}])(?:USA|US|U\.S\.A?\.?)(?![\p{L}])/u, 'US'],
  [/(?<![\p{L}])UK(?![\p{L}])/u, 'GB'],
];

export function parseTransfer(text: string, language: Language = 'fr'): TransferStatement {
  const clean = cleanText(text);
  const folded = stripMarks(clean).toLowerCase();
  if (!/[\p{L}\p{N}]/u.test(folded)) return { stated: 'not-stated', countries: [] };

  const found: { at: number; code: string }[] = [];
  for (const [re, code] of language === 'en' ? ENGLISH_COUNTRIES : COUNTRIES) {
    const m = re.exec(folded);
    if (m) found.push({ at: m.index, code });
  }
  for (const [re, code] of ABBREVIATIONS) {
    const m = re.exec(clean);
    if (m) found.push({ at: m.index, code });
  }
  const countries = [...new Set(found.sort((a, b) => a.at - b.at).map((f) => f.code))];
  if (language === 'en') return readEnglishAnswer(folded, countries);

  // "Non, sauf …" announces an exception, which is a transfer; a plain "Non" is none whatever follows.
  const negative = /^(?:non|aucun(?:e|s)?|neant|sans objet|pas de transferts?|n\/?a)(?![\p{L}])/u.test(folded);
  if (negative && !/(?<![\p{L}])(?:sauf|excepte|hormis|a l'exception)(?![\p{L}])/u.test(folded)) {
    return { stated: 'none', countries: [] };
  }
  if (/^oui(?![\p{L}])/u.test(folded) || countries.length > 0 || negative) return { stated: 'yes', countries };
  if (/(?<![\p{L}])(?:aucun transfert|pas de transfert|pas transferees?|ne sont pas transferees?)(?![\p{L}])/u.test(folded)) {
    return { stated: 'none', countries: [] };
  }
  return { stated: 'not-stated', countries };
}

/** "No", "n/a", "None" / "Yes, to …", "Personal data are being transferred outside of EU and EEA". */
function readEnglishAnswer(folded: string, countries: string[]): TransferStatement {
  const negative = /^(?:no|none|n\/?a|not applicable)(?![\p{L}])/u.test(folded);
  if (negative && !/(?<![\p{L}])(?:except|unless|save for|apart from)(?![\p{L}])/u.test(folded)) return { stated: 'none', countries: [] };
  const transferred = /(?<![\p{L}])(?:(?:is|are) (?:being )?transferred|will be transferred|transfers? (?:to|outside))(?![\p{L}])/u;
  const notTransferred = /(?<![\p{L}])(?:no (?:data )?transfers?|(?:is|are) not (?:being )?transferred|not transferred)(?![\p{L}])/u;
  if (/^yes(?![\p{L}])/u.test(folded) || countries.length > 0 || negative) return { stated: 'yes', countries };
  if (notTransferred.test(folded)) return { stated: 'none', countries: [] };
  if (transferred.test(folded)) return { stated: 'yes', countries };
  return { stated: 'not-stated', countries };
}
