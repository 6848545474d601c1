// Serves one generation of the graph at a time and switches to a new one atomically, without a restart.
import { AsyncLocalStorage } from 'node:async_hooks';
import { EventEmitter } from 'node:events';
import { describeSources, type GenerationInfo, type GenerationSource } from './graph-generation.ts';
import { createGraphStore, type GraphStore } from './graph-store.ts';
import type { WorkerCounts } from './create-worker-pool.ts';

/** A loaded generation: its store and what is served from it (e.g. a query engine and the caches keyed on it). */
export interface Generation<T> {
  store: GraphStore;
  served: T;
}

/** What the next generation would be, before it is opened: equal fingerprints, nothing to load. */
export interface NextGeneration {
  fingerprint: string;
  open(id: number): Promise<GraphStore>;
}

export type LiveGraphOptions<T> = {
  /** Builds what a generation serves beside its store; called once per generation. */
  serve: (store: GraphStore) => T;
  log: (line: string) => void;
  /** Longest a replaced generation waits for its in-flight requests before it is closed anyway; default 10 min. */
  retireAfterMs?: number;
} & (
  | {
      /** Reads what the next generation would hold: the build's files, or harvested dumps. Throws when unusable. */
      readSources: () => Promise<GenerationSource[]>;
      /** Per generation: a number, or 'auto' to size them to the machine and to that generation's graph. */
      workers: number | 'auto';
    }
  | {
      /** Says what the next generation would be (e.g. an external store's manifest); throws when it cannot tell. */
      readNext: () => Promise<NextGeneration>;
    }
);

export type LoadOutcome =
  | { status: 'switched'; generation: GenerationInfo; previous: GenerationInfo }
  | { status: 'unchanged'; generation: GenerationInfo }
  | { status: 'failed'; error: string; generation: GenerationInfo };

/** What /health reports. */
export interface LiveGraphStatus {
  ready: boolean;
  generation: GenerationInfo;
  /** `configured`: the workers of the served generation (--workers, or the number 'auto' chose). */
  workers: WorkerCounts & { configured: number };
  /** A new generation is being read or loaded beside the served one. */
  loading: boolean;
  /** The last failure to load or build a generation (the last good one kept serving); cleared by a switch. */
  lastError: { message: string; at: string } | null;
}

export interface LiveGraphEvents {
  loading: [reason: string];
  switched: [generation: GenerationInfo, previous: GenerationInfo];
  failed: [error: string];
}

export interface LiveGraph<T> {
  /** The generation of the request being served (see run), or else the newest. */
  current(): Generation<T>;
  /**
   * A store that is always the current generation's; a query outside a request leases the newest for its duration.
   * Closing it closes the live graph.
   */
  readonly store: GraphStore;
  /** Holds the newest generation until release(): it stays open however many switches happen meanwhile. */
  lease(): { generation: Generation<T>; release: () => void };
  /** Runs fn, and everything it starts, on a leased generation: a request never sees two graphs. */
  run<R>(generation: Generation<T>, fn: () => R): R;
  /** Reads the sources; loads them beside the served generation if they changed, then switches. One load at a time. */
  reload(reason: string): Promise<LoadOutcome>;
  /** A failure outside loading (e.g. a rebuild that failed), kept for /health until the next switch. */
  recordError(message: string): void;
  status(): LiveGraphStatus;
  readonly events: EventEmitter<LiveGraphEvents>;
  /** Run on close (watchers of what the graph is read from). */
  onClose(fn: () => void | Promise<void>): void;
  close(): Promise<void>;
}

interface Held<T> extends Generation<T> {
  leases: number;
  retired: boolean;
  closed?: Promise<void>;
}

