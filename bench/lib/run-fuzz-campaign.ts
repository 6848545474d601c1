// Runs N mutated inputs through the real build in a watched child process: counts successes, refusals, crashes and hangs.
import { fork, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { PROJECT_ROOT } from '../../src/config/project-paths.ts';
import { applyMutations, arbitraryMutations, type Mutation } from './fuzz-mutations.ts';
import { PREVIOUS_GRAPH, type FuzzJob, type FuzzJobResult, type JobOutcome } from './fuzz-protocol.ts';
import { loadFuzzSeeds, type FuzzSeed } from './fuzz-seeds.ts';

const CHILD = join(PROJECT_ROOT, 'bench', 'fuzz-child.ts');

export interface FuzzOptions {
  readonly runs: number;
  readonly seed: number;
  /** A run may take this many times its unmutated input's build (scaled by the mutated input's size)… */
  readonly budgetFactor?: number;
  /** …plus this floor (ms), so that a loaded machine's pauses are not counted as hangs. */
  readonly floorMs?: number;
  /** Where the inputs of crashes, hangs and bad refusals are kept (with their mutations), to reproduce them. */
  readonly findingsDir?: string;
  readonly onProgress?: (done: number, counts: FuzzCounts) => void;
  /** Inputs that once failed, run first and reported apart: a seed's mutations, or given bytes named like that seed. */
  readonly regressions?: readonly Regression[];
}

export interface Regression {
  readonly label: string;
  readonly seed: string;
  readonly mutations?: readonly Mutation[];
  readonly bytes?: Buffer;
}

export type FuzzCounts = Record<'runs' | 'successes' | 'rejections' | 'crashes' | 'hangs' | 'badRejections' | 'halfWritten', number>;

export interface FuzzFinding {
  readonly run: number;
  readonly outcome: JobOutcome | 'hang';
  readonly seed: string;
  readonly mutations: readonly Mutation[];
  readonly message: string;
  readonly ms: number;
  readonly budgetMs: number;
}

export interface FuzzReport {
  readonly seed: number;
  readonly counts: FuzzCounts;
  readonly byFormat: ReadonlyMap<string, FuzzCounts>;
  /** Build time of each unmutated input (warm), which the budgets are relative to. */
  readonly baselines: ReadonlyArray<{ readonly name: string; readonly ms: number; readonly outcome: string }>;
  readonly findings: readonly FuzzFinding[];
  /** Distinct refusal messages (file names and numbers blanked) and how often each came. */
  readonly reasons: ReadonlyMap<string, number>;
  readonly slowest: { readonly ms: number; readonly budgetMs: number; readonly seed: string };
  readonly elapsedMs: number;
  readonly regressions: ReadonlyArray<{ readonly label: string; readonly outcome: JobOutcome | 'hang'; readonly message: string }>;
}

const COUNT_OF: Record<JobOutcome | 'hang', keyof FuzzCounts> = {
  success: 'successes',
  rejection: 'rejections',
  crash: 'crashes',
  hang: 'hangs',
  'bad-rejection': 'badRejections',
  'half-written': 'halfWritten',
};

export function emptyCounts(): FuzzCounts {
  return { runs: 0, successes: 0, rejections: 0, crashes: 0, hangs: 0, badRejections: 0, halfWritten: 0 };
}

/** Runs are spread evenly over the inputs; run i takes input i mod n and that input's next sample of the fixed seed. */
export function planRuns(seeds: readonly FuzzSeed[], runs: number, seed: number): Array<{ seed: FuzzSeed; mutations: Mutation[] }> {
  const perSeed = Math.ceil(runs / seeds.length);
  const samples = seeds.map((s, i) => fc.sample(arbitraryMutations(s.container), { seed: seed + i, numRuns: perSeed }));
  return Array.from({ length: runs }, (_, i) => ({ seed: seeds[i % seeds.length]!, mutations: samples[i % seeds.length]![Math.floor(i / seeds.length)]! }));
}

export async function runFuzzCampaign(options: FuzzOptions): Promise<FuzzReport> {
  const started = performance.now();
  const factor = options.budgetFactor ?? 50;
  const floorMs = options.floorMs ?? 10_000;
  const seeds = await loadFuzzSeeds();
  const root = await mkdtemp(join(tmpdir(), 'ropa-fuzz-'));
  const child = new WatchedChild();
  const counts = emptyCounts();
  const byFormat = new Map(seeds.map((s) => [s.format, emptyCounts()]));
  const findings: FuzzFinding[] = [];
  const reasons = new Map<string, number>();
  let slowest = { ms: 0, budgetMs: 0, seed: '' };
  let nextId = 0;
  const build = async (name: string, bytes: Buffer, previous: boolean, budgetMs: number) => {
    const dir = join(root, `job-${nextId}`);
    await mkdir(join(dir, 'input'), { recursive: true });
    await writeFile(join(dir, 'input', name), bytes);
    if (previous) {
      await mkdir(join(dir, 'graph'));
      await writeFile(join(dir, 'graph', 'manifest.json'), PREVIOUS_GRAPH);
    }
    const result = await child.run({ id: nextId++, dir, name, previous }, budgetMs);
    await rm(dir, { recursive: true, force: true });
    return result;
  };
  try {
    // Each unmutated input twice: the first warms the modules and the JIT, the second is the baseline.
    const baselines: Array<{ name: string; ms: number; outcome: string }> = [];
    for (const seed of seeds) {
      await build(seed.name, seed.bytes, false, 10 * 60_000);
      const warm = await build(seed.name, seed.bytes, false, 10 * 60_000);
      baselines.push({ name: seed.name, ms: warm.ms, outcome: warm.outcome });
    }
    const budgetOf = (seed: FuzzSeed, bytes: Buffer) => floorMs + factor * baselines[seeds.indexOf(seed)]!.ms * Math.max(1, bytes.length / seed.bytes.length);
    const regressions = [];
    for (const regression of options.regressions ?? []) {
      const seed = seeds.find((s) => s.name === regression.seed);
      if (!seed) throw new Error(`no fuzz input named ${regression.seed}`);
      const bytes = regression.bytes ?? applyMutations(seed.bytes, regression.mutations ?? [], seed.container);
      const { outcome, message } = await build(seed.name, bytes, false, budgetOf(seed, bytes));
      regressions.push({ label: regression.label, outcome, message });
    }
    const plan = planRuns(seeds, options.runs, options.seed);
    for (const [run, { seed, mutations }] of plan.entries()) {
      const bytes = applyMutations(seed.bytes, mutations, seed.container);
      const budgetMs = budgetOf(seed, bytes);
      const result = await build(seed.name, bytes, run % 2 === 1, budgetMs);
      const outcome = result.outcome;
      counts.runs++;
      counts[COUNT_OF[outcome]]++;
      const own = byFormat.get(seed.format)!;
      own.runs++;
      own[COUNT_OF[outcome]]++;
      if (result.ms / budgetMs > slowest.ms / Math.max(1, slowest.budgetMs)) slowest = { ms: result.ms, budgetMs, seed: seed.name };
      if (outcome === 'rejection') {
        const reason = result.message.replaceAll(seed.name, 'FILE').replace(/\d+/g, 'N').slice(0, 160);
        reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
      } else if (outcome !== 'success') {
        findings.push({ run, outcome, seed: seed.name, mutations, message: result.message, ms: result.ms, budgetMs });
        if (options.findingsDir) await keepFinding(options.findingsDir, run, outcome, seed, bytes, mutations, result.message);
      }
      options.onProgress?.(run + 1, counts);
    }
    return { seed: options.seed, counts, byFormat, baselines, findings, reasons, slowest, elapsedMs: performance.now() - started, regressions };
  } finally {
    child.stop();
    await rm(root, { recursive: true, force: true });
  }
}

async function keepFinding(dir: string, run: number, outcome: string, seed: FuzzSeed, bytes: Buffer, mutations: readonly Mutation[], message: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, `${run}-${outcome}-${seed.name}`), bytes);
  await writeFile(join(dir, `${run}-${outcome}.json`), `${JSON.stringify({ run, outcome, seed: seed.name, mutations, message }, null, 2)}\n`);
}

