// Entry point of the `ropa` command: runs the CLI on the process's arguments and streams.
import { runCli } from './run-cli.ts';

process.exitCode = await runCli(process.argv.slice(2));
