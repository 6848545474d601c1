// Order statistics of timing samples (median, p95 by nearest rank) and the geometric mean of ratios.

export interface TimingSummary {
  n: number;
  median: number;
  p95: number;
  min: number;
  max: number;
}

export function summariseTimings(samples: readonly number[]): TimingSummary | undefined {
  if (samples.length === 0) return undefined;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
  const mid = sorted.length / 2;
  const median = sorted.length % 2 === 1 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { n: sorted.length, median, p95: rank(0.95), min: sorted[0]!, max: sorted[sorted.length - 1]! };
}

/** Of positive finite values only; undefined when there is none. */
export function geometricMean(values: readonly number[]): number | undefined {
  const usable = values.filter((v) => Number.isFinite(v) && v > 0);
  if (usable.length === 0) return undefined;
  return Math.exp(usable.reduce((sum, v) => sum + Math.log(v), 0) / usable.length);
}
