// Picks out of a recipients cell the clauses that name a host or subcontractor, i.e. a processor (GDPR art. 28).
import { splitSegments } from './clean-text.ts';

const PROCESSOR_ROLE = /(?<![\p{L}])(?:h[ée]bergeurs?|sous-traitants?|super[- ]administrateurs?)(?![\p{L}])/iu;

/** The clauses (paragraphs, list items, ";" parts) of the cell that introduce a processor, in source order. */
export function findProcessorClauses(cellText: string): string[] {
  return splitSegments(cellText, { mode: 'items' })
    .map((s) => s.text)
    .filter((t) => PROCESSOR_ROLE.test(t));
}
