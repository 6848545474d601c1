// `ropa publish --to <graph-store-url>`: the built graph into an external store (SPARQL 1.1 Graph Store Protocol).
import { Command } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { z } from 'zod';
import { resolveServerConfig } from '../config/server-config.ts';
import { readStoreCredentials } from '../config/store-credentials.ts';
import { UsageError } from '../errors/usage-error.ts';
import type { PublishResult } from '../store/publish-graphs.ts';
import { addGraphOptions, GRAPH_SETTINGS, readConfigOptions } from './add-config-options.ts';
import { createProcessIo, writeLine, type CliIo } from './cli-io.ts';
import { COMMAND_DESCRIPTIONS } from './command-descriptions.ts';

export interface PublishOptions {
  to: string;
  graphParam: string;
  /** Milliseconds, as typed (default 600000). */
  timeout?: string;
  quiet?: boolean;
  graph?: string;
  registers?: string;
  base?: string;
  /** false with --no-build: never rebuild, even a stale graph. */
  build?: boolean;
}

const storeUrlSchema = z
  .string()
  .url('must be a URL')
  .regex(/^https?:\/\//i, 'must be an http(s) URL')
  // fetch refuses such a URL, and a password on a command line ends in the shell's history.
  .refine((url) => !/^https?:\/\/[^/?#]*@/i.test(url), 'must not hold credentials: set ROPA_STORE_USER and ROPA_STORE_PASSWORD instead');

/** Ten minutes: one request carries a whole register's graph, which a loaded store may take minutes to index. */
const DEFAULT_TIMEOUT_MS = '600000';

export function createPublishCommand(io: CliIo): Command {
  return addGraphOptions(new Command('publish')
    .description(COMMAND_DESCRIPTIONS.publish)
    .requiredOption('--to <url>', 'Graph Store Protocol endpoint of the store, e.g. http://localhost:8890/sparql-graph-crud-auth')
    .option('--graph-param <name>', 'query parameter naming the graph in the store\'s URLs (the protocol\'s graph; Virtuoso 7 also takes graph-uri)', 'graph')
    .option('--timeout <ms>', 'longest wait for one request to the store, in milliseconds (default 600000)', DEFAULT_TIMEOUT_MS)
    .option('-q, --quiet', 'no progress and no summary'))
    .addHelpText(
      'after',
      `
Each graph of the embedded store (the ontology, each register, the catalogues, the editions), under the same
graph IRI, is replaced with PUT: publishing again gives the same store content. A graph the store refuses as
too large (413) is sent in parts. Then the manifest graph {base}graph/manifest says which build the store holds
(inputs hash, date, triple counts); it is removed first, so a failed publish never passes for a whole one.
Graphs the previous publish listed there that the build no longer has (a register taken out) are removed.
The graph is built first when it is missing or stale, as \`ropa serve\` does.
Credentials: ROPA_STORE_USER and ROPA_STORE_PASSWORD (Basic or Digest, as the store asks), never on the command line.
Exit codes: 0 published, 2 bad argument or setting, 1 the store failed (unreachable, refused, or an error; the
message says which graphs were published and which not).

Examples:
  ROPA_STORE_USER=dba ROPA_STORE_PASSWORD=… ropa publish --to http://localhost:8890/sparql-graph-crud-auth
  ropa publish --to http://localhost:3030/ropa/data --graph data/graph-sets/<id> --no-build   # a graph \`ropa build FILE\` wrote`,
    )
    .action(async (opts: PublishOptions) => {
      const { result, seconds } = await runPublish(opts, io);
      if (opts.quiet) return;
      const removed = result.removed.length > 0 ? `; removed ${result.removed.length} graph(s) of the previous publish that this build no longer has: ${result.removed.join(', ')}` : '';
      writeLine(io.stdout, `published ${result.graphs.length} graphs, ${result.triples} triples to ${opts.to} in ${seconds.toFixed(1)} s${removed}`);
    });
}

export async function runPublish(opts: PublishOptions, io: CliIo = createProcessIo()): Promise<{ result: PublishResult; seconds: number }> {
  // Arguments and settings are checked before anything is built or sent.
  const url = storeUrlSchema.safeParse(opts.to);
  if (!url.success) throw new UsageError(`invalid store URL "${opts.to}" (--to): ${url.error.issues.map((i) => i.message).join('; ')}`);
  if (!/^[\w.~-]+$/.test(opts.graphParam)) throw new UsageError(`invalid graph parameter "${opts.graphParam}" (--graph-param): a query parameter name such as graph or graph-uri`);
  const timeoutMs = Number(opts.timeout ?? DEFAULT_TIMEOUT_MS);
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) throw new UsageError(`invalid timeout "${opts.timeout}" (--timeout): a positive number of milliseconds`);
  const credentials = readStoreCredentials(io.env);
  const config = resolveServerConfig(readConfigOptions({ ...opts }, GRAPH_SETTINGS), io.env);

  // The build, the parsers and the HTTP client are loaded once the arguments hold, not for `--help`.
  const [{ ensureBuiltGraph }, { publishGraphs }, { createGraphStoreClient }] = await Promise.all([
    import('./ensure-built-graph.ts'),
    import('../store/publish-graphs.ts'),
    import('../store/graph-store-client.ts'),
  ]);
  await ensureBuiltGraph(config, [config.registersDir], { build: opts.build, action: 'publishing' }, io);
  const client = createGraphStoreClient({ url: url.data, graphParam: opts.graphParam, timeoutMs, ...(credentials ? { credentials } : {}) });
  const bar = opts.quiet || !io.stderr.isTTY ? undefined : new SingleBar({ format: 'publish [{bar}] {value}/{total} {graph}', stream: io.stderr as NodeJS.WritableStream }, Presets.shades_classic);
  const started = performance.now();
  try {
    const result = await publishGraphs(config.graphDir, client, {
      onProgress: ({ done, total, graph }) => {
        if (!graph) bar?.start(total, 0, { graph: '' });
        else if (bar) bar.update(done, { graph: graph.name });
        else if (!opts.quiet) writeLine(io.stderr, `published ${graph.name}: ${graph.triples} triples${graph.parts > 1 ? ` in ${graph.parts} requests` : ''} (${done}/${total})`);
      },
    });
    return { result, seconds: (performance.now() - started) / 1000 };
  } finally {
    bar?.stop();
  }
}
