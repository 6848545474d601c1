// Failures of an external store, each naming the store: publishing to it (exit code) or serving from it (HTTP status).
import { QueryError } from './query-errors.ts';
import { RopaError } from './ropa-error.ts';

/** `ropa publish`: the store is unreachable, refuses our credentials, or fails a request (Graph Store Protocol). */
export class StoreError extends RopaError {
  readonly exitCode = 1;
  /** Behind a server, the store is an upstream that failed. */
  readonly status = 502;
}

/** The store cannot serve the project's graph: it lacks the manifest graph, or it cannot be reached. */
export class StoreUnavailableError extends QueryError {
  constructor(message: string) {
    super(message, 503);
  }
}

/** The store answered, but with an error of its own (5xx) or a body we cannot use (wrong type, a result it cut). */
export class StoreFailedError extends QueryError {
  constructor(message: string) {
    super(message, 502);
  }
}

/** The store did not answer within the query's time: the request to it was aborted. */
export class StoreTimeoutError extends QueryError {
  constructor(message: string) {
    super(message, 504);
  }
}
