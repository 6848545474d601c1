// Writes a bench report as Markdown tables: build, load and memory, per-query latencies and ratios, HTTP, targets.
import { ENGINE_LABELS, type EngineName } from './bench-engine.ts';
import { readEngineGeomean, type BenchReport, type QueryFigures, type ScaleResult } from './bench-report.ts';
import { renderBuildThroughput } from './measure-build-throughput.ts';

const MIB = 1024 * 1024;

export function renderReportMarkdown(report: BenchReport): string {
  const out: string[] = [];
  const m = report.machine;
  const stem = report.options.quick ? `${report.date}-quick` : report.date;
  out.push(`# Bench ${report.date}`, '');
  out.push(`${m.cores} cores (${m.cpuModel}), ${(m.memoryBytes / 1024 ** 3).toFixed(1)} GiB, Node ${m.node} on ${m.platform}; ${report.options.quick ? '`--quick`' : 'full run'}, seed \`${report.options.seed}\`, query timeout ${report.options.timeoutMs / 1000} s, warm runs ${report.options.warm.minRuns}–${report.options.warm.maxRuns} within ${report.options.warm.budgetMs} ms per query (none after a cold run over ${report.options.warm.slowMs} ms)${report.options.heapMb !== undefined ? `, engine heap ${report.options.heapMb} MiB` : ''}.`);
  const busy = Math.max(m.loadAverage.start, m.loadAverage.end) > m.cores;
  out.push(`Load average ${m.loadAverage.start.toFixed(1)} at the start, ${m.loadAverage.end.toFixed(1)} at the end${busy ? `: above ${m.cores}, other processes were competing for the CPU and the figures are noisy` : ` (${m.cores} cores): above ${m.cores}, other processes would have been competing for the CPU`}.`);
  out.push(`Started ${report.startedAt}, finished ${report.finishedAt}. Method and tolerances: [bench/README.md](../README.md). Chart: [${stem}.svg](${stem}.svg).`);
  out.push(`**Wall time ${minutes(report.wallMs)}**${report.phases.length > 0 ? `: ${report.phases.map((p) => `${p.name} ${sec(p.ms)}`).join(', ')}` : ''}.`, '');

  if (report.disagreements > 0) out.push(`**${report.disagreements} disagreement(s) between engines: see the agreement column.**`, '');

  out.push('## Targets', '', '| target | met | measured |', '| --- | --- | --- |');
  for (const t of report.targets) out.push(`| ${cell(t.target)} | ${t.met === undefined ? '–' : t.met ? 'yes' : '**no**'} | ${cell(t.detail)} |`);
  out.push('');

  out.push('## Synthetic registers (generate + map + serialise)', '', '| treatments | registers | quads | Turtle | generate | map | serialise | treatments/s |', '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const s of report.scales) {
    const b = s.build;
    out.push(`| ${fmtInt(s.treatments)} | ${b.registers} | ${fmtInt(b.quads)} | ${(b.turtleBytes / MIB).toFixed(0)} MiB | ${sec(b.millis.generate)} | ${sec(b.millis.map)} | ${sec(b.millis.serialise)} | ${fmtInt(Math.round(b.throughput))} |`);
  }
  out.push('');
  out.push(statisticsTable(report), '');

  out.push('## Load and memory (each engine in its own process)', '', '| treatments | engine | load | quads | RSS before load | RSS after load | peak RSS | first query | restarts |', '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const s of report.scales) {
    for (const e of s.engines) {
      if (e.status === 'failed') {
        out.push(`| ${fmtInt(s.treatments)} | ${ENGINE_LABELS[e.engine]} | failed: ${cell(e.error ?? '')} | | | | | | |`);
        continue;
      }
      out.push(`| ${fmtInt(s.treatments)} | ${ENGINE_LABELS[e.engine]} | ${sec(e.loadMillis)} | ${fmtInt(e.size)} | ${mib(e.baselineRssKb)} | ${mib(e.rssAfterLoadKb)} | ${mib(e.peakRssKb)} | ${ms(e.firstQueryMs)} | ${e.restarts} |`);
    }
  }
  out.push('');

  for (const s of report.scales) out.push(scaleSection(s), '');

  out.push('## HTTP at seed scale (real registers, real app, autocannon)', '');
  if (report.http) {
    out.push(`${fmtInt(report.http.triples)} quads, ${report.http.workers} graph worker(s); the server runs in its own process, autocannon in the bench's, on the same ${m.cores} cores.`, '');
    out.push('| query | clients | requests/s | p50 | p95 | p99 | requests | non-2xx | errors |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const h of report.http.measures) out.push(`| ${h.query} | ${h.connections} | ${h.requestsPerSecond.toFixed(0)} | ${ms(h.p50)} | ${ms(h.p95)} | ${ms(h.p99)} | ${fmtInt(h.requests)} | ${h.non2xx} | ${h.errors} |`);
  } else out.push(report.httpError ? `Not measured: ${cell(report.httpError)}` : 'Not measured in this run.');
  out.push('');
  out.push('## Build throughput (ropa build on a register workbook, each build in its own process)', '');
  if (report.build) out.push(renderBuildThroughput(report.build));
  else out.push(report.buildError ? `Not measured: ${cell(report.buildError)}` : 'Not measured in this run.');
  out.push('');
  return `${out.join('\n')}\n`;
}

function scaleSection(s: ScaleResult): string {
  const engines = s.engines.map((e) => e.engine);
  const has = (e: EngineName) => engines.includes(e);
  const variants = s.queries.some((q) => q.timings.ours?.variants !== undefined);
  const out: string[] = [];
  out.push(`## ${fmtInt(s.treatments)} treatments — per query (ms; median and p95 of warm runs, cold = first run)`, '');
  const head = ['query', 'rows'];
  if (has('ours')) head.push('ours median', 'ours p95', 'ours cold', ...(variants ? ['ours rows¹', 'store²'] : []));
  if (has('oxigraph')) head.push('Oxigraph median', 'Oxigraph p95', 'Oxigraph cold');
  if (has('naive')) head.push('naive median', 'naive p95', 'naive cold');
  if (has('ours') && has('oxigraph')) head.push('ours ÷ Oxigraph');
  if (has('ours') && has('naive')) head.push('naive ÷ ours');
  head.push('agreement');
  out.push(`| ${head.join(' | ')} |`, `| ${head.map((h, i) => (i === 0 || h === 'agreement' ? '---' : '---:')).join(' | ')} |`);
  for (const q of s.queries) {
    const agreement = s.agreement.find((a) => a.query === q.query);
    const rows = Object.values(q.timings).find((t) => t?.count !== undefined)?.count;
    const row = [`\`${q.query}\``, rows === undefined ? '–' : fmtInt(rows)];
    if (has('ours')) row.push(...engineCells(q, 'ours'), ...(variants ? [ms(q.timings.ours?.variants?.rows?.median), ms(q.timings.ours?.variants?.store?.median)] : []));
    if (has('oxigraph')) row.push(...engineCells(q, 'oxigraph'));
    if (has('naive')) row.push(...engineCells(q, 'naive'));
    if (has('ours') && has('oxigraph')) row.push(ratio(q.oursOverOxigraph));
    if (has('ours') && has('naive')) row.push(`${q.naiveLowerBound ? '≥ ' : ''}${ratio(q.naiveOverOurs)}`);
    row.push(agreementCell(agreement));
    out.push(`| ${row.join(' | ')} |`);
  }
  const geo = ['**geometric mean**', ''];
  if (has('ours')) geo.push(ms(readEngineGeomean(s, 'ours')), '', '', ...(variants ? ['', ''] : []));
  if (has('oxigraph')) geo.push(ms(readEngineGeomean(s, 'oxigraph')), '', '');
  if (has('naive')) geo.push(ms(readEngineGeomean(s, 'naive')), '', '');
  if (has('ours') && has('oxigraph')) geo.push(`**${ratio(s.geomean.oursOverOxigraph)}**`);
  if (has('ours') && has('naive')) geo.push(`**${s.queries.some((q) => q.naiveLowerBound) ? '≥ ' : ''}${ratio(s.geomean.naiveOverOurs)}**`);
  geo.push('');
  out.push(`| ${geo.join(' | ')} |`, '');
  out.push(`${variants ? '¹ ours without serialisation: `selectRows`/`constructQuads` (rows as RDF/JS terms). ² the graph store alone (worker Oxigraph + transfer), Comunica bypassed. ' : ''}A figure marked \`t/o\` timed out, \`skipped\` was not run: time budget of the engine spent, timed out at a smaller scale (\`t/o at\`), or with \`--quick\` projected over the timeout from the smaller scale; \`(cold)\` means no warm run followed. Engine geometric means are over the queries every engine answered. \`naive unsupported\`: only the naive engine differs, on a query that needs what Comunica lacks by design (ours and Oxigraph still agree); not a disagreement.`);
  return out.join('\n');
}

function agreementCell(agreement: ScaleResult['agreement'][number] | undefined): string {
  if (!agreement) return '–';
  if (agreement.verdict === 'disagree') return `**disagree**: ${cell(agreement.detail ?? '')}`;
  if (agreement.verdict === 'tolerated') return `tolerated: ${cell(agreement.detail ?? '')}`;
  if (agreement.verdict === 'naive-unsupported') return `naive unsupported: ${cell(agreement.detail ?? '')}`;
  return agreement.verdict;
}

function engineCells(q: QueryFigures, engine: EngineName): string[] {
  const t = q.timings[engine];
  if (!t) return ['–', '–', '–'];
  if (t.status === 'timeout') return ['t/o', 't/o', 't/o'];
  if (t.status === 'skipped') return [`skipped${skipReason(t.skipped)}`, '', ''];
  if (t.status !== 'ok') return [t.status, '', ''];
  if (!t.warm) return [`${ms(t.cold)} (cold)`, '–', ms(t.cold)];
  return [ms(t.warm.median), ms(t.warm.p95), ms(t.cold)];
}

/** A short reason: the JSON has the whole sentence. */
function skipReason(why: string | undefined): string {
  if (why === undefined) return '';
  if (why.startsWith('projected')) return ' (projected t/o)';
  const at = /^timed out at ([\d,]+)/.exec(why);
  if (at) return ` (t/o at ${at[1]})`;
  if (why.includes('budget')) return ' (budget)';
  if (why.includes('restarts')) return ' (restarts)';
  return '';
}

function statisticsTable(report: BenchReport): string {
  const columns = Object.entries(report.statistics.synthetic);
  const rows: [string, (s: BenchReport['statistics']['real']) => string][] = [
    ['purposes / treatment', (s) => s.meanCounts.purposes.toFixed(2)],
    ['data categories / treatment', (s) => s.meanCounts.dataCategories.toFixed(2)],
    ['data subjects / treatment', (s) => s.meanCounts.dataSubjects.toFixed(2)],
    ['recipients / treatment', (s) => s.meanCounts.recipients.toFixed(2)],
    ['systems / treatment', (s) => s.meanCounts.systems.toFixed(2)],
    ['retention statements / treatment', (s) => s.meanCounts.retention.toFixed(2)],
    ['share using RIO / Microsoft 365', (s) => `${pct(s.shares.systems.rio)} / ${pct(s.shares.systems.office365)}`],
    ['retention: duration / until event', (s) => `${pct(s.retentionKinds.duration)} / ${pct(s.retentionKinds['until-event'])}`],
    ['with a legal basis (mean bases)', (s) => s.meanCounts.legalBases.toFixed(2)],
    ['dated last update', (s) => pct(s.rates.dated)],
    ['mean title / purpose length', (s) => `${s.meanTitleLength.toFixed(0)} / ${s.meanPurposeLength.toFixed(0)}`],
    ['verbatim text per treatment (chars)', (s) => s.meanFieldsLength.toFixed(0)],
  ];
  const out = [`| statistic | real (${report.statistics.real.treatments}) | ${columns.map(([n]) => `synthetic ${fmtInt(Number(n))}`).join(' | ')} |`, `| --- | ---: | ${columns.map(() => '---:').join(' | ')} |`];
  for (const [label, read] of rows) out.push(`| ${label} | ${read(report.statistics.real)} | ${columns.map(([, s]) => read(s)).join(' | ')} |`);
  return out.join('\n');
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, '<br>');
}
function fmtInt(n: number | undefined): string {
  return n === undefined ? '–' : n.toLocaleString('en');
}
function minutes(millis: number | undefined): string {
  if (millis === undefined || millis <= 0) return '–';
  const s = Math.round(millis / 1000);
  return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
}
function sec(millis: number | undefined): string {
  return millis === undefined ? '–' : `${(millis / 1000).toFixed(1)} s`;
}
function ms(millis: number | undefined): string {
  if (millis === undefined || Number.isNaN(millis)) return '–';
  return millis >= 100 ? millis.toFixed(0) : millis >= 10 ? millis.toFixed(1) : millis.toFixed(2);
}
function mib(kb: number | undefined): string {
  return kb === undefined ? '–' : `${(kb / 1024).toFixed(0)} MiB`;
}
function ratio(r: number | undefined): string {
  return r === undefined ? '–' : `${r.toFixed(2)}×`;
}
function pct(r: number | undefined): string {
  return r === undefined ? '–' : `${(r * 100).toFixed(1)} %`;
}
