// What the HTTP application is built from: everything is passed in, nothing is opened here.
import type { ServerConfig } from '../config/server-config.ts';
import type { GraphStore } from '../store/graph-store.ts';
import type { LiveGraph } from '../store/live-graph.ts';
import type { MirrorControl } from '../store/open-mirror.ts';
import type { SparqlService } from '../sparql/sparql-service.ts';
import type { CannedQuery } from '../sparql/load-canned-queries.ts';

/** What each generation of the graph serves beside its store: its own engine, so that caches keyed on it follow it. */
export interface ServedGraph {
  sparql: SparqlService;
}

export interface AppDeps {
  config: ServerConfig;
  /** The graph of the request being served (the generation it started on); close() closes the live graph. */
  readonly store: GraphStore;
  /** The engine of the request's generation: a new object per generation, so the WeakMap caches keyed on it follow. */
  readonly sparql: SparqlService;
  /** The generations: reload, status for /health, and the lease each request holds. */
  live: LiveGraph<ServedGraph>;
  /** The analysts' queries of queries/, offered as examples and runnable by name. */
  queries: readonly CannedQuery[];
  /** With --mirror: the harvested sources (refresh, freshness for /health and the X-Federation-* headers). */
  mirror?: MirrorControl;
  /** Where log lines go; tests pass a silent one. */
  log: (line: string) => void;
}
