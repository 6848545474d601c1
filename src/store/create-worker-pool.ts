// A fixed pool of graph workers fed from one queue, never all to one client; a worker whose request overruns is replaced.
import type { Worker } from 'node:worker_threads';
import { queryClient } from './query-client.ts';
import { QueryRefusedError, QuerySyntaxError, QueryTimeoutError } from '../errors/query-errors.ts';
import type { GraphWorkerFile, GraphWorkerReply, GraphWorkerRequest } from './graph-worker-protocol.ts';
import { startGraphWorker } from './start-graph-worker.ts';

/** Attempts to bring a slot back before it is declared broken: a replacement loads bytes that loaded before. */
const RESTART_ATTEMPTS = 3;

/** A request without its id, which the pool assigns. */
export type PoolRequest = WithoutId<GraphWorkerRequest>;
type WithoutId<R> = R extends unknown ? Omit<R, 'id'> : never;

export interface RunLimits {
  /** Execution time allowed once a worker has taken the request; queue time does not count. */
  timeoutMs?: number;
  /** Aborting cancels a queued request, or kills the worker running it. */
  signal?: AbortSignal;
}

/** What a worker answered: the serialised body, and its count when the request asked for one. */
export interface WorkerResult {
  body: string;
  count?: number;
}

export interface WorkerCounts {
  alive: number;
  loading: number;
  broken: number;
}

export interface WorkerPool {
  /** Quads in each worker's copy of the graph. */
  readonly size: number;
  /** Wall time of the first start, all workers loading in parallel. */
  readonly loadMillis: number;
  /** Workers loaded and serving (idle or busy), loading (a replacement), or broken (gave up restarting). */
  countWorkers(): WorkerCounts;
  run(request: PoolRequest, limits?: RunLimits): Promise<WorkerResult>;
  close(): Promise<void>;
}

interface Job {
  request: GraphWorkerRequest;
  limits: RunLimits;
  /** Who it runs for (queryClient), when it runs for an HTTP request. */
  client?: string;
  /** Taken by a worker: counted in its client's share until it ends. */
  running?: boolean;
  resolve: (result: WorkerResult) => void;
  reject: (error: Error) => void;
  timer?: NodeJS.Timeout;
  onAbort?: () => void;
}

interface Slot {
  worker: Worker;
  state: 'loading' | 'idle' | 'busy' | 'broken';
  job?: Job;
  /** Failed restarts in a row. */
  failures: number;
  /**
   * The client whose request made this worker be replaced (timeout, hang-up, crash): the reload still counts in its
   * share, so that its next runaway cannot take the one worker left to the others meanwhile.
   */
  chargedTo?: string;
}

export interface WorkerPoolOptions {
  workers: number;
  /**
   * What a worker loads: called once for the first start of all workers, and again for each replacement.
   * Workers never read files themselves, so a replacement loads the same graph even after a rebuild replaced them.
   */
  files: () => Promise<GraphWorkerFile[]>;
  /** Told when a worker is replaced, and why. */
  log?: (line: string) => void;
}

