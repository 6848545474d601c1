// `ropa check`: runs the compliance shapes on the built graph, prints the report and writes the SHACL report.
import { addGraphOptions, GRAPH_SETTINGS, readConfigOptions } from './add-config-options.ts';
import { createProcessIo, writeLine, type CliIo } from './cli-io.ts';
import { COMMAND_DESCRIPTIONS } from './command-descriptions.ts';
import { Command } from 'commander';
import { join, resolve } from 'node:path';
import { asOfSchema, todayAsOf } from '../checks/as-of-date.ts';
import type { CheckReport } from '../checks/check-report.ts';
import { formatCheckReport } from '../checks/format-check-report.ts';
import { PROJECT_ROOT } from '../config/project-paths.ts';
import { resolveServerConfig } from '../config/server-config.ts';
import { UsageError } from '../errors/usage-error.ts';

export const DEFAULT_REPORT_FILE = join(PROJECT_ROOT, 'data', 'checks', 'validation-report.ttl');
const FORMATS = ['text', 'json'] as const;

export interface CheckOptions {
  strict?: boolean;
  asOf?: string;
  report: string;
  format: string;
  graph?: string;
  registers?: string;
  base?: string;
  /** false with --no-build: never rebuild, even a stale graph. */
  build?: boolean;
}

export function createCheckCommand(io: CliIo): Command {
  return addGraphOptions(new Command('check')
    .description(COMMAND_DESCRIPTIONS.check)
    .option('--strict', 'exit with code 1 when there is at least one violation (warnings and information never fail)')
    .option('--as-of <date>', 'reference date YYYY-MM-DD of the freshness check (last update older than 3 years); default today')
    .option('--report <file>', 'where to write the SHACL validation report in Turtle; replaced atomically', DEFAULT_REPORT_FILE)
    .option('-f, --format <format>', `what to print: ${FORMATS.join(' (readable report) or ')} (the typed report)`, 'text'))
    .addHelpText(
      'after',
      `
The graph is built first when it is missing or stale, as \`ropa serve\` does.
Checks (severity): missing retention, sensitive data without legal basis nor DPIA, recipient or processor
outside the EU/EEA without a declared transfer, no purpose, no data category (violation); unlimited retention,
no legal basis, last update older than 3 years (warning); no readable update date (information).
Colours are used only when the output is a terminal (and NO_COLOR is not set).
Exit codes: 0 done (even with violations, unless --strict), 1 --strict and violations, or a failure,
2 bad argument (e.g. an --as-of that is no date).

Examples:
  ropa check
  ropa check --strict --as-of 2026-11-22 --report /tmp/report.ttl
  ropa check --format json > checks.json`,
    )
    .action(async (opts: CheckOptions) => {
      const { report, reportFile } = await runCheck(opts, io);
      if (opts.format === 'json') io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      else io.stdout.write(formatCheckReport(report, { colour: Boolean(io.stdout.isTTY) && !io.env.NO_COLOR }));
      writeLine(io.stderr, `SHACL validation report written to ${reportFile}`);
      if (opts.strict && report.counts.violation > 0) {
        writeLine(io.stderr, `--strict: ${report.counts.violation} violation(s)`);
        io.exitCode = 1;
      }
    });
}

export async function runCheck(opts: CheckOptions, io: CliIo = createProcessIo()): Promise<{ report: CheckReport; reportFile: string }> {
  // Arguments are checked before anything is built or loaded.
  if (!(FORMATS as readonly string[]).includes(opts.format)) throw new UsageError(`unknown format "${opts.format}" (--format); use one of: ${FORMATS.join(', ')}`);
  const asOf = opts.asOf ?? todayAsOf();
  const parsedAsOf = asOfSchema.safeParse(asOf);
  if (!parsedAsOf.success) throw new UsageError(`invalid date "${asOf}" (--as-of): ${parsedAsOf.error.issues.map((i) => i.message).join('; ')}`);
  const config = resolveServerConfig(readConfigOptions({ ...opts }, GRAPH_SETTINGS), io.env);

  // The SHACL engine and the graph are loaded once the arguments hold, not for `--help` or a usage error.
  const { checkGraph } = await import('./check-graph.ts');
  return checkGraph(config, { asOf: parsedAsOf.data, reportFile: resolve(opts.report), build: opts.build }, io);
}
