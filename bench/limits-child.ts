// Runs one `ropa build` in this process and prints its exit code, wall time and peak RSS as JSON (for bench/measure-build-limits.ts).
import { runCli } from '../src/cli/run-cli.ts';

const started = performance.now();
const stderr: string[] = [];
const code = await runCli(process.argv.slice(2), { stdout: { write: () => true }, stderr: { write: (s: string) => stderr.push(s) }, env: process.env, exitCode: 0 });
console.log(JSON.stringify({ code, wallMs: performance.now() - started, maxRssMb: process.resourceUsage().maxRSS / 1024, error: stderr.join('').split('\n')[0] }));
