// The `ropa` command: thin subcommands over the library; typed errors become clear messages and exit codes.
import { Command, CommanderError } from 'commander';
import { createBuildCommand } from './build-command.ts';
import { createServeCommand } from './serve-command.ts';
import { createExportCommand } from './export-command.ts';
import { createReportCommand } from './report-command.ts';
import { createCheckCommand } from './check-command.ts';
import { createDiffCommand } from './diff-command.ts';
import { createQueryCommand } from './query-command.ts';
import { UsageError } from './usage-error.ts';
import { RegisterFormatError } from '../ingest/register-format-error.ts';

const program = new Command('ropa')
  .description('Knowledge graph of GDPR records of processing activities (RoPA), mapped to W3C DPV 2.3')
  .showHelpAfterError()
  .exitOverride();
program.addCommand(createBuildCommand().exitOverride());
program.addCommand(createServeCommand().exitOverride());
program.addCommand(createExportCommand().exitOverride());
program.addCommand(createReportCommand().exitOverride());
program.addCommand(createCheckCommand().exitOverride());
program.addCommand(createDiffCommand().exitOverride());
program.addCommand(createQueryCommand().exitOverride());

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
