// The check report as text for a terminal: by register, then severity, then check; colours only when asked.
import { SEVERITIES, SEVERITY_LABELS, formatCount, type CheckReport, type CheckResult, type Severity } from './check-report.ts';
import { groupByCheck } from './group-by-check.ts';

const ANSI = { bold: [1, 22], dim: [2, 22], red: [31, 39], yellow: [33, 39], cyan: [36, 39] } as const;
type Style = keyof typeof ANSI;
const SEVERITY_STYLE: Record<Severity, Style> = { violation: 'red', warning: 'yellow', info: 'cyan' };

export function formatCheckReport(report: CheckReport, options: { colour: boolean }): string {
  const paint = (style: Style, text: string) => (options.colour ? `\u001b[${ANSI[style][0]}m${text}\u001b[${ANSI[style][1]}m` : text);
  const lines: string[] = [];
  lines.push(paint('bold', `Contrôles de conformité des registres — date de référence ${report.asOf}`));
  lines.push(`${report.treatments} traitements contrôlés : ${summarise(report.counts)}`);

  for (const register of report.registers) {
    lines.push('');
    const file = register.file ? ` [${register.file}]` : '';
    lines.push(`${paint('bold', register.title)}${paint('dim', file)} — ${summarise(register.counts)}`);
    for (const { severity, results } of register.severities) {
      lines.push(`  ${paint(SEVERITY_STYLE[severity], `${SEVERITY_LABELS[severity].many} (${results.length})`)}`);
      for (const group of groupByCheck(results)) {
        const first = group[0] as CheckResult;
        lines.push(`    ${paint('bold', first.checkName)} ${paint('dim', `[${first.check}]`)}`);
        lines.push(`      ${first.message}`);
        for (const r of group) {
          const value = r.value ? ` — ${r.value.label}` : '';
          lines.push(`      - ${r.treatment}${value}`);
          lines.push(`        ${paint('dim', r.focusNode)}`);
        }
      }
    }
  }

  lines.push('', paint('bold', 'Par contrôle'));
  const idWidth = Math.max(...report.checks.map((c) => c.id.length));
  for (const check of report.checks) {
    const severity = paint(SEVERITY_STYLE[check.severity], SEVERITY_LABELS[check.severity].one.padEnd(13));
    lines.push(`  ${severity} ${check.id.padEnd(idWidth)} ${String(check.count).padStart(4)}  ${check.name}`);
  }
  return `${lines.join('\n')}\n`;
}

function summarise(counts: Record<Severity, number>): string {
  return SEVERITIES.map((s) => formatCount(counts[s], s)).join(', ');
}
