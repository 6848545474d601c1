// The build's throughput on a register workbook of N rows, beside the text layouts': each build in a child process,
// so that its peak RSS is the build's alone (parse, normalise, map, serialise; no disk write of the graph).
import { execFile } from 'node:child_process';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { DEFAULT_REGISTERS_DIR, PROJECT_ROOT } from '../../src/config/project-paths.ts';
import { listRegisterFiles } from '../../src/pipeline/list-register-files.ts';
import { loadRealRegisters } from './load-real-registers.ts';
import { writeBenchWorkbook } from './write-bench-workbook.ts';

const run = promisify(execFile);
const CHILD = fileURLToPath(new URL('../build-child.ts', import.meta.url));
const BASE = 'http://bench.ropa-graph.invalid/';

export interface BuildMeasure {
  readonly input: string;
  readonly treatments: number;
  readonly millis: number;
  readonly treatmentsPerSecond: number;
  /** The same over the process's CPU time (user + system), which other processes on the machine do not inflate. */
  readonly cpuMillis: number;
  readonly treatmentsPerCpuSecond: number;
  readonly peakRssMb: number;
}

export interface BuildThroughput {
  readonly workbookRows: number;
  readonly workbook: BuildMeasure;
  readonly textRegisters: BuildMeasure;
  /** The target of issue 15: a 10 000-row XLSX at 500 treatments per second or more. */
  readonly target: { readonly treatmentsPerSecond: 500; readonly met: boolean };
}

export async function measureBuildThroughput(options: { rows: number; work: string; log?: (line: string) => void }): Promise<BuildThroughput> {
  const log = options.log ?? (() => {});
  await mkdir(options.work, { recursive: true });
  const path = join(options.work, `registre-${options.rows}.xlsx`);
  const { registers } = await loadRealRegisters();
  log(`build: writing a ${options.rows}-row workbook`);
  await writeBenchWorkbook(path, registers, options.rows);
  try {
    log('build: building it');
    const workbook = await measure(`XLSX, ${options.rows} rows`, [path]);
    log('build: building the text registers of data/registers');
    const textRegisters = await measure('text registers (data/registers)', await listRegisterFiles([DEFAULT_REGISTERS_DIR]));
    return { workbookRows: options.rows, workbook, textRegisters, target: { treatmentsPerSecond: 500, met: workbook.treatmentsPerSecond >= 500 } };
  } finally {
    await rm(path, { force: true });
  }
}

async function measure(input: string, files: readonly string[]): Promise<BuildMeasure> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', CHILD, BASE, ...files], { cwd: PROJECT_ROOT, maxBuffer: 1 << 20 });
  const r = JSON.parse(stdout.trim().split('\n').pop()!) as { treatments: number; millis: number; cpuMillis: number; peakRssKb: number };
  return {
    input,
    treatments: r.treatments,
    millis: Math.round(r.millis),
    treatmentsPerSecond: Math.round((r.treatments / r.millis) * 1000),
    cpuMillis: Math.round(r.cpuMillis),
    treatmentsPerCpuSecond: Math.round((r.treatments / r.cpuMillis) * 1000),
    peakRssMb: Math.round(r.peakRssKb / 1024),
  };
}

/** The figures as Markdown, for the results file and the report. */
export function renderBuildThroughput(t: BuildThroughput): string {
  const row = (m: BuildMeasure) =>
    `| ${m.input} | ${m.treatments} | ${(m.millis / 1000).toFixed(1)} s | ${m.treatmentsPerSecond} | ${(m.cpuMillis / 1000).toFixed(1)} s | ${m.treatmentsPerCpuSecond} | ${m.peakRssMb} MiB |`;
  return [
    '| input | treatments | build time | treatments/s | CPU time | treatments/CPU s | peak RSS |',
    '|---|---:|---:|---:|---:|---:|---:|',
    row(t.workbook),
    row(t.textRegisters),
    '',
    `Target (issue 15): a ${t.workbookRows}-row XLSX at ≥ ${t.target.treatmentsPerSecond} treatments/s: ${t.target.met ? 'met' : 'NOT met'}.`,
  ].join('\n');
}
