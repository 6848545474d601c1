// What the HTTP application is built from: everything is passed in, nothing is opened here.
import type { ServerConfig } from '../config/server-config.ts';
import type { GraphStore } from '../store/graph-store.ts';
import type { SparqlService } from '../sparql/sparql-service.ts';
import type { CannedQuery } from '../sparql/load-canned-queries.ts';

export interface AppDeps {
  config: ServerConfig;
  store: GraphStore;
  sparql: SparqlService;
  /** The analysts' queries of queries/, offered as examples and runnable by name. */
  queries: readonly CannedQuery[];
  /** Where log lines go; tests pass a silent one. */
  log: (line: string) => void;
}
