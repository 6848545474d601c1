// The typed error of the HTTP layer: a status and a message a client can act on.
import { RopaError } from './ropa-error.ts';

export class HttpError extends RopaError {
  readonly exitCode = 1;
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}
