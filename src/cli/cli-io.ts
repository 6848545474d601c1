// Where a command writes and what it reads from its environment: the process's own, or buffers when tests run the CLI in process.

export interface CliStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

export interface CliIo {
  readonly stdout: CliStream;
  readonly stderr: CliStream;
  readonly env: NodeJS.ProcessEnv;
  /** Set by a command that ends without an error but must not exit 0 (e.g. `ropa check --strict` with violations). */
  exitCode: number;
}

export function createProcessIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, exitCode: 0 };
}

/** One line on a stream, as console.log would write it. */
export function writeLine(stream: CliStream, text: string): void {
  stream.write(`${text}\n`);
}

/** Width a table may take: the terminal's, else $COLUMNS, else 120 (a file or a pipe is read in an editor or a pager). */
export function measureTableWidth(io: CliIo): number {
  if (io.stdout.isTTY && io.stdout.columns) return io.stdout.columns;
  const columns = Number(io.env.COLUMNS);
  return Number.isInteger(columns) && columns > 20 ? columns : 120;
}
