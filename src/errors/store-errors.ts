// Failures of an external SPARQL store (serve --store), each naming the store and carrying the status to answer with.
import { QueryError } from './query-errors.ts';

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
