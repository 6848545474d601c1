// The typed error of an external store (Graph Store Protocol): unreachable, refusing our credentials, or failing a request.
import { RopaError } from './ropa-error.ts';

export class StoreError extends RopaError {
  readonly exitCode = 1;
  /** Behind a server, the store is an upstream that failed. */
  readonly status = 502;
}
