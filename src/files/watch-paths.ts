// Watches files and folders with fs.watch, debounced, and keeps watching a folder that a build replaced by a rename.
import { watch, type FSWatcher } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';

export interface PathWatcher {
  close(): void;
}

export interface WatchPathsOptions {
  /** Quiet time after the last event before onChange runs: a build writes many files, a save several events. */
  debounceMs: number;
  /** Told when a path cannot be watched (its parent folder is missing). */
  log?: (line: string) => void;
}

/**
 * A build replaces the graph folder in one rename (src/files/write-files-atomically.ts), and editors save by
 * renaming too, so a watcher on the path itself would follow the old inode and go quiet. Each path is watched
 * through its parent folder (events naming it), and a folder also from inside (recursively), re-attached each
 * time the parent says it was replaced. fs.watch on Linux is inotify: no polling, and events are reliable for
 * this use; chokidar would add polling fallbacks we do not need on the platforms we serve from.
 */
export function watchPaths(paths: readonly string[], onChange: (changed: string[]) => void, options: WatchPathsOptions): PathWatcher {
  const watchers: FSWatcher[] = [];
  const inside = new Map<string, FSWatcher>();
  const changed = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let closed = false;

  function notify(path: string): void {
    if (closed) return;
    changed.add(path);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const list = [...changed];
      changed.clear();
      onChange(list);
    }, options.debounceMs);
  }

  /** (Re)attaches the watcher inside a folder; a file, or a folder gone for now, gets none. */
  async function watchInside(path: string): Promise<void> {
    const info = await stat(path).catch(() => undefined);
    // Closed after the await: two events in a row must not leave two watchers on one folder.
    inside.get(path)?.close();
    inside.delete(path);
    if (closed || !info?.isDirectory()) return;
    try {
      const watcher = watch(path, { recursive: true }, () => notify(path));
      // The folder was removed under us: the parent's event re-attaches a watcher to its successor.
      watcher.on('error', () => watcher.close());
      inside.set(path, watcher);
    } catch {
      // Gone between stat and watch: the parent's next event tries again.
    }
  }

  for (const path of paths) {
    const name = basename(path);
    try {
      const parent = watch(dirname(path), (_event, filename) => {
        if (filename !== null && filename !== name) return;
        void watchInside(path);
        notify(path);
      });
      parent.on('error', (error) => options.log?.(`watch: ${dirname(path)}: ${error.message}`));
      watchers.push(parent);
    } catch (error) {
      options.log?.(`watch: cannot watch ${path}: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    void watchInside(path);
  }

  return {
    close() {
      closed = true;
      clearTimeout(timer);
      for (const watcher of [...watchers, ...inside.values()]) watcher.close();
    },
  };
}
