// Separates, in what detectDpia found, the impact assessments (AIPD/DPIA) from the security accreditations (homologation).
import { splitSegments } from './clean-text.ts';

export interface AssessmentMentions {
  /** Sentences about a data protection impact assessment. */
  impact: string[];
  /** Sentences about a security accreditation ("homologation"), which is no DPIA. */
  accreditation: string[];
}

const IMPACT = /(?<![\p{L}\p{N}])(?:AIPD|DPIA|PIA|aipd)(?![\p{L}\p{N}])|analyses? d['’]impacts?|[ée]tudes? d['’]impacts?|impact assessment/iu;
const ACCREDITATION = /homolog(?:ations?|u[ée]e?s?|uer)/iu;

/** A sentence naming both goes to both lists. */
export function splitAssessmentMentions(text: string): AssessmentMentions {
  const impact: string[] = [];
  const accreditation: string[] = [];
  for (const { text: sentence } of splitSegments(text, { mode: 'clauses' })) {
    if (IMPACT.test(sentence) && !impact.includes(sentence)) impact.push(sentence);
    if (ACCREDITATION.test(sentence) && !accreditation.includes(sentence)) accreditation.push(sentence);
  }
  return { impact, accreditation };
}
