// Runs the `ropa` command as a user would (node bin/ropa.js), in a clean environment, and returns its exit code and output.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../../src/config/project-paths.ts';

const run = promisify(execFile);
const BIN = join(PROJECT_ROOT, 'bin', 'ropa.js');

export interface RopaRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** ROPA_* variables of the developer's shell are dropped, so that they cannot change a test's result. */
export async function runRopa(...args: string[]): Promise<RopaRun> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('ROPA_')));
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { cwd: PROJECT_ROOT, env, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}
