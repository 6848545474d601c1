// Typed query failures, each carrying the HTTP status the endpoint should answer with.
import { RopaError } from './ropa-error.ts';

/** Common base, so that a caller can map any of them to a response with one `instanceof`. */
export class QueryError extends RopaError {
  readonly exitCode = 1;
  readonly status: number;

  constructor(message: string, status: number) {
    super(message);
    this.status = status;
  }
}

/** The query ran out of time (or its caller gave up); the worker running it was replaced. */
export class QueryTimeoutError extends QueryError {
  constructor(message: string) {
    super(message, 503);
  }
}

/** The query text is not valid SPARQL; the message is the parser's own. */
export class QuerySyntaxError extends QueryError {
  constructor(message: string) {
    super(message, 400);
  }
}

/** A well-formed request we will not answer: an update, an unsupported feature or result format. */
export class QueryRefusedError extends QueryError {
  constructor(message: string, status = 400) {
    super(message, status);
  }
}
