// The messages between the build fuzzer and its child process: a job to build, and how the build ended.

/** The input is `dir/input/name`; the output goes to `dir/graph`, which holds an earlier graph when `previous`. */
export interface FuzzJob {
  readonly id: number;
  readonly dir: string;
  readonly name: string;
  readonly previous: boolean;
}

/** `bad-rejection`: a typed error whose message spans lines or does not name the file; `half-written`: output left incomplete. */
export type JobOutcome = 'success' | 'rejection' | 'crash' | 'bad-rejection' | 'half-written';

export interface FuzzJobResult {
  readonly id: number;
  readonly outcome: JobOutcome | 'ready';
  readonly message: string;
  readonly ms: number;
}

/** The manifest of the earlier graph, which a refused build must leave in place. */
export const PREVIOUS_GRAPH = '{"earlier": true}\n';
