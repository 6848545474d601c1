// The subcommands of `ropa`: their one-line descriptions (shown by `ropa --help` without loading them) and their modules.
import type { Command } from 'commander';
import type { CliIo } from './cli-io.ts';
import { COMMAND_DESCRIPTIONS } from './command-descriptions.ts';

export interface CommandEntry {
  readonly description: string;
  readonly load: (io: CliIo) => Promise<Command>;
}

/**
 * Each subcommand pulls in a different part of the library (Comunica, pdf.js, exceljs…): only the one asked
 * for is loaded, so that `ropa --help` and `ropa build --help` do not pay for the server.
 */
export const COMMANDS: Readonly<Record<string, CommandEntry>> = {
  build: {
    description: COMMAND_DESCRIPTIONS.build,
    load: async (io) => (await import('./build-command.ts')).createBuildCommand(io),
  },
  serve: {
    description: COMMAND_DESCRIPTIONS.serve,
    load: async (io) => (await import('./serve-command.ts')).createServeCommand(io),
  },
  query: {
    description: COMMAND_DESCRIPTIONS.query,
    load: async (io) => (await import('./query-command.ts')).createQueryCommand(io),
  },
  check: {
    description: COMMAND_DESCRIPTIONS.check,
    load: async (io) => (await import('./check-command.ts')).createCheckCommand(io),
  },
  diff: {
    description: COMMAND_DESCRIPTIONS.diff,
    load: async (io) => (await import('./diff-command.ts')).createDiffCommand(io),
  },
  export: {
    description: COMMAND_DESCRIPTIONS.export,
    load: async (io) => (await import('./export-command.ts')).createExportCommand(io),
  },
  publish: {
    description: COMMAND_DESCRIPTIONS.publish,
    load: async (io) => (await import('./publish-command.ts')).createPublishCommand(io),
  },
  report: {
    description: COMMAND_DESCRIPTIONS.report,
    load: async (io) => (await import('./report-command.ts')).createReportCommand(io),
  },
};
