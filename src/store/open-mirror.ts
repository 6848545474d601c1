// Mirrored federation: the sources' dumps harvested into the local graph, refreshed on a schedule, switched like a rebuild.
import { harvestSource, type HarvestOutcome, type MirrorCopy } from './harvest-source.ts';
import type { GenerationSource } from './graph-generation.ts';
import type { LiveGraph, LoadOutcome } from './live-graph.ts';

export interface MirrorOptions {
  /** The root URLs of the mirrored instances (their VoID is at .well-known/void under it). */
  sources: readonly string[];
  maxBytes: number;
  timeoutMs: number;
  log: (line: string) => void;
}

/** How one source is served, for /health and the X-Federation-* headers. */
export interface MirrorSourceStatus {
  url: string;
  /** mirrored: from its last good copy; live: federated live (no copy: no dump, one too large, or never reached). */
  mode: 'mirrored' | 'live';
  /** The last refresh failed and the last good copy is served (or, without one, the source is live and may fail). */
  stale: boolean;
  dumpUrl?: string;
  bytes?: number;
  graphs?: number;
  /** When the served copy's bytes were fetched. */
  harvestedAt?: string;
  /** When the source last confirmed the copy (a 200 or a 304): the copy's freshness. */
  checkedAt?: string;
  ageSeconds?: number;
  /** The outcome of the last refresh. */
  last?: HarvestOutcome['status'];
  /** Why the source is live or stale. */
  reason?: string;
  harvests: number;
  notModified: number;
}

interface SourceState {
  url: string;
  copy?: MirrorCopy;
  checkedAt?: Date;
  sparql?: string;
  last?: HarvestOutcome['status'];
  reason?: string;
  harvests: number;
  notModified: number;
}

export interface Mirror {
  /** Asks every source once (in parallel) and keeps what it answers; never throws. */
  harvest(): Promise<void>;
  /** The named graphs of every copy, in the order of the sources: what a generation holds beside the local graph. */
  graphSources(): GenerationSource[];
  /** SPARQL endpoints of the sources that have no copy, to federate live. */
  liveEndpoints(): string[];
  status(now?: Date): MirrorSourceStatus[];
}

export function createMirror(options: MirrorOptions): Mirror {
  const states: SourceState[] = options.sources.map((url) => ({ url, harvests: 0, notModified: 0 }));

  async function harvestOne(state: SourceState): Promise<void> {
    const outcome = await harvestSource(state.url, state.copy, { maxBytes: options.maxBytes, timeoutMs: options.timeoutMs });
    state.last = outcome.status;
    if ('sparql' in outcome && outcome.sparql) state.sparql = outcome.sparql;
    switch (outcome.status) {
      case 'harvested':
        state.copy = outcome.copy;
        state.checkedAt = new Date();
        state.harvests += 1;
        delete state.reason;
        options.log(`mirror: harvested ${outcome.copy.dumpUrl} (${outcome.copy.bytes} bytes, ${outcome.copy.sources.length} graphs)`);
        break;
      case 'not-modified':
        state.checkedAt = new Date();
        state.notModified += 1;
        delete state.reason;
        break;
      case 'unmirrorable':
        state.reason = outcome.reason;
        options.log(`mirror: ${state.url} ${state.copy ? 'keeps its last copy' : 'is federated live'}: ${outcome.reason}`);
        break;
      case 'failed':
        state.reason = outcome.error;
        options.log(`mirror: ${state.url} failed (${outcome.error}); ${state.copy ? `serving its copy of ${state.copy.harvestedAt.toISOString()}` : 'no copy yet'}`);
        break;
    }
  }

  return {
    harvest: async () => void (await Promise.all(states.map(harvestOne))),
    graphSources: () => states.flatMap((s) => s.copy?.sources ?? []),
    liveEndpoints: () => states.filter((s) => !s.copy).map((s) => s.sparql ?? new URL('sparql', s.url.endsWith('/') ? s.url : `${s.url}/`).href),
    status(now = new Date()) {
      return states.map((s) => ({
        url: s.url,
        mode: s.copy ? 'mirrored' : 'live',
        stale: s.last === 'failed' || (s.last === 'unmirrorable' && s.copy !== undefined),
        ...(s.copy ? { dumpUrl: s.copy.dumpUrl, bytes: s.copy.bytes, graphs: s.copy.sources.length, harvestedAt: s.copy.harvestedAt.toISOString() } : {}),
        ...(s.checkedAt ? { checkedAt: s.checkedAt.toISOString(), ageSeconds: Math.max(0, Math.round((now.getTime() - s.checkedAt.getTime()) / 1000)) } : {}),
        ...(s.last ? { last: s.last } : {}),
        ...(s.reason ? { reason: s.reason } : {}),
        harvests: s.harvests,
        notModified: s.notModified,
      }));
    },
  };
}

/** What the server holds of its mirror: a refresh now (the schedule's, or a test's), and the status. */
export interface MirrorControl {
  /** Harvests every source, then loads and switches to a new generation when a copy changed. */
  refresh(reason?: string): Promise<LoadOutcome>;
  status(): MirrorSourceStatus[];
}

/** Refreshes every `seconds` (one refresh at a time); stops when the live graph closes. */
export function scheduleMirror(mirror: Mirror, live: Pick<LiveGraph<unknown>, 'reload' | 'onClose'>, seconds: number): MirrorControl {
  let running: Promise<LoadOutcome> | undefined;
  const refresh = (reason = 'mirror refresh') => {
    running ??= (async () => {
      try {
        await mirror.harvest();
        return await live.reload(reason);
      } finally {
        running = undefined;
      }
    })();
    return running;
  };
  const timer = setInterval(() => void refresh('scheduled mirror refresh'), seconds * 1000);
  timer.unref();
  live.onClose(() => clearInterval(timer));
  return { refresh, status: () => mirror.status() };
}
