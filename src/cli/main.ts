// The `ropa` command: thin subcommands over the library; typed errors become clear messages and exit codes.
import { Command, CommanderError } from 'commander';
import { UsageError } from '../errors/usage-error.ts';
import { RegisterFormatError } from '../errors/register-format-error.ts';

const program = new Command('ropa')
  .description('Knowledge graph of GDPR records of processing activities (RoPA), mapped to W3C DPV 2.3')
  .showHelpAfterError()
  .exitOverride();

/**
 * Each subcommand pulls in a different part of the library (Comunica, pdf.js, exceljs…): load only the one
 * asked for, so that `ropa build --help` does not pay for the server. Bare `ropa` or `ropa help` loads all.
 */
const COMMANDS: Record<string, () => Promise<Command>> = {
  build: async () => (await import('./build-command.ts')).createBuildCommand(),
  serve: async () => (await import('./serve-command.ts')).createServeCommand(),
  query: async () => (await import('./query-command.ts')).createQueryCommand(),
  check: async () => (await import('./check-command.ts')).createCheckCommand(),
  diff: async () => (await import('./diff-command.ts')).createDiffCommand(),
  export: async () => (await import('./export-command.ts')).createExportCommand(),
  report: async () => (await import('./report-command.ts')).createReportCommand(),
};
const requested = process.argv[2];
const names = requested !== undefined && requested in COMMANDS ? [requested] : Object.keys(COMMANDS);
for (const name of names) program.addCommand((await COMMANDS[name]!()).exitOverride());

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = exitCodeOf(error);
}

function exitCodeOf(error: unknown): number {
  if (error instanceof CommanderError) return error.exitCode; // commander already printed its message
  if (error instanceof UsageError) {
    console.error(`error: ${error.message}`);
    return 2;
  }
  if (error instanceof RegisterFormatError) {
    console.error(`error: ${error.message}\nnothing was written.`);
    return 1;
  }
  console.error(error);
  return 1;
}
