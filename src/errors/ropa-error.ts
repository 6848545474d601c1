// The base of our typed errors: each says how it ends a command (exit code) and a request (HTTP status).
export abstract class RopaError extends Error {
  /** The exit code of a command that fails with it. */
  abstract readonly exitCode: number;
  /** The HTTP status of a request that fails with it. */
  abstract readonly status: number;

  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}
