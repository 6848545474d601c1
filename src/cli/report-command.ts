// `ropa report`: the CNIL-style register read from the built graph, as CSV, XLSX or HTML fiches; written atomically.
import { addGraphOptions, GRAPH_SETTINGS, readConfigOptions } from './add-config-options.ts';
import { createProcessIo, writeLine, type CliIo } from './cli-io.ts';
import { COMMAND_DESCRIPTIONS } from './command-descriptions.ts';
import { Command } from 'commander';
import { resolveServerConfig } from '../config/server-config.ts';
import { REPORT_FORMATS, type ReportFormat } from '../reports/report-formats.ts';
import { UsageError } from '../errors/usage-error.ts';

export interface ReportOptions {
  format?: string;
  out?: string;
  register?: string;
  graph?: string;
  registers?: string;
  base?: string;
  /** false with --no-build: never rebuild, even a stale graph. */
  build?: boolean;
}

export function createReportCommand(io: CliIo): Command {
  return addGraphOptions(new Command('report')
    .description(COMMAND_DESCRIPTIONS.report)
    .option('-f, --format <format>', `required: ${REPORT_FORMATS.join(', ')}`)
    .option('-o, --out <path>', 'required: file to write (csv, xlsx), or folder (html); written atomically')
    .option('-r, --register <slug>', 'only this register, e.g. 001-16106fe6b7c9f12d (default: every register)'))
    .addHelpText(
      'after',
      `
Everything is read from the graph (the same SPARQL engine as \`ropa serve\`), never from the text files;
the graph is built first when it is missing or stale.

Formats:
  csv   one row per treatment, the CNIL model's columns in French, each followed by a "… — source" column;
        UTF-8 with a BOM, ";" between fields (Excel in French opens it in columns), CRLF line ends
  xlsx  a "Sommaire" sheet (registers, counts), then one sheet per register: header styled and frozen,
        widths set, text wrapped
  html  a folder: index.html, <register>.html (all fiches of a register, one A4 page each when printed),
        <register>--<treatment>.html (one fiche per treatment) and rapport.css

Sources: every value cites the register's lines it was read from, "004_72dad74edd3dbafe.txt l. 52–53"
(ranges of a file separated by ", ", files by "; "); in the fiches the citation follows the value in [ ].

Files are written whole or not at all (a temporary file or folder, then a rename); the html output replaces
the files of the same names in the folder and leaves other files alone.
Exit codes: 0 written, 2 bad argument (unknown format or register), 1 any other failure.

Examples:
  ropa report --format xlsx --out registre-cnil.xlsx
  ropa report --format csv --register 004-72dad74edd3dbafe --out registre-004.csv
  ropa report --format html --out fiches/`,
    )
    .action(async (opts: ReportOptions) => {
      const { path, files, treatments } = await runReport(opts, io);
      writeLine(io.stdout, `wrote ${path} (${files} file${files > 1 ? 's' : ''}, ${treatments} treatments)`);
    });
}

export async function runReport(opts: ReportOptions, io: CliIo = createProcessIo()): Promise<{ path: string; files: number; treatments: number }> {
  // Arguments are checked before anything is built or loaded; a missing one is a usage error (exit code 2) too.
  if (opts.format === undefined) throw new UsageError(`--format is required: ${REPORT_FORMATS.join(', ')}`);
  if (opts.out === undefined || opts.out === '') throw new UsageError('--out is required: the file (csv, xlsx) or folder (html) to write');
  const format = opts.format.toLowerCase() as ReportFormat;
  if (!REPORT_FORMATS.includes(format)) throw new UsageError(`unknown format "${opts.format}" (--format); use one of: ${REPORT_FORMATS.join(', ')}`);
  if (opts.register !== undefined && !/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(opts.register)) {
    throw new UsageError(`"${opts.register}" is not a register slug (--register), e.g. 001-16106fe6b7c9f12d`);
  }
  const config = resolveServerConfig(readConfigOptions({ ...opts }, GRAPH_SETTINGS), io.env);
  // The store, the engine and the writers are loaded once the arguments hold, not for `--help` or a usage error.
  const { writeReport } = await import('./write-report.ts');
  return writeReport(config, { format, out: opts.out, ...(opts.register !== undefined ? { register: opts.register } : {}), build: opts.build }, io);
}
