// How many workers `--workers auto` starts, from the cores, the memory and the size of the graph.
import { describe, expect, it } from 'vitest';
import { chooseWorkerCount } from '../../src/store/choose-worker-count.ts';

const GiB = 1024 ** 3;
const MB = 1e6;

describe('chooseWorkerCount', () => {
  it.each([
    ['today’s graph on this kind of machine (2 cores, 24 GiB)', 1.2 * MB, 2, 24 * GiB, 2],
    ['today’s graph on one core: still two, so that a runaway leaves one free', 1.2 * MB, 1, 24 * GiB, 2],
    ['today’s graph on 8 cores: four at most', 1.2 * MB, 8, 24 * GiB, 4],
    ['100 000 treatments (930 MB of Turtle) on 8 cores and 24 GiB: two copies fit in half the memory', 930 * MB, 8, 24 * GiB, 2],
    ['100 000 treatments on 8 cores and 8 GiB: one copy', 930 * MB, 8, 8 * GiB, 1],
    ['a graph larger than the memory: one worker all the same', 5000 * MB, 4, 4 * GiB, 1],
  ])('%s', (_name, turtleBytes, cores, memoryBytes, expected) => {
    expect(chooseWorkerCount(turtleBytes, { cores, memoryBytes })).toBe(expected);
  });
});
