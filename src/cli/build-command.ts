// `ropa build`: registers → data/graph/*.ttl, with progress, a summary and an all-or-nothing write.
import { Command } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { buildGraph, type BuildResult } from '../pipeline/build-graph.ts';
import { listRegisterFiles } from '../pipeline/list-register-files.ts';
import { writeFilesAtomically } from '../files/write-files-atomically.ts';
import { DEFAULT_GRAPH_DIR, DEFAULT_REGISTERS_DIR } from '../config/project-paths.ts';
import { resolveBaseIri } from '../config/base-iri.ts';
import { formatWarningPlace } from '../model/format-warning-place.ts';

export function createBuildCommand(): Command {
  return new Command('build')
    .description('Parse registers, map them to DPV and write one Turtle file per register plus the catalogues')
    .argument('[inputs...]', 'register files or folders', [DEFAULT_REGISTERS_DIR])
    .option('-o, --out <dir>', 'output folder (replaced as a whole, atomically)', DEFAULT_GRAPH_DIR)
    .option('-b, --base <iri>', 'base IRI of the minted resources (env ROPA_BASE_IRI)')
    .option('-q, --quiet', 'no progress bar and no summary')
    .action(async (inputs: string[], opts: { out: string; base?: string; quiet?: boolean }) => {
      const result = await runBuild(inputs, opts);
      if (!opts.quiet) printSummary(result, opts.out);
    });
}

export async function runBuild(inputs: readonly string[], opts: { out: string; base?: string; quiet?: boolean }): Promise<BuildResult> {
  const baseIri = resolveBaseIri(opts.base);
  const registerFiles = await listRegisterFiles(inputs);
  const bar = opts.quiet || !process.stderr.isTTY ? undefined : new SingleBar({ format: 'build [{bar}] {value}/{total} {file}', stream: process.stderr }, Presets.shades_classic);
  bar?.start(registerFiles.length, 0, { file: '' });
  try {
    const result = await buildGraph({
      registerFiles,
      baseIri,
      onProgress: ({ done, file }) => {
        if (bar) bar.update(done, { file });
        else if (!opts.quiet) process.stderr.write(`parsed ${file} (${done}/${registerFiles.length})\n`);
      },
    });
    await writeFilesAtomically(opts.out, result.files);
    return result;
  } finally {
    bar?.stop();
  }
}

function printSummary(result: BuildResult, out: string): void {
  const rows = result.registers.map((r) => ({ file: r.file, layout: r.layout, treatments: r.treatments, triples: r.triples, warnings: r.warnings.length }));
  console.table(rows);
  for (const r of result.registers) for (const w of r.warnings) console.log(`warning ${formatWarningPlace(w)}: ${w.message}`);
  const treatments = rows.reduce((n, r) => n + r.treatments, 0);
  const triples = rows.reduce((n, r) => n + r.triples, 0) + result.catalogueTriples;
  console.log(`${rows.length} registers, ${treatments} treatments, ${triples} triples written to ${out}`);
}
