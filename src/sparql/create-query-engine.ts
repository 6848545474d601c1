// A Comunica engine over the local graph store (reached as a SPARQL endpoint in process) and any federated endpoints.
import { QueryEngine } from '@comunica/query-sparql';
import type { QueryStringContext } from '@comunica/types';
import type { GraphStore } from '../store/graph-store.ts';
import { createLocalEndpointFetch } from './local-endpoint-fetch.ts';
import { createFederatedFetch } from './federated-fetch.ts';
import { federationReports } from './federation-report.ts';

/** Never resolvable (RFC 6761 .invalid), so even a fetch that slipped past ours could not go anywhere. */
export const LOCAL_ENDPOINT_URL = 'http://ropa-local.invalid/sparql';

export interface QueryEngineSetup {
  engine: QueryEngine;
  /** Pass to every engine.query*(); add `httpAbortSignal` to stop a query when its client goes away. */
  context: QueryStringContext;
  /** The internal URL of the store. */
  endpointUrl: string;
  /** SPARQL endpoints federated with the local store (empty: the local store is the only source). */
  remotes: readonly string[];
  /** The local store itself, for answers that need no planning (see SparqlService.execute). */
  local: Pick<GraphStore, 'query' | 'faithfulFormats'>;
}

export interface FederationOptions {
  remotes: readonly string[];
  /** Per request to a remote source. */
  timeoutMs: number;
  /** Default when a query does not say; each query's FederationReport may override it. */
  strict: boolean;
}

/**
 * With one source typed 'sparql', Comunica skips the service-description lookup and the COUNT queries
 * for cardinalities, and hands the original query string to the source: the whole query runs in Oxigraph.
 */
export function createQueryEngine(options: {
  store: Pick<GraphStore, 'query' | 'graphs' | 'faithfulFormats'>;
  timeoutMs: number;
  endpointUrl?: string;
  federation?: FederationOptions;
}): QueryEngineSetup {
  const endpointUrl = options.endpointUrl ?? LOCAL_ENDPOINT_URL;
  const localFetch = createLocalEndpointFetch(options.store, { endpointUrl, timeoutMs: options.timeoutMs });
  const federation = options.federation;
  const remotes = federation?.remotes ?? [];
  // With remotes, Comunica plans and joins across sources; alone, the local store gets whole queries.
  const fetch =
    federation && remotes.length > 0
      ? createFederatedFetch({
          local: { endpointUrl, fetch: localFetch },
          remotes,
          timeoutMs: federation.timeoutMs,
          isStrict: () => federationReports.getStore()?.strict ?? federation.strict,
        })
      : localFetch;
  const context: QueryStringContext = {
    sources: [{ type: 'sparql', value: endpointUrl }, ...remotes.map((url) => ({ type: 'sparql' as const, value: url }))],
    fetch,
    // The store is built once and only read; an update must fail here rather than reach it.
    readOnly: true,
  };
  return { engine: new QueryEngine(), context, endpointUrl, remotes, local: options.store };
}
