// `ropa build`: registers → data/graph/*.ttl, with progress, a summary and an all-or-nothing write.
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
    .action(async (inputs: string[], opts: { out: string; base?: string; quiet?: boolean }) => {
      const result = await runBuild(inputs, opts, io);
      if (!opts.quiet) printSummary(result, opts.out, io);
    });
}

export async function runBuild(inputs: readonly string[], opts: { out: string; base?: string; quiet?: boolean }, io: CliIo = createProcessIo()): Promise<BuildResult> {
  const baseIri = resolveBaseIri(opts.base, io.env);
  const registerFiles = await listRegisterFiles(inputs);
  const bar = opts.quiet || !io.stderr.isTTY ? undefined : new SingleBar({ format: 'build [{bar}] {value}/{total} {file}', stream: io.stderr as NodeJS.WritableStream }, Presets.shades_classic);
  bar?.start(registerFiles.length, 0, { file: '' });
  try {
    const result = await buildGraph({
      registerFiles,
      baseIri,
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

function printSummary(result: BuildResult, out: string, io: CliIo): void {
  const header = ['file', 'layout', 'treatments', 'triples', 'warnings'];
  const rows = result.registers.map((r) => [r.file, r.layout, String(r.treatments), String(r.triples), String(r.warnings.length)]);
  io.stdout.write(renderTable(header, rows, measureTableWidth(io)));
  for (const r of result.registers) for (const w of r.warnings) writeLine(io.stdout, `warning ${w.file}:${w.line}: ${w.message}`);
  const treatments = result.registers.reduce((n, r) => n + r.treatments, 0);
  const triples = result.registers.reduce((n, r) => n + r.triples, 0) + result.catalogueTriples;
  writeLine(io.stdout, `${rows.length} registers, ${treatments} treatments, ${triples} triples written to ${out}`);
}
