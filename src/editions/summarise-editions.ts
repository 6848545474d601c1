// The list of edition pairs as plain data for GET /diff (JSON) and its page: who revises whom, and why.
import type { EditionPair } from './find-editions.ts';
import type { OrderingSignal } from './decide-edition-order.ts';

export interface EditionSummary {
  newer: { slug: string; file: string; title: string; treatments: number };
  older: { slug: string; file: string; title: string; treatments: number };
  /** False when the signals balanced out: "newer" and "older" are then only the slug order. */
  ordered: boolean;
  aligned: number;
  /** Treatments of the newer edition only / of the older edition only. */
  added: number;
  removed: number;
  reason: string;
  signals: OrderingSignal[];
}

export function summariseEditions(pairs: readonly EditionPair[]): EditionSummary[] {
  const ref = (r: EditionPair['newer']) => ({ slug: r.slug, file: r.file, title: r.title, treatments: r.treatments.length });
  return pairs.map((p) => ({
    newer: ref(p.newer),
    older: ref(p.older),
    ordered: p.ordered,
    aligned: p.alignment.pairs.length,
    added: p.alignment.onlyLeft.length,
    removed: p.alignment.onlyRight.length,
    reason: p.decision.reason,
    signals: p.decision.signals,
  }));
}
