// Finds the registers that are editions of one another: same owner, and most treatments the same processing.
import type { CatalogueEntry } from '../model/catalogue.ts';
import type { Register } from '../model/treatment.ts';
import { alignTreatments, flipAlignment, type Alignment } from './align-treatments.ts';
import { createTitleReader } from './create-title-reader.ts';
import { decideEditionOrder, type OrderDecision } from './decide-edition-order.ts';

/**
 * Share of the smaller register's treatments that must find their counterpart. A ministry's two services
 * (the DNUM and its Fabrique) share an owner but no treatment; two editions share most of them (16 of 18).
 */
export const EDITION_COVERAGE = 0.5;
/**
 * Registers of one treatment each (the EDPS records) align on one pair: coverage alone would make two records of
 * one owner with somewhat alike titles ("Selection of staff", "Selection of interim staff", 0.37) editions. Two
 * editions repeat most of their wording: the DNUM pairs average 0.95.
 */
export const EDITION_MEAN_SCORE = 0.7;

export interface EditionPair {
  /** The newer edition when `ordered`; else the first of the two by slug. */
  newer: Register;
  older: Register;
  ordered: boolean;
  /** Left is `newer`, right is `older`. */
  alignment: Alignment;
  decision: OrderDecision;
}

/** Every pair of editions among the registers, sorted by the slugs of the newer then the older. */
export function findEditions(registers: readonly Register[], systems: readonly CatalogueEntry[]): EditionPair[] {
  const readTitle = createTitleReader(systems);
  const sorted = [...registers].sort((a, b) => a.slug.localeCompare(b.slug));
  const pairs: EditionPair[] = [];
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) {
      const a = sorted[i]!;
      const b = sorted[j]!;
      if (!shareOwner(a, b)) continue;
      const alignment = alignTreatments(a, b, readTitle);
      if (!areEditions(a, b, alignment)) continue;
      const decision = decideEditionOrder(a, b, alignment, systems);
      const flip = decision.newer === b.slug;
      pairs.push({ newer: flip ? b : a, older: flip ? a : b, ordered: decision.newer !== undefined, alignment: flip ? flipAlignment(alignment) : alignment, decision });
    }
  }
  return pairs.sort((x, y) => x.newer.slug.localeCompare(y.newer.slug) || x.older.slug.localeCompare(y.older.slug));
}

/** Two registers are editions of one another when they share an owner and most treatments align, closely. */
export function areEditions(a: Register, b: Register, alignment: Alignment): boolean {
  if (!shareOwner(a, b) || alignment.pairs.length === 0) return false;
  const mean = alignment.pairs.reduce((sum, p) => sum + p.evidence.score, 0) / alignment.pairs.length;
  return alignment.pairs.length >= EDITION_COVERAGE * Math.min(a.treatments.length, b.treatments.length) && mean >= EDITION_MEAN_SCORE;
}

function shareOwner(a: Register, b: Register): boolean {
  return a.owners.some((owner) => b.owners.includes(owner));
}