export async function createWorkerPool(options: WorkerPoolOptions): Promise<WorkerPool> {
  const started = performance.now();
  const queue: Job[] = [];
  const slots: Slot[] = [];
  let nextId = 1;
  let closed = false;
  let size = -1;
  /** Why the last restart failed: said to every request once no worker is left. */
  let brokenReason = '';
  /** Workers each client holds: running its requests, or reloading after one of them. */
  const held = new Map<string, number>();
  const hold = (client: string | undefined, delta: number) => {
    if (client === undefined) return;
    const n = (held.get(client) ?? 0) + delta;
    if (n > 0) held.set(client, n);
    else held.delete(client);
  };

  /** Hands the slot's (new) worker its files and follows it; resolves once it has loaded, rejects if loading fails. */
  function watchWorker(slot: Slot, files: GraphWorkerFile[]): Promise<void> {
    const worker = slot.worker;
    worker.postMessage({ type: 'load', files });
    return new Promise<void>((resolveLoad, rejectLoad) => {
      // Events of a worker we already replaced must not touch the slot's new worker.
      const current = () => slot.worker === worker && !closed;
      worker.on('message', (reply: GraphWorkerReply) => {
        if (!current()) return;
        if (reply.type === 'ready') {
          if (size >= 0 && reply.size !== size) {
            console.warn(`graph worker reloaded ${reply.size} quads instead of ${size}`);
          }
          size = reply.size;
          slot.failures = 0;
          setIdle(slot);
          resolveLoad();
          pump();
        } else if (reply.type === 'failed') {
          rejectLoad(new Error(`Loading the graph failed: ${reply.message}`));
          void worker.terminate();
        } else {
          settle(slot, reply);
        }
      });
      // A broken slot stays down: restarting a worker that cannot load would loop forever.
      worker.on('error', (error) => {
        if (!current() || slot.state === 'broken') return;
        if (slot.state === 'loading') rejectLoad(error);
        else failRunning(slot, new Error(`Graph worker crashed: ${error.message}`));
      });
      worker.on('exit', (code) => {
        if (!current() || slot.state === 'broken') return;
        if (slot.state === 'loading') rejectLoad(new Error(`Graph worker exited with code ${code} while loading`));
        else failRunning(slot, new Error(`Graph worker exited with code ${code}`));
      });
    });
  }

  function setIdle(slot: Slot): void {
    slot.state = 'idle';
    slot.job = undefined;
    hold(slot.chargedTo, -1);
    slot.chargedTo = undefined;
    // An idle worker must not keep a finished CLI command alive; a busy one must, or an await could be cut short.
    slot.worker.unref();
  }

  /**
   * A client may hold all the workers but one (all of them when there is one): the others always find a worker
   * free of it. Its other requests wait in the queue, which others pass; each client's requests keep their order.
   */
  function takeNextJob(): Job | undefined {
    const usable = slots.filter((slot) => slot.state !== 'broken').length;
    const share = Math.max(1, usable - 1);
    const index = queue.findIndex((job) => job.client === undefined || (held.get(job.client) ?? 0) < share);
    return index < 0 ? undefined : queue.splice(index, 1)[0];
  }

  function pump(): void {
    for (const slot of slots) {
      if (slot.state !== 'idle') continue;
      const job = takeNextJob();
      if (!job) return;
      job.running = true;
      hold(job.client, 1);
      slot.state = 'busy';
      slot.job = job;
      slot.worker.ref();
      if (job.limits.timeoutMs !== undefined) {
        const ms = job.limits.timeoutMs;
        job.timer = setTimeout(() => failRunning(slot, new QueryTimeoutError(`the query ran longer than ${ms} ms and was stopped`)), ms);
      }
      slot.worker.postMessage(job.request);
    }
  }

  function settle(slot: Slot, reply: Extract<GraphWorkerReply, { type: 'result' | 'error' }>): void {
    const job = slot.job;
    if (!job || job.request.id !== reply.id) return;
    finish(job);
    if (reply.type === 'result') job.resolve(reply.count === undefined ? { body: reply.body } : { body: reply.body, count: reply.count });
    else job.reject(createReplyError(reply));
    if (reply.type === 'error' && reply.fatal) replace(slot, job.client);
    else setIdle(slot);
    pump();
  }

  /** Rejects the request the slot runs and replaces its worker: terminate() is the only way to stop Oxigraph. */
  function failRunning(slot: Slot, error: Error): void {
    const job = slot.job;
    if (job) {
      finish(job);
      job.reject(error);
    }
    replace(slot, job?.client);
  }

  function replace(slot: Slot, chargedTo?: string): void {
    const old = slot.worker;
    // Stopped first: a runaway query holds a core, and the replacement needs the memory the old copy frees.
    void old.terminate();
    if (closed) return;
    if (chargedTo !== undefined && slot.chargedTo === undefined) {
      slot.chargedTo = chargedTo;
      hold(chargedTo, 1);
    }
    slot.worker = startGraphWorker();
    slot.state = 'loading';
    slot.job = undefined;
    const worker = slot.worker;
    options
      .files()
      .then((files) => (slot.worker === worker && !closed ? watchWorker(slot, files) : undefined))
      .catch((error: unknown) => {
        if (slot.worker !== worker || closed) return;
        slot.failures += 1;
        brokenReason = error instanceof Error ? error.message : String(error);
        options.log?.(`graph worker could not be restarted (attempt ${slot.failures} of ${RESTART_ATTEMPTS}): ${brokenReason}`);
        // The bytes loaded before, so this is unexpected (memory?): try again, then give up loudly rather than loop.
        if (slot.failures < RESTART_ATTEMPTS) return replace(slot);
        slot.state = 'broken';
        hold(slot.chargedTo, -1);
        slot.chargedTo = undefined;
        if (slots.every((s) => s.state === 'broken')) rejectQueued(new Error(`No graph worker is available: ${brokenReason}`));
      });
  }

  function finish(job: Job): void {
    if (job.running) hold(job.client, -1);
    job.running = false;
    clearTimeout(job.timer);
    if (job.onAbort) job.limits.signal?.removeEventListener('abort', job.onAbort);
  }

  function rejectQueued(error: Error): void {
    for (const job of queue.splice(0)) {
      finish(job);
      job.reject(error);
    }
  }

  for (let i = 0; i < Math.max(1, options.workers); i++) {
    slots.push({ worker: startGraphWorker(), state: 'loading', failures: 0 });
  }
  try {
    const files = await options.files();
    await Promise.all(slots.map((slot) => watchWorker(slot, files)));
  } catch (error) {
    closed = true;
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
    throw error;
  }
  const loadMillis = performance.now() - started;

  return {
    get size() {
      return size;
    },
    loadMillis,
    countWorkers: () => ({
      alive: slots.filter((slot) => slot.state === 'idle' || slot.state === 'busy').length,
      loading: slots.filter((slot) => slot.state === 'loading').length,
      broken: slots.filter((slot) => slot.state === 'broken').length,
    }),
    run(request, limits = {}) {
      return new Promise<WorkerResult>((resolve, reject) => {
        if (closed) return reject(new Error('The graph store is closed'));
        if (slots.every((s) => s.state === 'broken')) return reject(new Error(`No graph worker is available: ${brokenReason}`));
        const client = queryClient.getStore();
        const job: Job = { request: { ...request, id: nextId++ } as GraphWorkerRequest, limits, resolve, reject, ...(client !== undefined ? { client } : {}) };
        const signal = limits.signal;
        if (signal) {
          if (signal.aborted) return reject(new QueryTimeoutError('Query aborted before it started'));
          job.onAbort = () => {
            const waiting = queue.indexOf(job);
            if (waiting >= 0) {
              queue.splice(waiting, 1);
              finish(job);
              reject(new QueryTimeoutError('Query aborted before it started'));
              return;
            }
            const running = slots.find((slot) => slot.job === job);
            if (running) failRunning(running, new QueryTimeoutError('Query aborted and stopped'));
          };
          signal.addEventListener('abort', job.onAbort, { once: true });
        }
        queue.push(job);
        pump();
      });
    },
    async close() {
      closed = true;
      rejectQueued(new Error('The graph store is closed'));
      for (const slot of slots) {
        if (slot.job) {
          finish(slot.job);
          slot.job.reject(new Error('The graph store is closed'));
        }
      }
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}

function createReplyError(reply: Extract<GraphWorkerReply, { type: 'error' }>): Error {
  if (reply.kind === 'syntax') return new QuerySyntaxError(reply.message);
  if (reply.kind === 'refused') return new QueryRefusedError(reply.message);
  return new Error(`Graph worker failed: ${reply.message}`);
}