export async function openLiveGraph<T>(options: LiveGraphOptions<T>): Promise<LiveGraph<T>> {
  const pinned = new AsyncLocalStorage<Generation<T>>();
  const events = new EventEmitter<LiveGraphEvents>();
  const closers: (() => void | Promise<void>)[] = [];
  const retireAfterMs = options.retireAfterMs ?? 600_000;
  let lastError: LiveGraphStatus['lastError'] = null;
  let loading = false;
  let closed = false;
  let closing: Promise<void> | undefined;
  let nextId = 1;

  const readNext: () => Promise<NextGeneration> =
    'readNext' in options
      ? options.readNext
      : async () => {
          const sources = await options.readSources();
          const described = describeSources(sources);
          return { fingerprint: described.fingerprint, open: (id) => createGraphStore({ sources, described, workers: options.workers, generation: id, log: options.log }) };
        };

  async function openGeneration(next: NextGeneration): Promise<Held<T>> {
    const store = await next.open(nextId++);
    return { store, served: options.serve(store), leases: 0, retired: false };
  }

  let newest = await openGeneration(await readNext());
  const held = new Set<Held<T>>([newest]);

  function closeGeneration(generation: Held<T>): void {
    generation.closed ??= generation.store.close().catch((error: unknown) => options.log(`graph: closing generation ${generation.store.generation.id} failed: ${String(error)}`));
    held.delete(generation);
  }

  function retire(generation: Held<T>): void {
    generation.retired = true;
    if (generation.leases === 0) return closeGeneration(generation);
    // A request that never ends (a lost lease) must not keep a whole copy of the graph alive.
    setTimeout(() => closeGeneration(generation), retireAfterMs).unref();
  }

  async function load(reason: string): Promise<LoadOutcome> {
    const previous = newest.store.generation;
    loading = true;
    try {
      const upcoming = await readNext();
      if (upcoming.fingerprint === previous.fingerprint) {
        // An external store read again after a failed reading: it answers, so the failure is over.
        if ('readNext' in options) lastError = null;
        return { status: 'unchanged', generation: previous };
      }
      events.emit('loading', reason);
      const next = await openGeneration(upcoming);
      if (closed) {
        closeGeneration(next);
        return { status: 'failed', error: 'the graph was closed while loading', generation: previous };
      }
      // The switch itself: one assignment; requests that leased the old generation finish on it.
      const old = newest;
      newest = next;
      held.add(next);
      lastError = null;
      retire(old);
      const info = next.store.generation;
      options.log(
        `graph: generation ${info.id} serving ${info.triples} triples (generation ${previous.id} had ${previous.triples}), loaded in ${(info.loadMillis / 1000).toFixed(1)} s (${reason})`,
      );
      events.emit('switched', info, previous);
      return { status: 'switched', generation: info, previous };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      recordError(`${reason}: ${message}`);
      return { status: 'failed', error: message, generation: previous };
    } finally {
      loading = false;
    }
  }

  function recordError(message: string): void {
    lastError = { message, at: new Date().toISOString() };
    options.log(`graph: still serving generation ${newest.store.generation.id}: ${message}`);
    events.emit('failed', message);
  }

  // Loads run one after another; the requests made while one waits share the same next load.
  let chain: Promise<unknown> = Promise.resolve();
  let waiting: Promise<LoadOutcome> | undefined;

  const current = (): Generation<T> => pinned.getStore() ?? newest;
  function lease(): { generation: Generation<T>; release: () => void } {
    const generation = newest;
    generation.leases += 1;
    let released = false;
    return {
      generation,
      release() {
        if (released) return;
        released = true;
        generation.leases -= 1;
        if (generation.retired && generation.leases === 0) closeGeneration(generation);
      },
    };
  }
  /** Runs on the pinned generation, or leases the newest until the work is done. */
  async function withStore<R>(work: (store: GraphStore) => Promise<R>): Promise<R> {
    const own = pinned.getStore();
    if (own) return work(own.store);
    const leased = lease();
    try {
      return await work(leased.generation.store);
    } finally {
      leased.release();
    }
  }

  const live: LiveGraph<T> = {
    current,
    store: {
      size: () => current().store.size(),
      graphs: () => current().store.graphs(),
      get loadMillis() {
        return current().store.loadMillis;
      },
      get generation() {
        return current().store.generation;
      },
      countWorkers: () => current().store.countWorkers(),
      get workers() {
        return current().store.workers;
      },
      get faithfulFormats() {
        return current().store.faithfulFormats;
      },
      external: () => current().store.external?.(),
      query: (sparql, queryOptions) => withStore((store) => store.query(sparql, queryOptions)),
      dump: (format, graph) => withStore((store) => store.dump(format, graph)),
      close: () => live.close(),
    },
    lease,
    run: (generation, fn) => pinned.run(generation, fn),
    reload(reason) {
      if (closed) return Promise.resolve({ status: 'failed', error: 'the graph is closed', generation: newest.store.generation });
      waiting ??= chain.then(() => {
        waiting = undefined;
        return load(reason);
      });
      chain = waiting.catch(() => undefined);
      return waiting;
    },
    recordError,
    status() {
      const counts = newest.store.countWorkers();
      return {
        ready: !closed && counts.alive + counts.loading > 0,
        generation: newest.store.generation,
        workers: { ...counts, configured: newest.store.workers },
        loading,
        lastError,
      };
    },
    events,
    onClose: (fn) => void closers.push(fn),
    close() {
      closed = true;
      closing ??= (async () => {
        await Promise.all(closers.map((fn) => fn()));
        await chain;
        const all = [...held];
        for (const generation of all) closeGeneration(generation);
        await Promise.all(all.map((g) => g.closed));
      })();
      return closing;
    },
  };
  return live;
}
