// What `ropa export` does once its arguments hold: the graph built if needed, loaded, dumped whole or one register.
import type { ServerConfig } from '../config/server-config.ts';
import { UsageError } from '../errors/usage-error.ts';
import { writeFileAtomically } from '../files/write-file-atomically.ts';
import { dumpGraph } from '../linked-data/dump-graph.ts';
import type { DumpMediaType } from '../rdf/formats.ts';
import { listRegisterGraphs } from '../linked-data/list-register-graphs.ts';
import { createIriMinter } from '../rdf/mint-iris.ts';
import { createGraphStore } from '../store/graph-store.ts';
import { listGraphFiles } from '../store/list-graph-files.ts';
import type { CliIo } from './cli-io.ts';
import { ensureBuiltGraph } from './ensure-built-graph.ts';

export interface ExportRequest {
  /** One of rdf/formats.ts's dump formats. */
  mediaType: DumpMediaType;
  /** The file to write (replaced atomically). */
  out: string;
  /** Only this register's graph (its slug); the whole graph otherwise. */
  register?: string;
  /** false with --no-build: never rebuild, even a stale graph. */
  build?: boolean;
}

export async function writeExport(config: ServerConfig, request: ExportRequest, io: CliIo): Promise<{ file: string; bytes: number }> {
  await ensureBuiltGraph(config, [config.registersDir], { build: request.build, action: 'exporting' }, io);
  const iris = createIriMinter(config.baseIri);
  const store = await createGraphStore({ files: await listGraphFiles(config.graphDir, iris) });
  try {
    let graph: string | undefined;
    if (request.register !== undefined) {
      graph = iris.register(request.register).value;
      const registers = await listRegisterGraphs(store);
      if (!registers.includes(graph)) {
        const known = registers.map((g) => g.slice(iris.register('').value.length));
        throw new UsageError(`unknown register "${request.register}" (--register); the registers are: ${known.join(', ')}`);
      }
    }
    const body = await dumpGraph(store, request.mediaType, graph);
    await writeFileAtomically(request.out, body);
    return { file: request.out, bytes: Buffer.byteLength(body) };
  } finally {
    await store.close();
  }
}
