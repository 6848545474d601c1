// The typed error for a bad command-line argument, option or setting: printed without a stack, exit code 2.
import { RopaError } from './ropa-error.ts';

export class UsageError extends RopaError {
  readonly exitCode = 2;
  readonly status = 400;
}
