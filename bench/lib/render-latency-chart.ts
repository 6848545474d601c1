// Draws warm latency by scale per engine as a small standalone SVG (log-log line chart), text escaped.
import { ENGINE_LABELS, ENGINE_NAMES, type EngineName } from './bench-engine.ts';
import { readEngineGeomean, type BenchReport } from './bench-report.ts';

const COLOURS: Record<EngineName, string> = { ours: '#1f6feb', oxigraph: '#2da44e', naive: '#cf222e' };
const LEGEND: Record<EngineName, string> = { ours: 'ours (Comunica → worker)', oxigraph: 'Oxigraph native', naive: 'Comunica + N3.js' };
const WIDTH = 720;
const HEIGHT = 420;
const MARGIN = { top: 48, right: 200, bottom: 56, left: 72 };

/**
 * A hand-written template rather than vega-lite: the chart is three polylines on two log axes, and vega + vega-lite
 * would add some thirty packages (d3 included) for it. Every text node goes through escapeXml.
 */
export function renderLatencyChart(report: Pick<BenchReport, 'scales' | 'date'>): string {
  const scales = [...report.scales].sort((a, b) => a.treatments - b.treatments);
  const series = ENGINE_NAMES.map((engine) => ({
    engine,
    points: scales.map((s) => ({ x: s.treatments, y: readEngineGeomean(s, engine) })).filter((p): p is { x: number; y: number } => p.y !== undefined),
  })).filter((s) => s.points.length > 0);
  const xs = scales.map((s) => s.treatments);
  const ys = series.flatMap((s) => s.points.map((p) => p.y));
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const [x0, x1] = logBounds(xs.length > 0 ? xs : [1000]);
  const [y0, y1] = logBounds(ys.length > 0 ? ys : [1]);
  const sx = (x: number) => MARGIN.left + (x1 === x0 ? plotW / 2 : ((Math.log10(x) - x0) / (x1 - x0)) * plotW);
  const sy = (y: number) => MARGIN.top + plotH - ((Math.log10(y) - y0) / (y1 - y0)) * plotH;
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="sans-serif" font-size="12">`);
  parts.push(`<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`);
  parts.push(`<text x="${MARGIN.left}" y="22" font-size="15" font-weight="bold">${escapeXml('Warm query latency by scale')}</text>`);
  parts.push(`<text x="${MARGIN.left}" y="38" font-size="11" fill="#57606a">${escapeXml(`geometric mean of warm medians over the queries all engines answered — ${report.date}`)}</text>`);
  for (let e = Math.ceil(y0); e <= Math.floor(y1); e++) {
    const y = sy(10 ** e);
    parts.push(`<line x1="${MARGIN.left}" x2="${MARGIN.left + plotW}" y1="${y.toFixed(1)}" y2="${y.toFixed(1)}" stroke="#d0d7de"/>`);
    parts.push(`<text x="${MARGIN.left - 8}" y="${(y + 4).toFixed(1)}" text-anchor="end">${escapeXml(formatMs(10 ** e))}</text>`);
  }
  for (const x of xs) {
    parts.push(`<line x1="${sx(x).toFixed(1)}" x2="${sx(x).toFixed(1)}" y1="${MARGIN.top}" y2="${MARGIN.top + plotH}" stroke="#eaeef2"/>`);
    parts.push(`<text x="${sx(x).toFixed(1)}" y="${MARGIN.top + plotH + 18}" text-anchor="middle">${escapeXml(x.toLocaleString('en'))}</text>`);
  }
  parts.push(`<text x="${MARGIN.left + plotW / 2}" y="${HEIGHT - 14}" text-anchor="middle">${escapeXml('treatments (log scale)')}</text>`);
  parts.push(`<text transform="translate(18 ${MARGIN.top + plotH / 2}) rotate(-90)" text-anchor="middle">${escapeXml('latency (log scale)')}</text>`);
  parts.push(`<rect x="${MARGIN.left}" y="${MARGIN.top}" width="${plotW}" height="${plotH}" fill="none" stroke="#8c959f"/>`);
  series.forEach(({ engine, points }, i) => {
    const colour = COLOURS[engine];
    if (points.length > 1) parts.push(`<polyline fill="none" stroke="${colour}" stroke-width="2.5" points="${points.map((p) => `${sx(p.x).toFixed(1)},${sy(p.y).toFixed(1)}`).join(' ')}"/>`);
    for (const p of points) {
      parts.push(`<circle cx="${sx(p.x).toFixed(1)}" cy="${sy(p.y).toFixed(1)}" r="4" fill="${colour}"><title>${escapeXml(`${ENGINE_LABELS[engine]}, ${p.x.toLocaleString('en')} treatments: ${formatMs(p.y)}`)}</title></circle>`);
    }
    const ly = MARGIN.top + 12 + i * 22;
    const lx = MARGIN.left + plotW + 16;
    parts.push(`<line x1="${lx}" x2="${lx + 22}" y1="${ly}" y2="${ly}" stroke="${colour}" stroke-width="3"/>`);
    parts.push(`<text x="${lx + 28}" y="${ly + 4}">${escapeXml(LEGEND[engine])}</text>`);
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

function logBounds(values: number[]): [number, number] {
  const lo = Math.floor(Math.log10(Math.min(...values)));
  const hi = Math.ceil(Math.log10(Math.max(...values)));
  return hi === lo ? [lo, lo + 1] : [lo, hi];
}

function formatMs(ms: number): string {
  return ms >= 1000 ? `${+(ms / 1000).toPrecision(3)} s` : `${+ms.toPrecision(3)} ms`;
}
