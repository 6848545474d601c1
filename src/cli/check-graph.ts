// What `ropa check` does once its arguments hold: the graph built if needed, checked, its SHACL report written.
import type { CheckReport } from '../checks/check-report.ts';
import { runChecks } from '../checks/run-checks.ts';
import { serialiseValidationReport } from '../checks/serialise-validation-report.ts';
import type { ServerConfig } from '../config/server-config.ts';
import { writeFileAtomically } from '../files/write-file-atomically.ts';
import { createIriMinter } from '../rdf/mint-iris.ts';
import { listGraphFiles } from '../store/list-graph-files.ts';
import type { CliIo } from './cli-io.ts';
import { ensureBuiltGraph } from './ensure-built-graph.ts';

export interface CheckRequest {
  /** Reference date of the freshness check (YYYY-MM-DD). */
  asOf: string;
  /** Where the SHACL validation report is written (replaced atomically). */
  reportFile: string;
  /** false with --no-build: never rebuild, even a stale graph. */
  build?: boolean;
}

export async function checkGraph(config: ServerConfig, request: CheckRequest, io: CliIo): Promise<{ report: CheckReport; reportFile: string }> {
  await ensureBuiltGraph(config, [config.registersDir], { build: request.build, action: 'checking' }, io);
  const files = await listGraphFiles(config.graphDir, createIriMinter(config.baseIri));
  const run = await runChecks({ data: { files: files.map((f) => f.path) }, asOf: request.asOf });
  await writeFileAtomically(request.reportFile, await serialiseValidationReport(run.validationReport, request.asOf));
  return { report: run.report, reportFile: request.reportFile };
}
