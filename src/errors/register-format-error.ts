// The typed error every parser throws on input it cannot read: it names the file and the line.
import { RopaError } from './ropa-error.ts';

export class RegisterFormatError extends RopaError {
  readonly exitCode = 1;
  readonly status = 422;
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly reason: string,
  ) {
    super(line === undefined ? `${file}: ${reason}` : `${file}:${line}: ${reason}`);
  }
}
