// `npm run bench:build`: the build's throughput on a 10 000-row register workbook beside the text layouts' (also a phase of `npm run bench`).
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { PROJECT_ROOT } from '../src/config/project-paths.ts';
import { measureBuildThroughput, renderBuildThroughput } from './lib/measure-build-throughput.ts';

const program = new Command('bench:build')
  .description('Builds a generated N-row XLSX register and the text registers, each in a child process: treatments/s and peak RSS')
  .option('--rows <n>', 'rows of the workbook (default 10000)', (v) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('a positive integer');
    return n;
  })
  .option('--out <dir>', 'results folder', join(PROJECT_ROOT, 'bench', 'results'))
  .action(async (options: { rows?: number; out: string }) => {
    const result = await measureBuildThroughput({ rows: options.rows ?? 10_000, work: join(PROJECT_ROOT, 'bench', 'work'), log: (line) => console.error(line) });
    const stem = `${new Date().toISOString().slice(0, 10)}-build`;
    await mkdir(options.out, { recursive: true });
    await writeFile(join(options.out, `${stem}.json`), `${JSON.stringify(result, null, 2)}\n`);
    await writeFile(join(options.out, `${stem}.md`), `# Build throughput\n\n${renderBuildThroughput(result)}\n`);
    console.log(renderBuildThroughput(result));
    process.exitCode = result.target.met ? 0 : 1;
  });

await program.parseAsync(process.argv);
