// `ropa build`: registers → data/graph/*.ttl, with progress, a summary and an all-or-nothing write.
import { DEFAULT_MAX_REGISTER_MB, type ReadLimits } from '../files/read-regular-file.ts';
import { UsageError } from '../errors/usage-error.ts';
import { COMMAND_DESCRIPTIONS } from './command-descriptions.ts';
import { Command } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { buildGraph, type BuildResult } from '../pipeline/build-graph.ts';
import { listRegisterFiles } from '../pipeline/list-register-files.ts';
import { writeFilesAtomically } from '../files/write-files-atomically.ts';
import { DEFAULT_GRAPH_DIR, DEFAULT_REGISTERS_DIR } from '../config/project-paths.ts';
import { resolveBaseIri } from '../config/base-iri.ts';
import { createProcessIo, measureTableWidth, writeLine, type CliIo } from './cli-io.ts';
import { renderTable } from './render-table.ts';

export function createBuildCommand(io: CliIo): Command {
  return new Command('build')
    .description(COMMAND_DESCRIPTIONS.build)
    .argument('[inputs...]', 'register files or folders', [DEFAULT_REGISTERS_DIR])
    .option('-o, --out <dir>', 'output folder (replaced as a whole, atomically)', DEFAULT_GRAPH_DIR)
    .option('-b, --base <iri>', 'base IRI of the minted resources (env ROPA_BASE_IRI)')
    .option('-q, --quiet', 'no progress bar and no summary')
    .option('--max-register-size <MB>', `largest register file read, in MB (env ROPA_MAX_REGISTER_MB; default ${DEFAULT_MAX_REGISTER_MB}); a build holds about 150× its input in memory`)
    .action(async (inputs: string[], opts: BuildOptions) => {
      const result = await runBuild(inputs, opts, io);
      if (!opts.quiet) printSummary(result, opts.out, io);
    });
}

export interface BuildOptions {
  out: string;
  base?: string;
  quiet?: boolean;
  /** MB, as given on the command line. */
  maxRegisterSize?: string;
}

export async function runBuild(inputs: readonly string[], opts: BuildOptions, io: CliIo = createProcessIo()): Promise<BuildResult> {
  const baseIri = resolveBaseIri(opts.base, io.env);
  const readLimits = resolveReadLimits(opts.maxRegisterSize, io.env);
  const registerFiles = await listRegisterFiles(inputs);
  const bar = opts.quiet || !io.stderr.isTTY ? undefined : new SingleBar({ format: 'build [{bar}] {value}/{total} {file}', stream: io.stderr as NodeJS.WritableStream }, Presets.shades_classic);
  bar?.start(registerFiles.length, 0, { file: '' });
  try {
    const result = await buildGraph({
      registerFiles,
      baseIri,
      readLimits,
      onProgress: ({ done, file }) => {
        if (bar) bar.update(done, { file });
        else if (!opts.quiet) io.stderr.write(`parsed ${file} (${done}/${registerFiles.length})\n`);
      },
    });
    await writeFilesAtomically(opts.out, result.files);
    return result;
  } finally {
    bar?.stop();
  }
}

/** --max-register-size, else ROPA_MAX_REGISTER_MB, else the default; a bad value is a usage error naming where it came from. */
function resolveReadLimits(option: string | undefined, env: NodeJS.ProcessEnv): ReadLimits {
  const given = option ?? env.ROPA_MAX_REGISTER_MB;
  const source = option !== undefined ? '--max-register-size' : 'ROPA_MAX_REGISTER_MB';
  const mb = given === undefined ? DEFAULT_MAX_REGISTER_MB : Number(given);
  if (!Number.isFinite(mb) || mb <= 0) throw new UsageError(`invalid register size limit "${given}" (${source}): a number of MB above 0`);
  return { maxBytes: Math.round(mb * 1e6), limitOption: '--max-register-size' };
}

function printSummary(result: BuildResult, out: string, io: CliIo): void {
  const header = ['file', 'layout', 'treatments', 'triples', 'warnings'];
  const rows = result.registers.map((r) => [r.file, r.layout, String(r.treatments), String(r.triples), String(r.warnings.length)]);
  io.stdout.write(renderTable(header, rows, measureTableWidth(io)));
  for (const r of result.registers) for (const w of r.warnings) writeLine(io.stdout, `warning ${w.file}:${w.line}: ${w.message}`);
  const treatments = result.registers.reduce((n, r) => n + r.treatments, 0);
  const triples = result.registers.reduce((n, r) => n + r.triples, 0) + result.catalogueTriples;
  writeLine(io.stdout, `${rows.length} registers, ${treatments} treatments, ${triples} triples written to ${out}`);
}
