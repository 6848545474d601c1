// `ropa build`: registers → data/graph/*.ttl, with progress, a summary and an all-or-nothing write.
import { Command } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { buildGraph, type BuildResult } from '../pipeline/build-graph.ts';
import { listRegisterFiles } from '../pipeline/list-register-files.ts';
import { writeFilesAtomically } from '../files/write-files-atomically.ts';
import { resolve } from 'node:path';
import { DEFAULT_GRAPH_DIR, DEFAULT_REGISTERS_DIR } from '../config/project-paths.ts';
import { graphSetDir } from '../config/graph-set-dir.ts';
import { loadHeaderMapping } from '../ingest/table/header-mapping.ts';
import { resolveBaseIri } from '../config/base-iri.ts';
import { formatWarningPlace } from '../model/format-warning-place.ts';

export function createBuildCommand(): Command {
  return new Command('build')
    .description('Parse registers, map them to DPV and write one Turtle file per register plus the catalogues')
    .argument('[inputs...]', 'register files or folders: .txt, .pdf, .xlsx, .ods, .csv, .tsv (default data/registers)')
    .option('-o, --out <dir>', 'output folder (replaced as a whole, atomically); default data/graph for data/registers, else data/graph-sets/<id> for the files given')
    .option('-b, --base <iri>', 'base IRI of the minted resources (env ROPA_BASE_IRI)')
    .option('--mapping <file>', 'JSON file mapping the column headers of your own tables to register fields (see docs/own-register.md)')
    .option('-q, --quiet', 'no progress bar and no summary')
    .action(async (given: string[], opts: { out?: string; base?: string; quiet?: boolean; mapping?: string }) => {
      const inputs = given.length > 0 ? given : [DEFAULT_REGISTERS_DIR];
      const own = !inputs.every((input) => resolve(input) === resolve(DEFAULT_REGISTERS_DIR));
      // Your own registers get a graph of their own: the shipped data/graph/ stays the one `npm start` serves.
      const out = opts.out ?? (own ? graphSetDir(inputs, opts.mapping) : DEFAULT_GRAPH_DIR);
      const result = await runBuild(inputs, { ...opts, out });
      if (!opts.quiet) printSummary(result, out);
      if (own) printServeHint(inputs, out, opts.mapping);
    });
}

export async function runBuild(inputs: readonly string[], opts: { out: string; base?: string; quiet?: boolean; mapping?: string }): Promise<BuildResult> {
  const baseIri = resolveBaseIri(opts.base);
  if (opts.mapping !== undefined) await loadHeaderMapping(opts.mapping);
  const registerFiles = await listRegisterFiles(inputs);
  const bar = opts.quiet || !process.stderr.isTTY ? undefined : new SingleBar({ format: 'build [{bar}] {value}/{total} {file}', stream: process.stderr }, Presets.shades_classic);
  bar?.start(registerFiles.length, 0, { file: '' });
  try {
    const result = await buildGraph({
      registerFiles,
      baseIri,
      ...(opts.mapping !== undefined ? { mappingFile: opts.mapping } : {}),
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

/** Where the graph of the user's own registers is, and the one command that serves it (printed even with --quiet). */
function printServeHint(inputs: readonly string[], out: string, mapping?: string): void {
  const files = inputs.map((input) => (/\s/.test(input) ? `"${input}"` : input)).join(' ');
  const options = `--registers ${files}${mapping ? ` --mapping ${mapping}` : ''}`;
  if (resolve(out) === resolve(DEFAULT_GRAPH_DIR)) {
    console.error(`note: ${out} now holds these registers instead of data/registers; \`npm start\` will rebuild it from data/registers. Serve it with: npx ropa serve ${options} --graph ${out} --no-build`);
  } else if (resolve(out) === resolve(graphSetDir(inputs, mapping))) {
    console.error(`built into ${out} (the shipped data/graph is unchanged). Serve it with: npx ropa serve ${options}`);
  } else console.error(`built into ${out}. Serve it with: npx ropa serve ${options} --graph ${out}`);
}

function printSummary(result: BuildResult, out: string): void {
  const rows = result.registers.map((r) => ({ file: r.file, layout: r.layout, treatments: r.treatments, triples: r.triples, warnings: r.warnings.length }));
  console.table(rows);
  for (const r of result.registers) for (const w of r.warnings) console.log(`warning ${formatWarningPlace(w)}: ${w.message}`);
  const treatments = rows.reduce((n, r) => n + r.treatments, 0);
  const triples = rows.reduce((n, r) => n + r.triples, 0) + result.catalogueTriples;
  console.log(`${rows.length} registers, ${treatments} treatments, ${triples} triples written to ${out}`);
}
