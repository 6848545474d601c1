// The one table of settings: command-line option, environment variable and help text of each ServerConfig key.
export interface ConfigOption {
  /** Commander flags; absent for settings only the environment sets. */
  readonly flags?: string;
  readonly env: string;
  /** Help text, without the env variable (added where it is shown). */
  readonly description: string;
}

export const CONFIG_OPTIONS = {
  port: { flags: '-p, --port <n>', env: 'ROPA_PORT', description: 'TCP port (default 3000; 0 picks a free one)' },
  host: { flags: '--host <host>', env: 'ROPA_HOST', description: 'interface to listen on (default 127.0.0.1)' },
  baseIri: { flags: '-b, --base <iri>', env: 'ROPA_BASE_IRI', description: 'base IRI of the data (default http://localhost:3000/)' },
  graphDir: { flags: '--graph <dir>', env: 'ROPA_GRAPH_DIR', description: 'folder of the built Turtle graph (default data/graph)' },
  registersDir: { flags: '--registers <dir>', env: 'ROPA_REGISTERS_DIR', description: 'registers to build the graph from when it is missing or stale (default data/registers)' },
  queryTimeoutMs: { flags: '--timeout <ms>', env: 'ROPA_QUERY_TIMEOUT_MS', description: 'query timeout in milliseconds (default 30000)' },
  resultLimit: { flags: '--limit <n>', env: 'ROPA_RESULT_LIMIT', description: 'maximum results per response (default 10000)' },
  bodyLimitBytes: { env: 'ROPA_BODY_LIMIT_BYTES', description: 'largest accepted request body in bytes (default 1000000)' },
  rateLimitPerMinute: { flags: '--rate-limit <n>', env: 'ROPA_RATE_LIMIT_PER_MINUTE', description: 'requests per minute per client on /sparql and /export (default 600)' },
  workers: {
    flags: '--workers <n>',
    env: 'ROPA_WORKERS',
    description: 'worker threads, each holding a copy of the graph, or auto (the default: one per core, 2 to 4, fewer when memory is short)',
  },
  maxQueryLength: { flags: '--max-query-length <chars>', env: 'ROPA_MAX_QUERY_LENGTH', description: 'longest query accepted, in characters (default 10000); longer ones get 413' },
  maxQueryDepth: { flags: '--max-query-depth <n>', env: 'ROPA_MAX_QUERY_DEPTH', description: 'deepest nesting of brackets ( { [ accepted in a query (default 64); deeper ones get 400' },
  maxQueryValues: { flags: '--max-query-values <n>', env: 'ROPA_MAX_QUERY_VALUES', description: 'most terms in one VALUES block or IN list (default 1000); more get 413' },
  trustProxy: {
    flags: '--trust-proxy <proxies>',
    env: 'ROPA_TRUST_PROXY',
    description: 'reverse proxies whose X-Forwarded-For/-Proto/-Host headers are believed: addresses or subnets (comma-separated), loopback, a hop count, or false (the default)',
  },
  publicBaseUrl: { flags: '--base-url <url>', env: 'ROPA_BASE_URL', description: 'public URL of this server, for the links of the service description, VoID and pages (default: --base when the request names its host, else the server address)' },
  corsOrigin: { flags: '--cors-origin <origins>', env: 'ROPA_CORS_ORIGIN', description: 'allowed CORS origins, comma-separated, or * (default *)' },
  federate: { flags: '--federate <urls...>', env: 'ROPA_FEDERATE', description: 'also query these SPARQL endpoints (env: comma-separated)' },
  mirror: {
    flags: '--mirror <urls...>',
    env: 'ROPA_MIRROR',
    description: 'harvest the dumps of these ropa instances (root URLs) into the local graph and answer from it (mirrored federation; env: comma-separated)',
  },
  mirrorRefreshSeconds: { flags: '--mirror-refresh <seconds>', env: 'ROPA_MIRROR_REFRESH_SECONDS', description: 'seconds between two refreshes of the mirrored sources (default 300)' },
  mirrorMaxBytes: { flags: '--mirror-max-bytes <n>', env: 'ROPA_MIRROR_MAX_BYTES', description: 'a mirrored source whose dump is larger is federated live instead (default 1073741824)' },
  store: {
    flags: '--store <sparql-query-url>',
    env: 'ROPA_STORE',
    description: 'answer everything from this external SPARQL 1.1 store (e.g. Virtuoso) holding the graph `ropa publish` put there, instead of loading data/graph',
  },
  storeUnion: {
    flags: '--store-union',
    env: 'ROPA_STORE_UNION',
    description: "with --store, query the store's own default graph instead of listing the project's graphs with each query: faster on Virtuoso, for a store holding this project alone (its system graphs then show in generic queries)",
  },
  storeRefreshSeconds: { flags: '--store-refresh <seconds>', env: 'ROPA_STORE_REFRESH_SECONDS', description: 'with --store, seconds between two readings of the store\'s manifest graph (a new build there is served at once; default 60)' },
  federationTimeoutMs: { flags: '--federation-timeout <ms>', env: 'ROPA_FEDERATION_TIMEOUT_MS', description: 'per-request timeout of a federated source (default 10000)' },
  watch: {
    flags: '--no-watch',
    env: 'ROPA_WATCH',
    description: 'serve a fixed graph: do not load new builds of the graph folder (or rebuild a --registers set) while serving',
  },
  federationStrict: {
    flags: '--strict-federation',
    env: 'ROPA_FEDERATION_STRICT',
    description: 'fail a query when a federated source fails, instead of answering without it',
  },
} as const satisfies Record<string, ConfigOption>;

/** A setting's name; server-config.ts checks that its schema has exactly these keys. */
export type ConfigKey = keyof typeof CONFIG_OPTIONS;

/** How a setting is named in an error: "--timeout or ROPA_QUERY_TIMEOUT_MS". */
export function nameConfigOption(key: ConfigKey): string {
  const option: ConfigOption = CONFIG_OPTIONS[key];
  const long = option.flags?.match(/--[a-z-]+/)?.[0];
  return long ? `${long} or ${option.env}` : option.env;
}
