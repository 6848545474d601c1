// Runs the real `ropa build` (runBuild, in this process) on each input the fuzzer sends, and says how it ended.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runBuild } from '../src/cli/build-command.ts';
import { RopaError } from '../src/errors/ropa-error.ts';
import { PREVIOUS_GRAPH, type FuzzJob, type FuzzJobResult } from './lib/fuzz-protocol.ts';

const io = { stdout: { write: () => true }, stderr: { write: () => true }, env: {}, exitCode: 0 };

/** What the build did, judged: a success with a complete output, or a one-line typed refusal that wrote nothing. */
async function runJob(job: FuzzJob): Promise<FuzzJobResult> {
  const input = join(job.dir, 'input', job.name);
  const out = join(job.dir, 'graph');
  const started = performance.now();
  try {
    const result = await runBuild([input], { out, quiet: true }, io);
    const ms = performance.now() - started;
    const problem = (await findLeftovers(job.dir, ['graph', 'input'])) ?? (await checkComplete(out, result.fileHashes));
    return problem ? { id: job.id, outcome: 'half-written', message: problem, ms } : { id: job.id, outcome: 'success', message: '', ms };
  } catch (error) {
    const ms = performance.now() - started;
    if (!(error instanceof RopaError)) {
      const stack = error instanceof Error ? (error.stack ?? '').split('\n').slice(0, 6).join(' | ') : String(error);
      return { id: job.id, outcome: 'crash', message: stack, ms };
    }
    const message = error.message;
    if (/[\r\n]/.test(message)) return { id: job.id, outcome: 'bad-rejection', message: `not one line: ${message}`, ms };
    if (!message.includes(job.name)) return { id: job.id, outcome: 'bad-rejection', message: `does not name the file: ${message}`, ms };
    // A refused build leaves the output folder as it was: absent, or the earlier graph untouched.
    const left = (await findLeftovers(job.dir, job.previous ? ['graph', 'input'] : ['input'])) ?? (job.previous ? await checkComplete(out, new Map([['manifest.json', hashText(PREVIOUS_GRAPH)]])) : undefined);
    if (left) return { id: job.id, outcome: 'half-written', message: `${left} after: ${message}`, ms };
    return { id: job.id, outcome: 'rejection', message, ms };
  }
}

async function findLeftovers(dir: string, expected: readonly string[]): Promise<string | undefined> {
  const names = (await readdir(dir)).sort();
  return names.join(',') === [...expected].sort().join(',') ? undefined : `the folder holds ${names.join(', ')}`;
}

/** `files`: name → SHA-256 of the bytes the build wrote (or of the earlier graph's file). */
async function checkComplete(out: string, files: ReadonlyMap<string, string>): Promise<string | undefined> {
  const names = (await readdir(out)).sort();
  if (names.join(',') !== [...files.keys()].sort().join(',')) return `the output holds ${names.join(', ')}, not ${[...files.keys()].join(', ')}`;
  for (const [name, sha256] of files) if (hashText(await readFile(join(out, name))) !== sha256) return `${name} differs from what the build made`;
  return undefined;
}

/** Bytes as writeFile writes a string (a lone surrogate becomes U+FFFD), hashed as the build hashes what it wrote. */
function hashText(content: string | Buffer): string {
  return createHash('sha256').update(typeof content === 'string' ? Buffer.from(content, 'utf8') : content).digest('hex');
}

// An exception or rejection that escapes the build (a callback of a parser's stream, say) is a crash of the job under way.
let current: FuzzJob | undefined;
const reportEscape = (error: unknown) => {
  const text = error instanceof Error ? (error.stack ?? error.message).split('\n').slice(0, 6).join(' | ') : String(error);
  process.send?.({ id: current?.id ?? -1, outcome: 'crash', message: `escaped the build: ${text}`, ms: 0 } satisfies FuzzJobResult, () => process.exit(70));
};
// No 'unhandledRejection' listener: as in `ropa build`, Node turns an unhandled rejection into an uncaught exception.
process.on('uncaughtException', reportEscape);

process.on('message', (job: FuzzJob) => {
  current = job;
  void runJob(job).then((result) => {
    current = undefined;
    process.send?.(result);
  });
});
process.send?.({ id: -1, outcome: 'ready', message: '', ms: 0 } satisfies FuzzJobResult);
