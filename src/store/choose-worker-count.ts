// How many graph workers `--workers auto` starts: one per core, 2 to 4, fewer when their copies of the graph would not fit.
import { availableParallelism, totalmem } from 'node:os';

/**
 * Each worker holds its own Oxigraph copy of the graph. Measured (docs/performance.md, BENCHMARKS.md): about 45 MiB
 * for a worker over today's 1.2 MB of Turtle (the thread, its WebAssembly instance, the store), and about 4.2 bytes
 * of memory per byte of Turtle at 100 000 treatments (930 MB of Turtle, 3.9 GiB a copy); 5× leaves a margin.
 */
const FIXED_BYTES_PER_WORKER = 48 * 1024 * 1024;
const BYTES_PER_TURTLE_BYTE = 5;

/**
 * At least two, even on one core: a second worker is what lets a cheap query through while another runs away (the
 * pool never gives one client every worker). At most four: beyond, memory grows faster than the answers are useful.
 * The copies may take half the machine's memory, since a switch to a new build holds two generations for a while.
 */
export function chooseWorkerCount(turtleBytes: number, machine = { cores: availableParallelism(), memoryBytes: totalmem() }): number {
  const perWorker = FIXED_BYTES_PER_WORKER + BYTES_PER_TURTLE_BYTE * turtleBytes;
  const fitting = Math.floor(machine.memoryBytes / 2 / perWorker);
  return Math.max(1, Math.min(4, Math.max(2, machine.cores), fitting));
}
