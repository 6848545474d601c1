// Pairs the treatments of two registers that describe the same processing, one to one, best evidence first.
import type { Register, Treatment } from '../model/treatment.ts';
import type { TitleReader } from './create-title-reader.ts';
import { scoreTreatmentPair, type PairEvidence } from './score-treatment-pair.ts';

/**
 * Pairs score 0.6 and more (the weakest true pair of 001/002, "Support Informatique", keeps its title and
 * nothing else); treatments that are not the same processing stay under 0.3. The threshold sits in the gap.
 */
export const ALIGNMENT_THRESHOLD = 0.5;

export interface AlignedPair {
  left: Treatment;
  right: Treatment;
  evidence: PairEvidence;
}

export interface Alignment {
  threshold: number;
  /** In the left register's order. */
  pairs: AlignedPair[];
  onlyLeft: Treatment[];
  onlyRight: Treatment[];
}

export function alignTreatments(left: Register, right: Register, readTitle: TitleReader, threshold = ALIGNMENT_THRESHOLD): Alignment {
  const candidates: AlignedPair[] = [];
  for (const l of left.treatments) {
    for (const r of right.treatments) {
      const evidence = scoreTreatmentPair(l, r, readTitle);
      if (evidence.score >= threshold) candidates.push({ left: l, right: r, evidence });
    }
  }
  // Greedy on the score: a treatment's best match may be taken by a better pair (five Office365 titles share
  // most words); ties go to the closer positions, then to the slugs, so that the result never depends on order.
  candidates.sort(
    (a, b) =>
      b.evidence.score - a.evidence.score ||
      Math.abs(a.left.ordinal - a.right.ordinal) - Math.abs(b.left.ordinal - b.right.ordinal) ||
      a.left.slug.localeCompare(b.left.slug) ||
      a.right.slug.localeCompare(b.right.slug),
  );
  const usedLeft = new Set<string>();
  const usedRight = new Set<string>();
  const pairs: AlignedPair[] = [];
  for (const candidate of candidates) {
    if (usedLeft.has(candidate.left.slug) || usedRight.has(candidate.right.slug)) continue;
    usedLeft.add(candidate.left.slug);
    usedRight.add(candidate.right.slug);
    pairs.push(candidate);
  }
  pairs.sort((a, b) => a.left.ordinal - b.left.ordinal);
  return {
    threshold,
    pairs,
    onlyLeft: left.treatments.filter((t) => !usedLeft.has(t.slug)),
    onlyRight: right.treatments.filter((t) => !usedRight.has(t.slug)),
  };
}

/** The same alignment seen from the other register: no second run, so both views always agree. */
export function flipAlignment(alignment: Alignment): Alignment {
  return {
    threshold: alignment.threshold,
    pairs: alignment.pairs
      .map(({ left, right, evidence }) => ({
        left: right,
        right: left,
        evidence: { ...evidence, spellingVariants: evidence.spellingVariants.map((v) => ({ system: v.system, left: v.right, right: v.left })) },
      }))
      .sort((a, b) => a.left.ordinal - b.left.ordinal),
    onlyLeft: alignment.onlyRight,
    onlyRight: alignment.onlyLeft,
  };
}
