// Watches what the server serves, and loads a new build (or makes one, when the server builds its own graph).
import { watchPaths } from '../files/watch-paths.ts';
import type { LiveGraph } from '../store/live-graph.ts';

export interface WatchGraphSourcesOptions {
  live: Pick<LiveGraph<unknown>, 'reload' | 'recordError' | 'onClose'>;
  /** The built graph the server serves: a complete new build there is loaded and switched to. */
  graphDir: string;
  /**
   * When the server builds its graph itself (`--registers` sets, `--no-registers`): the build's inputs to
   * watch, and the build to run when they change. Without it the graph folder is rebuilt by someone else.
   */
  build?: {
    inputs: readonly string[];
    /** Resolves false when the graph is already built from these inputs. Throws the build's error. */
    run: () => Promise<boolean>;
  };
  log: (line: string) => void;
  /** Default 300 ms. */
  debounceMs?: number;
}

/** Starts watching; the watchers stop when the live graph closes. */
export function watchGraphSources(options: WatchGraphSourcesOptions): void {
  const { live, log } = options;
  const debounceMs = options.debounceMs ?? 300;
  const graph = watchPaths([options.graphDir], () => void live.reload(`new build in ${options.graphDir}`), { debounceMs, log });
  live.onClose(() => graph.close());
  const build = options.build;
  if (!build) return;

  // One build at a time; changes during a build make one more build after it.
  let building: Promise<void> | undefined;
  let again = false;
  const rebuild = (): void => {
    if (building) {
      again = true;
      return;
    }
    building = (async () => {
      do {
        again = false;
        const started = performance.now();
        try {
          if (await build.run()) {
            log(`graph: rebuilt from the registers in ${((performance.now() - started) / 1000).toFixed(1)} s`);
            await live.reload('rebuilt from the registers');
          }
        } catch (error) {
          // A register that does not parse names its file and line (RegisterFormatError): say it, keep serving.
          live.recordError(`rebuild failed: ${error instanceof Error ? error.message : String(error)}`);
        }
      } while (again);
      building = undefined;
    })();
  };
  const inputs = watchPaths(build.inputs, rebuild, { debounceMs, log });
  live.onClose(async () => {
    inputs.close();
    await building;
  });
}
