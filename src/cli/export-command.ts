// `ropa export`: writes the same dump as GET /export/… to a file, from the built graph, atomically.
import { addGraphOptions, GRAPH_SETTINGS, readConfigOptions } from './add-config-options.ts';
import { createProcessIo, writeLine, type CliIo } from './cli-io.ts';
import { COMMAND_DESCRIPTIONS } from './command-descriptions.ts';
import { Command } from 'commander';
import { resolve } from 'node:path';
import { resolveServerConfig } from '../config/server-config.ts';
import { DUMP_FORMATS, findFormatIn } from '../rdf/formats.ts';
import { UsageError } from '../errors/usage-error.ts';

const FORMAT_NAMES = DUMP_FORMATS.map((f) => f.name).join(', ');

export interface ExportOptions {
  format: string;
  out: string;
  register?: string;
  graph?: string;
  registers?: string;
  base?: string;
  /** false with --no-build: never rebuild, even a stale graph. */
  build?: boolean;
}

export function createExportCommand(io: CliIo): Command {
  return addGraphOptions(new Command('export')
    .description(COMMAND_DESCRIPTIONS.export)
    .requiredOption('-o, --out <file>', 'file to write; replaced atomically (temporary file, then rename)')
    .option('-f, --format <format>', `serialisation: ${FORMAT_NAMES}`, 'ttl')
    .option('-r, --register <slug>', 'only this register, e.g. 001-16106fe6b7c9f12d (default: the whole graph: registers, catalogues, ontology)'))
    .addHelpText(
      'after',
      `
The graph is built first when it is missing or stale, as \`ropa serve\` does.
Formats: ttl (Turtle), nt (N-Triples), jsonld (JSON-LD, with its @context inline), rdfxml (RDF/XML),
nq (N-Quads) and trig (TriG), which keep the named graphs (one per register, catalogues, editions, ontology).
Exit codes: 0 written, 2 bad argument (unknown format or register), 1 any other failure.

Examples:
  ropa export --format ttl --out ropa-all.ttl
  ropa export --format jsonld --register 001-16106fe6b7c9f12d --out ropa-001.jsonld
  ropa export --format nq --out ropa-all.nq`,
    )
    .action(async (opts: ExportOptions) => {
      const { file, bytes } = await runExport(opts, io);
      writeLine(io.stdout, `wrote ${file} (${bytes} bytes)`);
    });
}

export async function runExport(opts: ExportOptions, io: CliIo = createProcessIo()): Promise<{ file: string; bytes: number }> {
  // Arguments are checked before anything is built or loaded.
  const format = findFormatIn(DUMP_FORMATS, { name: opts.format.toLowerCase() });
  if (!format) throw new UsageError(`unknown format "${opts.format}" (--format); use one of: ${FORMAT_NAMES}`);
  const config = resolveServerConfig(readConfigOptions({ ...opts }, GRAPH_SETTINGS), io.env);

  // The store and the serialisers are loaded once the arguments hold, not for `--help` or a usage error.
  const { writeExport } = await import('./write-export.ts');
  return writeExport(config, { mediaType: format.mediaType, out: resolve(opts.out), ...(opts.register !== undefined ? { register: opts.register } : {}), build: opts.build }, io);
}

