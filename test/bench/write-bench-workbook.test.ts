// The build benchmark's workbook: real cells, rows no copies of each other, read back as a table of treatments.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRealRegisters } from '../../bench/lib/load-real-registers.ts';
import { writeBenchWorkbook } from '../../bench/lib/write-bench-workbook.ts';
import { buildGraph } from '../../src/pipeline/build-graph.ts';

describe('writeBenchWorkbook', () => {
  it('writes N rows of real cells that ropa build reads as N treatments of the table layout', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'ropa-bench-book-')), 'registre.xlsx');
    const { registers } = await loadRealRegisters();
    await writeBenchWorkbook(path, registers, 120);
    const result = await buildGraph({ registerFiles: [path], baseIri: 'http://bench.ropa-graph.invalid/' });
    expect(result.registers).toEqual([expect.objectContaining({ layout: 'table', treatments: 120 })]);
  });
});
