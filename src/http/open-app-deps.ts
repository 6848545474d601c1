// Opens everything the server needs (live graph, a Comunica engine per generation, canned queries) from a config.
import type { ServerConfig } from '../config/server-config.ts';
import { createIriMinter } from '../rdf/mint-iris.ts';
import type { GraphFile } from '../store/list-graph-files.ts';
import type { GraphStore } from '../store/graph-store.ts';
import { readGenerationSources } from '../store/graph-generation.ts';
import { openLiveGraph } from '../store/live-graph.ts';
import { createMirror, scheduleMirror } from '../store/open-mirror.ts';
import { readGraphFolder } from '../store/read-graph-folder.ts';
import { createStoreReader, scheduleStoreRefresh } from '../store/read-store-generation.ts';
import { createQueryEngine } from '../sparql/create-query-engine.ts';
import { createSparqlService } from '../sparql/sparql-service.ts';
import { loadCannedQueries } from '../sparql/load-canned-queries.ts';
import type { AppDeps, ServedGraph } from './app-deps.ts';

/** `files` replaces the graph of config.graphDir (tests load other data, e.g. the W3C protocol tests'). */
export async function openAppDeps(config: ServerConfig, log: (line: string) => void, files?: readonly GraphFile[]): Promise<AppDeps> {
  const iris = createIriMinter(config.baseIri);
  let first = true;
  // Harvested before the first generation, so that it already holds the mirrored sources.
  const mirror = config.mirror.length > 0 ? createMirror({ sources: config.mirror, maxBytes: config.mirrorMaxBytes, timeoutMs: harvestTimeoutMs(config), log }) : undefined;
  await mirror?.harvest();
  // A mirrored source without a copy (no dump, too large, unreachable so far) is federated live meanwhile.
  const serve = (store: GraphStore) => ({ sparql: openSparqlService(config, store, mirror?.liveEndpoints() ?? []) });
  const live = config.store
    ? // An external store is read, never loaded: each generation is what its manifest graph says it holds.
      await openLiveGraph<ServedGraph>({ readNext: createStoreReader({ url: config.store, baseIri: config.baseIri, timeoutMs: config.queryTimeoutMs, union: config.storeUnion, graphDir: config.graphDir, log }), serve, log })
    : await openLiveGraph<ServedGraph>({
        readSources: async () => {
          const checkBase = !first;
          first = false;
          const local = files ? await readGenerationSources(files) : await readGraphFolder(config.graphDir, iris, { checkBase });
          return [...local, ...(mirror?.graphSources() ?? [])];
        },
        serve,
        workers: config.workers,
        log,
      });
  if (config.store) scheduleStoreRefresh(live, config.storeRefreshSeconds);
  const queries = await loadCannedQueries();
  return {
    config,
    store: live.store,
    get sparql() {
      return live.current().served.sparql;
    },
    live,
    ...(mirror ? { mirror: scheduleMirror(mirror, live, config.mirrorRefreshSeconds) } : {}),
    queries,
    log,
  };
}

/** One engine per generation: Comunica caches what it learnt of a source (its graphs, counts) on the engine. */
function openSparqlService(config: ServerConfig, store: GraphStore, liveMirrors: readonly string[]) {
  const setup = createQueryEngine({
    store,
    timeoutMs: config.queryTimeoutMs,
    federation: { remotes: [...config.federate, ...liveMirrors], timeoutMs: config.federationTimeoutMs, strict: config.federationStrict },
  });
  return createSparqlService({
    setup,
    graphs: () => store.graphs(),
    timeoutMs: config.queryTimeoutMs,
    resultLimit: config.resultLimit,
    serviceBaseIri: `${config.baseIri}sparql`,
    federationStrict: config.federationStrict,
    limits: { maxLength: config.maxQueryLength, maxDepth: config.maxQueryDepth, maxValues: config.maxQueryValues },
  });
}

/** A harvest is one large request per source, made in the background: ten times a live source's timeout, at least a minute. */
function harvestTimeoutMs(config: ServerConfig): number {
  return Math.max(60_000, config.federationTimeoutMs * 10);
}
