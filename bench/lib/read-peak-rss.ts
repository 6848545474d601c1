// The peak resident set of the current process, which the bench's child processes report for themselves.
import { readFileSync } from 'node:fs';

/** In kB: Linux VmHWM (worker threads included), else resourceUsage. */
export function readPeakRssKb(): number {
  try {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (match) return Number(match[1]);
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS;
}
