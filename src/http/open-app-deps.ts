// Opens everything the server needs (graph store, Comunica engine, canned queries) from a validated config.
import type { ServerConfig } from '../config/server-config.ts';
import { createIriMinter } from '../rdf/mint-iris.ts';
import { listGraphFiles, type GraphFile } from '../store/list-graph-files.ts';
import { createGraphStore } from '../store/graph-store.ts';
import { createQueryEngine } from '../sparql/create-query-engine.ts';
import { createSparqlService } from '../sparql/sparql-service.ts';
import { loadCannedQueries } from '../sparql/load-canned-queries.ts';
import type { AppDeps } from './app-deps.ts';

/** `files` replaces the graph of config.graphDir (tests load other data, e.g. the W3C protocol tests'). */
export async function openAppDeps(config: ServerConfig, log: (line: string) => void, files?: readonly GraphFile[]): Promise<AppDeps> {
  files ??= await listGraphFiles(config.graphDir, createIriMinter(config.baseIri));
  const store = await createGraphStore({ files: [...files], workers: config.workers });
  const setup = createQueryEngine({
    store,
    timeoutMs: config.queryTimeoutMs,
    federation: { remotes: config.federate, timeoutMs: config.federationTimeoutMs, strict: config.federationStrict },
  });
  const sparql = createSparqlService({ setup, graphs: () => store.graphs(), timeoutMs: config.queryTimeoutMs, resultLimit: config.resultLimit, serviceBaseIri: `${config.baseIri}sparql`, federationStrict: config.federationStrict });
  const queries = await loadCannedQueries();
  return { config, store, sparql, queries, log };
}
