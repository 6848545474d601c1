// Evaluates the performance targets of the issue against a bench report (undefined when not measured).
import type { BenchReport, ScaleResult, TargetCheck } from './bench-report.ts';

const GIB = 1024 * 1024 * 1024;

export function checkTargets(report: Pick<BenchReport, 'scales' | 'http'>): TargetCheck[] {
  const at = (n: number) => report.scales.find((s) => s.treatments === n);
  const big = at(100_000);
  const checks: TargetCheck[] = [];
  const missing = (target: string, why = 'not measured (no 100 000 scale in this run)') => checks.push({ target, met: undefined, detail: why });

  if (big) {
    const ratios = big.queries.filter((q) => q.oursOverOxigraph !== undefined);
    const worst = ratios.reduce<(typeof ratios)[number] | undefined>((w, q) => (w === undefined || q.oursOverOxigraph! > w.oursOverOxigraph! ? q : w), undefined);
    checks.push({ target: '100 000: every query ≤ 1.5× Oxigraph native', met: ratios.length > 0 && ratios.every((q) => q.oursOverOxigraph! <= 1.5), detail: worst ? `worst ${worst.query}: ${worst.oursOverOxigraph!.toFixed(2)}×` : 'no ratio' });
    const g = big.geomean.oursOverOxigraph;
    checks.push({ target: '100 000: geometric mean ≤ 1.2× Oxigraph native', met: g === undefined ? undefined : g <= 1.2, detail: g === undefined ? 'no ratio' : `${g.toFixed(2)}×` });
    const slow = big.queries.filter((q) => (q.figure.ours?.ms ?? 0) > 2000 || q.figure.ours?.lowerBound);
    const measured = big.queries.some((q) => q.figure.ours);
    checks.push({ target: '100 000: no query over 2 s (ours, warm median)', met: measured ? slow.length === 0 : undefined, detail: slow.length === 0 ? 'none' : slow.map((q) => `${q.query} ${(q.figure.ours!.ms / 1000).toFixed(2)} s`).join(', ') });
  } else {
    missing('100 000: every query ≤ 1.5× Oxigraph native');
    missing('100 000: geometric mean ≤ 1.2× Oxigraph native');
    missing('100 000: no query over 2 s (ours, warm median)');
  }
  for (const n of [10_000, 100_000]) {
    const scale = at(n);
    const g = scale?.geomean.naiveOverOurs;
    const bound = scale?.queries.some((q) => q.naiveLowerBound) ? ' (naive timed out on some queries: a lower bound)' : '';
    if (g === undefined) missing(`${n.toLocaleString('en')}: ≥ 10× faster than naive Comunica (geomean)`, scale ? 'naive not measured' : undefined);
    else checks.push({ target: `${n.toLocaleString('en')}: ≥ 10× faster than naive Comunica (geomean)`, met: g >= 10, detail: `${g.toFixed(1)}×${bound}` });
  }
  const loadScale = big ?? largest(report.scales);
  const ours = loadScale?.engines.find((e) => e.engine === 'ours');
  const oxigraph = loadScale?.engines.find((e) => e.engine === 'oxigraph');
  if (ours?.loadMillis !== undefined && oxigraph?.loadMillis !== undefined) {
    const r = ours.loadMillis / oxigraph.loadMillis;
    checks.push({ target: `load ≤ 1.2× Oxigraph native (${loadScale!.treatments.toLocaleString('en')})`, met: r <= 1.2, detail: `${(ours.loadMillis / 1000).toFixed(1)} s vs ${(oxigraph.loadMillis / 1000).toFixed(1)} s = ${r.toFixed(2)}×` });
  } else missing('load ≤ 1.2× Oxigraph native', 'not measured');
  if (ours?.peakRssKb !== undefined) {
    const bytes = ours.peakRssKb * 1024;
    checks.push({ target: `peak RSS ≤ 2.5 GB (ours, ${loadScale!.treatments.toLocaleString('en')})`, met: bytes <= 2.5 * GIB, detail: `${(bytes / GIB).toFixed(2)} GiB` });
  } else missing('peak RSS ≤ 2.5 GB', 'not measured');
  const lookup = report.http?.measures.find((m) => m.query === 'lookup' && m.connections === 4);
  if (lookup) checks.push({ target: 'HTTP ≥ 500 req/s, lookup, 4 clients (seed)', met: lookup.requestsPerSecond >= 500, detail: `${lookup.requestsPerSecond.toFixed(0)} req/s` });
  else missing('HTTP ≥ 500 req/s, lookup, 4 clients (seed)', 'not measured');
  return checks;
}

function largest(scales: readonly ScaleResult[]): ScaleResult | undefined {
  return scales.reduce<ScaleResult | undefined>((a, s) => (a === undefined || s.treatments > a.treatments ? s : a), undefined);
}
