// What `ropa report` does once its arguments hold: the graph built if needed, read with the server's engine, written.
import { resolve } from 'node:path';
import type { ServerConfig } from '../config/server-config.ts';
import { UsageError } from '../errors/usage-error.ts';
import { createIriMinter } from '../rdf/mint-iris.ts';
import { createGraphStore } from '../store/graph-store.ts';
import { listGraphFiles } from '../store/list-graph-files.ts';
import { createQueryEngine } from '../sparql/create-query-engine.ts';
import { createSparqlService } from '../sparql/sparql-service.ts';
import { listReportRegisters, loadCnilReport } from '../reports/load-cnil-report.ts';
import { buildHtmlFiles } from '../reports/report-files.ts';
import type { ReportFormat } from '../reports/report-formats.ts';
import { writeCnilCsv } from '../reports/write-cnil-csv.ts';
import { writeCnilXlsx } from '../reports/write-cnil-xlsx.ts';
import { writeReportFile, writeReportFolder } from '../reports/write-report-files.ts';
import type { CliIo } from './cli-io.ts';
import { ensureBuiltGraph } from './ensure-built-graph.ts';

export interface ReportRequest {
  format: ReportFormat;
  out: string;
  register?: string;
  /** false with --no-build: never rebuild, even a stale graph. */
  build?: boolean;
}

export async function writeReport(config: ServerConfig, request: ReportRequest, io: CliIo): Promise<{ path: string; files: number; treatments: number }> {
  await ensureBuiltGraph(config, [config.registersDir], { build: request.build, action: 'reporting on' }, io);

  // The same engine as the server's (open-app-deps.ts): the store in a worker, Comunica over it.
  const store = await createGraphStore({ files: await listGraphFiles(config.graphDir, createIriMinter(config.baseIri)) });
  try {
    const setup = createQueryEngine({ store, timeoutMs: config.queryTimeoutMs });
    const sparql = createSparqlService({ setup, graphs: () => store.graphs(), timeoutMs: config.queryTimeoutMs, resultLimit: config.resultLimit });
    const all = await listReportRegisters(sparql);
    const chosen = request.register === undefined ? all : all.filter((r) => r.slug === request.register);
    if (chosen.length === 0) {
      throw new UsageError(`unknown register "${request.register}" (--register); the registers are: ${all.map((r) => r.slug).join(', ')}`);
    }
    const registers = await loadCnilReport(sparql, chosen);
    const treatments = registers.reduce((n, r) => n + r.treatments.length, 0);
    const path = resolve(request.out);
    if (request.format === 'csv') await writeReportFile(path, writeCnilCsv(registers));
    else if (request.format === 'xlsx') await writeReportFile(path, await writeCnilXlsx(registers));
    else {
      const files = await buildHtmlFiles(registers);
      await writeReportFolder(path, files);
      return { path, files: files.size, treatments };
    }
    return { path, files: 1, treatments };
  } finally {
    await store.close();
  }
}
