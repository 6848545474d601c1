// Splits sorted results into runs of one check, so that a check's name and message are shown once per run.
import type { CheckResult } from './check-report.ts';

export function groupByCheck(results: readonly CheckResult[]): CheckResult[][] {
  const groups: CheckResult[][] = [];
  for (const r of results) {
    const last = groups.at(-1);
    if (last && last[0]?.check === r.check) last.push(r);
    else groups.push([r]);
  }
  return groups;
}
