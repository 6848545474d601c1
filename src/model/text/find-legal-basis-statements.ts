// Finds, in an English record, the sentences that state a legal basis, and the articles they rest on.
import { testTail } from '../../text/match-tail.ts';
import { splitSegments } from './clean-text.ts';
import { parseGdprLegalBasis, type GdprLegalBasis } from './parse-legal-basis.ts';

export interface LegalBasisStatement {
  /** The sentence as written, from "The legal basis …" or the whole sentence citing an article. */
  text: string;
  /** Articles of Regulation (EU) 2018/1725 it cites, as printed without spaces: "5(1)(a)", "48(2)(d)". */
  articles: string[];
  /** GDPR (Regulation (EU) 2016/679) points it cites by article, as eu-gdpr ids ("A6-1-b"). */
  gdpr: GdprLegalBasis[];
}

const TRIGGER = /(?:\bthe\s+)?(?:legal|lawful)\s+basis\b|\blawful(?:ness|ly)?\s+(?:under|pursuant|on)\b/iu;
/**
 * Articles of 2018/1725 that are grounds: lawfulness (5(1)(a)–(e)), special categories (10(2)(a)–(j)), transfers
 * (47–51: adequacy, safeguards, binding corporate rules, derogations). "No data falling under Article 10 of the
 * Regulation is processed" or "based on Article 31" (the duty to keep records) cite no ground.
 */
const GROUND_ARTICLE = /^(?:5\(1\)\([a-e]\)|10\(2\)\([a-j]\)|(?:4[7-9]|5[01])(?:\(.*)?)$/;
const ARTICLE = /(?<![\p{L}\p{N}])Art(?:icle|\.)?\s*(\d{1,3})((?:\s*\(\s*[0-9]{1,2}\s*\)|\s*\(\s*[a-z]\s*\))*)/giu;
// What follows an article says whose it is; "the Regulation" is 2018/1725, as the records' introduction defines it.
const EU_2018_1725 = /^\s*,?\s*(?:of\s+)?(?:the\s+)?(?:Regulation\s*(?:\(EU\)\s*)?(?:No\.?\s*)?2018\/1725|Regulation(?![\p{L}])(?!\s*\(EU\)\s*(?:No\.?\s*)?2016\/679)|EUDPR)/iu;
const GDPR_AFTER = /^\s*,?\s*(?:of\s+)?(?:the\s+)?(?:GDPR|General\s+Data\s+Protection\s+Regulation|Regulation\s*(?:\(EU\)\s*)?(?:No\.?\s*)?2016\/679)/iu;
const GDPR_BEFORE = /(?:GDPR|2016\/679)\s*,?\s*$/iu;

/**
 * Regulation (EU) 2018/1725 is the EU institutions' counterpart of the GDPR; DPV 2.3 has no terms for it, so its
 * articles are kept as references, never turned into GDPR terms. GDPR articles cited as such are read as the
 * eu-gdpr bases they name. Other articles (of the Staff Regulations…) stay in the text only.
 */
export function findLegalBasisStatements(cellText: string): LegalBasisStatement[] {
  const found: LegalBasisStatement[] = [];
  for (const { text: clause } of splitSegments(cellText, { mode: 'clauses' })) {
    const trigger = TRIGGER.exec(clause);
    // A sentence glued to the one before by a missing full stop starts at "The legal basis".
    const text = trigger && /basis/i.test(trigger[0]) ? clause.slice(trigger.index).replace(/^the/, 'The') : clause;
    const articles: string[] = [];
    const gdpr = new Set<GdprLegalBasis>();
    for (const m of text.matchAll(ARTICLE)) {
      const reference = `${m[1]}${(m[2] ?? '').replace(/\s+/g, '')}`;
      // Bounded windows around the article: what names its regulation is a few words away, and slicing the whole
      // rest of the text for each article would make a long clause quadratic.
      const start = m.index ?? 0;
      const after = text.slice(start + m[0].length, start + m[0].length + 200);
      if (GDPR_AFTER.test(after) || testTail(GDPR_BEFORE, text.slice(Math.max(0, start - 200), start))) {
        for (const basis of parseGdprLegalBasis(`article ${reference}`).bases) gdpr.add(basis);
      } else if (EU_2018_1725.test(after) && !articles.includes(reference)) articles.push(reference);
    }
    // Without a wording of its own, a sentence is a statement of legal basis by the grounds it cites.
    if (!trigger && gdpr.size === 0 && !articles.some((a) => GROUND_ARTICLE.test(a))) continue;
    if (!found.some((s) => s.text === text)) found.push({ text, articles, gdpr: [...gdpr] });
  }
  return found;
}
