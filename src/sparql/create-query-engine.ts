// A Comunica engine whose only source is the local graph store, reached as a SPARQL endpoint in process.
import { QueryEngine } from '@comunica/query-sparql';
import type { QueryStringContext } from '@comunica/types';
import type { GraphStore } from '../store/graph-store.ts';
import { createLocalEndpointFetch } from './local-endpoint-fetch.ts';

/** Never resolvable (RFC 6761 .invalid), so even a fetch that slipped past ours could not go anywhere. */
export const LOCAL_ENDPOINT_URL = 'http://ropa-local.invalid/sparql';

export interface QueryEngineSetup {
  engine: QueryEngine;
  /** Pass to every engine.query*(); add `httpAbortSignal` to stop a query when its client goes away. */
  context: QueryStringContext;
  /** The internal URL of the store, the engine's only source. */
  endpointUrl: string;
}

/**
 * With one source typed 'sparql', Comunica skips the service-description lookup and the COUNT queries
 * for cardinalities, and hands the original query string to the source: the whole query runs in Oxigraph.
 */
export function createQueryEngine(options: {
  store: Pick<GraphStore, 'query' | 'graphs'>;
  timeoutMs: number;
  endpointUrl?: string;
}): QueryEngineSetup {
  const endpointUrl = options.endpointUrl ?? LOCAL_ENDPOINT_URL;
  const fetch = createLocalEndpointFetch(options.store, { endpointUrl, timeoutMs: options.timeoutMs });
  const context: QueryStringContext = {
    sources: [{ type: 'sparql', value: endpointUrl }],
    fetch,
    // The store is built once and only read; an update must fail here rather than reach it.
    readOnly: true,
  };
  return { engine: new QueryEngine(), context, endpointUrl };
}
