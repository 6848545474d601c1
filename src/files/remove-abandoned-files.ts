// Removes what a killed write left beside its target: staging folders, retired folders and temporary files of dead processes.
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Our atomic writers name their temporary entries `.NAME.staging-PID-TIME`, `.NAME.old-PID-TIME` and
 * `.NAME.PID-TIME.tmp`; after a `kill -9` they stay forever. Those of a process that no longer runs are
 * removed; a live process (another build writing now) keeps its own.
 */
export async function removeAbandonedFiles(parent: string, name: string): Promise<string[]> {
  const entries = await readdir(parent).catch(() => [] as string[]);
  const prefix = `.${name}.`;
  const removed: string[] = [];
  for (const entry of entries) {
    if (!entry.startsWith(prefix)) continue;
    const match = /^(?:staging-|old-)?(\d+)-\d+(?:\.tmp)?$/.exec(entry.slice(prefix.length));
    if (!match || isRunning(Number(match[1]))) continue;
    await rm(join(parent, entry), { recursive: true, force: true });
    removed.push(entry);
  }
  return removed;
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
