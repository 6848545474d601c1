// `ropa build`: registers → data/graph/*.ttl, with progress, a summary and an all-or-nothing write.
import { DEFAULT_MAX_REGISTER_MB, type ReadLimits } from '../files/read-regular-file.ts';
import { UsageError } from '../errors/usage-error.ts';
import { COMMAND_DESCRIPTIONS } from './command-descriptions.ts';
import { Command } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import type { GraphFolderResult } from '../pipeline/write-graph-folder.ts';
import { listRegisterFiles } from '../pipeline/list-register-files.ts';
import { resolve } from 'node:path';
import { DEFAULT_GRAPH_DIR, DEFAULT_REGISTERS_DIR } from '../config/project-paths.ts';
import { graphSetDir } from '../config/graph-set-dir.ts';
import { loadHeaderMapping } from '../ingest/table/header-mapping.ts';
import { formatWarningPlace } from '../model/format-warning-place.ts';
import { resolveBaseIri } from '../config/base-iri.ts';
import { createProcessIo, measureTableWidth, writeLine, type CliIo } from './cli-io.ts';
import { renderTable } from './render-table.ts';

export function createBuildCommand(io: CliIo): Command {
  return new Command('build')
    .description(COMMAND_DESCRIPTIONS.build)
    .argument('[inputs...]', 'register files or folders: .txt, .pdf, .xlsx, .ods, .csv, .tsv (default data/registers)')
    .option('-o, --out <dir>', 'output folder (replaced as a whole, atomically); default data/graph for data/registers, else data/graph-sets/<id> for the files given')
    .option('-b, --base <iri>', 'base IRI of the minted resources (env ROPA_BASE_IRI)')
    .option('--mapping <file>', 'JSON file mapping the column headers of your own tables to register fields (see docs/own-register.md)')
    .option('-q, --quiet', 'no progress bar and no summary')
    .option('--max-register-size <MB>', `largest register file read, in MB (env ROPA_MAX_REGISTER_MB; default ${DEFAULT_MAX_REGISTER_MB}); a build holds about 130 MB plus 10–16 MB per MB of input`)
    .action(async (given: string[], opts: Omit<BuildOptions, 'out'> & { out?: string }) => {
      const inputs = given.length > 0 ? given : [DEFAULT_REGISTERS_DIR];
      const own = !inputs.every((input) => resolve(input) === resolve(DEFAULT_REGISTERS_DIR));
      // Your own registers get a graph of their own: the shipped data/graph/ stays the one `npm start` serves.
      const out = opts.out ?? (own ? graphSetDir(inputs, opts.mapping, resolveBaseIri(opts.base, io.env)) : DEFAULT_GRAPH_DIR);
      const result = await runBuild(inputs, { ...opts, out }, io);
      if (!opts.quiet) printSummary(result, out, io);
      if (own) printServeHint(inputs, out, opts.mapping, io);
    });
}

export interface BuildOptions {
  out: string;
  base?: string;
  quiet?: boolean;
  /** A --mapping file (JSON): the headers of the user's own tables mapped onto register fields. */
  mapping?: string;
  /** MB, as given on the command line. */
  maxRegisterSize?: string;
}

export async function runBuild(inputs: readonly string[], opts: BuildOptions, io: CliIo = createProcessIo()): Promise<GraphFolderResult> {
  const baseIri = resolveBaseIri(opts.base, io.env);
  const readLimits = resolveReadLimits(opts.maxRegisterSize, io.env);
  // A bad mapping file is refused before anything is read.
  if (opts.mapping !== undefined) await loadHeaderMapping(opts.mapping);
  const registerFiles = await listRegisterFiles(inputs);
  const bar = opts.quiet || !io.stderr.isTTY ? undefined : new SingleBar({ format: 'build [{bar}] {value}/{total} {file}', stream: io.stderr as NodeJS.WritableStream }, Presets.shades_classic);
  bar?.start(registerFiles.length, 0, { file: '' });
  try {
    // The pipeline (pdf.js, SheetJS, the mapping) is loaded for a build, not for `--help` or a usage error.
    const { writeGraphFolder } = await import('../pipeline/write-graph-folder.ts');
    // Each file is written as it is made, into a staging folder that replaces the output only once complete.
    return await writeGraphFolder(opts.out, {
      registerFiles,
      baseIri,
      readLimits,
      ...(opts.mapping !== undefined ? { mappingFile: opts.mapping } : {}),
      onProgress: ({ done, file }) => {
        if (bar) bar.update(done, { file });
        else if (!opts.quiet) io.stderr.write(`parsed ${file} (${done}/${registerFiles.length})\n`);
      },
    });
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

function printSummary(result: GraphFolderResult, out: string, io: CliIo): void {
  const header = ['file', 'layout', 'treatments', 'triples', 'warnings'];
  const rows = result.registers.map((r) => [r.file, r.layout, String(r.treatments), String(r.triples), String(r.warnings.length)]);
  io.stdout.write(renderTable(header, rows, measureTableWidth(io)));
  for (const r of result.registers) for (const w of r.warnings) writeLine(io.stdout, `warning ${formatWarningPlace(w)}: ${w.message}`);
  const treatments = result.registers.reduce((n, r) => n + r.treatments, 0);
  const triples = result.registers.reduce((n, r) => n + r.triples, 0) + result.catalogueTriples;
  writeLine(io.stdout, `${rows.length} registers, ${treatments} treatments, ${triples} triples written to ${out}`);
}

/** Where the graph of the user's own registers is, and the one command that serves it (printed even with --quiet). */
function printServeHint(inputs: readonly string[], out: string, mapping: string | undefined, io: CliIo): void {
  const files = inputs.map((input) => (/\s/.test(input) ? `"${input}"` : input)).join(' ');
  const options = `--registers ${files}${mapping ? ` --mapping ${mapping}` : ''}`;
  if (resolve(out) === resolve(DEFAULT_GRAPH_DIR)) {
    writeLine(io.stderr, `note: ${out} now holds these registers instead of data/registers; \`npm start\` will rebuild it from data/registers. Serve it with: npx ropa serve ${options} --graph ${out} --no-build`);
  } else if (out.startsWith(resolve(DEFAULT_GRAPH_DIR, '..', 'graph-sets'))) {
    writeLine(io.stderr, `built into ${out} (the shipped data/graph is unchanged). Serve it with: npx ropa serve ${options}`);
  } else writeLine(io.stderr, `built into ${out}. Serve it with: npx ropa serve ${options} --graph ${out}`);
}
