// The `ropa` command as a function: parses argv, runs one subcommand, and turns every failure into a message and an exit code.
import { Command, CommanderError } from 'commander';
import { RopaError } from '../errors/ropa-error.ts';
import { RegisterFormatError } from '../errors/register-format-error.ts';
import { createProcessIo, writeLine, type CliIo } from './cli-io.ts';
import { COMMANDS } from './command-list.ts';

/** Commander's codes for a command line that cannot be run as written: a usage error, exit code 2 as for ours. */
const USAGE_CODES = new Set([
  'commander.unknownOption',
  'commander.unknownCommand',
  'commander.missingArgument',
  'commander.optionMissingArgument',
  'commander.missingMandatoryOptionValue',
  'commander.invalidArgument',
  'commander.excessArguments',
  'commander.conflictingOption',
]);

/** `argv` is what follows `ropa` on the command line; returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo = createProcessIo()): Promise<number> {
  const output = { writeOut: (s: string) => void io.stdout.write(s), writeErr: (s: string) => void io.stderr.write(s) };
  const program = new Command('ropa')
    .description('Knowledge graph of GDPR records of processing activities (RoPA), mapped to W3C DPV 2.3')
    .showHelpAfterError()
    .configureOutput(output)
    .exitOverride();
  // The command run (or whose help is asked for with `ropa help NAME`) is loaded; the others are listed by name only.
  const requested = argv[0] === 'help' ? argv[1] : argv[0];
  for (const [name, entry] of Object.entries(COMMANDS)) {
    const command = name === requested ? await entry.load(io) : new Command(name).description(entry.description);
    program.addCommand(command.configureOutput(output).showHelpAfterError().exitOverride());
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return io.exitCode;
  } catch (error) {
    return reportFailure(error, io);
  }
}

function reportFailure(error: unknown, io: CliIo): number {
  // Commander has already printed its own message (and the help, for a usage error).
  if (error instanceof CommanderError) return USAGE_CODES.has(error.code) ? 2 : error.exitCode;
  if (error instanceof RopaError) {
    writeLine(io.stderr, `error: ${error.message}${error instanceof RegisterFormatError ? '\nnothing was written.' : ''}`);
    return error.exitCode;
  }
  // Not one of ours: a bug or an environment failure. One line first; the stack only when asked for.
  const message = error instanceof Error ? error.message : String(error);
  writeLine(io.stderr, `error: ${message}`);
  if (io.env.ROPA_DEBUG) writeLine(io.stderr, error instanceof Error ? (error.stack ?? message) : message);
  else writeLine(io.stderr, '(unexpected failure; set ROPA_DEBUG=1 to see where it happened)');
  return 1;
}