type RunResult = Omit<FuzzJobResult, 'outcome'> & { readonly outcome: JobOutcome | 'hang' };

/** One child at a time; a job over its budget is a hang: the child is killed and a fresh one takes the next job. */
class WatchedChild {
  private process: ChildProcess | undefined;
  private ready: Promise<void> | undefined;
  private stderr = '';

  async run(job: FuzzJob, budgetMs: number): Promise<RunResult> {
    await this.start();
    const child = this.process!;
    const started = performance.now();
    return new Promise((resolve) => {
      const finish = (result: RunResult) => {
        clearTimeout(timer);
        child.off('message', onMessage);
        child.off('exit', onExit);
        // After a crash the process may be on its way out or in a broken state: the next job gets a fresh one.
        if (result.outcome === 'crash') this.stop();
        resolve(result);
      };
      const onMessage = (message: FuzzJobResult) => {
        if (message.id === job.id && message.outcome !== 'ready') finish({ ...message, outcome: message.outcome });
      };
      const onExit = (code: number | null, signal: string | null) => {
        this.process = undefined;
        finish({ id: job.id, outcome: 'crash', message: `the build process died (${signal ?? `exit ${code}`}): ${this.stderr.slice(-600).replace(/\s+/g, ' ')}`, ms: performance.now() - started });
      };
      const timer = setTimeout(() => {
        this.stop();
        finish({ id: job.id, outcome: 'hang', message: `no answer within ${(budgetMs / 1000).toFixed(1)} s`, ms: performance.now() - started });
      }, budgetMs);
      child.on('message', onMessage);
      child.once('exit', onExit);
      child.send(job);
    });
  }

  stop(): void {
    this.process?.removeAllListeners('exit');
    this.process?.kill('SIGKILL');
    this.process = undefined;
  }

  private async start(): Promise<void> {
    if (this.process) return this.ready;
    this.stderr = '';
    const child = fork(CHILD, [], { execArgv: ['--import', 'tsx'], cwd: PROJECT_ROOT, stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    child.stderr!.on('data', (chunk: Buffer) => (this.stderr = (this.stderr + chunk.toString()).slice(-4000)));
    child.on('exit', () => {
      if (this.process === child) this.process = undefined;
    });
    this.process = child;
    this.ready = new Promise((resolve, reject) => {
      child.once('message', () => resolve());
      child.once('exit', (code) => reject(new Error(`the fuzz child exited (${code}) before it was ready: ${this.stderr}`)));
    });
    return this.ready;
  }
}
