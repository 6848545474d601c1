// The peak resident set of a process: the bench's child processes report their own, bench:store reads its servers'.
import { readFileSync } from 'node:fs';

/** In kB: Linux VmHWM (worker threads included), else resourceUsage for this process and NaN for another. */
export function readPeakRssKb(pid: number | 'self' = 'self'): number {
  try {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    if (match) return Number(match[1]);
  } catch {
    // not Linux, or the process is gone
  }
  return pid === 'self' ? process.resourceUsage().maxRSS : Number.NaN;
}
