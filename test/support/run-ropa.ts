// Runs the `ropa` command: in process (the same runCli as bin/ropa.js, output captured), or as a real child process for smoke tests.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../../src/config/project-paths.ts';
import { runCli } from '../../src/cli/run-cli.ts';

const run = promisify(execFile);
const BIN = join(PROJECT_ROOT, 'bin', 'ropa.js');

export interface RopaRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** ROPA_* variables of the developer's shell are dropped, so that they cannot change a test's result. */
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('ROPA_')));
}

/** `ropa ARGS…` in this process: what a user sees on stdout and stderr, and the exit code. */
export async function runRopa(...args: string[]): Promise<RopaRun> {
  return runRopaWithEnv({}, ...args);
}

/** `ropa ARGS…` in this process with these variables set (e.g. a store's credentials) over the cleaned environment. */
export async function runRopaWithEnv(env: Record<string, string>, ...args: string[]): Promise<RopaRun> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io = { stdout: { write: (s: string) => stdout.push(s) }, stderr: { write: (s: string) => stderr.push(s) }, env: { ...cleanEnv(), ...env }, exitCode: 0 };
  const code = await runCli(args, io);
  return { code, stdout: stdout.join(''), stderr: stderr.join('') };
}

/** `node bin/ropa.js ARGS…` as a user runs it, in a child process: for one smoke test per command. */
export async function spawnRopa(...args: string[]): Promise<RopaRun> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { cwd: PROJECT_ROOT, env: cleanEnv(), maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}
