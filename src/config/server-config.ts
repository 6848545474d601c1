// Server settings: defaults, environment variables and CLI options, validated once with zod.
import { z } from 'zod';
import { baseIriSchema, DEFAULT_BASE_IRI } from './base-iri.ts';
import { DEFAULT_GRAPH_DIR, DEFAULT_REGISTERS_DIR } from './project-paths.ts';
import { UsageError } from '../errors/usage-error.ts';
import { CONFIG_OPTIONS, nameConfigOption, type ConfigKey } from './config-options.ts';
import { trustProxySchema } from './trust-proxy.ts';

const positiveInt = z.coerce.number().int().positive();

export const serverConfigSchema = z.object({
  port: z.coerce.number().int().min(0).max(65535).default(3000),
  host: z.string().min(1).default('127.0.0.1'),
  baseIri: baseIriSchema.default(DEFAULT_BASE_IRI),
  graphDir: z.string().min(1).default(DEFAULT_GRAPH_DIR),
  registersDir: z.string().min(1).default(DEFAULT_REGISTERS_DIR),
  /** A query running longer is stopped and answered 503. */
  queryTimeoutMs: positiveInt.default(30_000),
  /** At most this many results (rows or triples) per response; more are cut and the cut is signalled. */
  resultLimit: positiveInt.default(10_000),
  /** Largest accepted request body, in bytes. */
  bodyLimitBytes: positiveInt.default(1_000_000),
  /** Requests per client IP and window, over the query endpoints. */
  rateLimitPerMinute: positiveInt.default(600),
  /** Worker threads, each holding a copy of the graph; 'auto' sizes them to the cores and the memory (store/choose-worker-count.ts). */
  workers: z.union([z.literal('auto'), z.coerce.number().int().min(1).max(16)], { error: 'must be a number of workers from 1 to 16, or auto' }).default('auto'),
  /**
   * Checked in one pass before any parser reads a query, since parsing and planning run on the main thread:
   * a query over these limits is refused (413 too long or too many terms in one list, 400 too deep).
   */
  maxQueryLength: positiveInt.default(10_000),
  maxQueryDepth: positiveInt.default(64),
  maxQueryValues: positiveInt.default(1_000),
  /** Which proxies' X-Forwarded-* headers to believe (client address, protocol, host); none by default. */
  trustProxy: trustProxySchema.default(false),
  /** The public URL of this server, for links in generated documents; by default the configured base or the socket. */
  publicBaseUrl: baseIriSchema.optional(),
  /** Allowed CORS origin(s); "*" lets any browser-based SPARQL client query the endpoint. */
  corsOrigin: z.string().min(1).default('*'),
  /** SPARQL endpoints to federate with the local graph (any SPARQL 1.1 endpoint). */
  federate: z
    .preprocess((v) => (typeof v === 'string' ? v.split(/[\s,]+/).filter(Boolean) : v), z.array(z.string().url().regex(/^https?:\/\//, 'must be an http(s) URL')))
    .default([]),
  /**
   * ropa instances (root URLs) whose dumps are harvested into the local graph and refreshed on a schedule (mirrored
   * federation), instead of being queried live; each keeps its named graphs.
   */
  mirror: z
    .preprocess((v) => (typeof v === 'string' ? v.split(/[\s,]+/).filter(Boolean) : v), z.array(z.string().url().regex(/^https?:\/\//, 'must be an http(s) URL')))
    .default([]),
  /** Seconds between two refreshes of the mirrored sources (conditional requests: an unchanged source answers 304). */
  mirrorRefreshSeconds: positiveInt.default(300),
  /** A source's dump over this many bytes is not mirrored: the source is federated live. */
  mirrorMaxBytes: positiveInt.default(1_073_741_824),
  /**
   * An external SPARQL 1.1 query endpoint holding the published graph: the one source of everything served, with
   * nothing loaded locally. Its manifest graph ({base}graph/manifest) says which graphs and which build it holds.
   */
  store: z.string().url().regex(/^https?:\/\//, 'must be an http(s) URL').optional(),
  /**
   * Take the store's own default graph as the dataset instead of listing the manifest's graphs with each query:
   * faster on Virtuoso (whose joins slow down with each graph listed), right only for a store holding this project alone.
   */
  storeUnion: z.preprocess((v) => (typeof v === 'string' ? ['1', 'true', 'yes'].includes(v.toLowerCase()) : v), z.boolean()).default(false),
  /** Seconds between two readings of the store's manifest graph; a new inputs hash there starts a new generation. */
  storeRefreshSeconds: positiveInt.default(60),
  /** Per-request timeout for a federated source: a slow or dead source never hangs the endpoint. */
  federationTimeoutMs: positiveInt.default(10_000),
  /** Fail a query when a federated source fails, instead of answering without it and saying so. */
  federationStrict: z.preprocess((v) => (typeof v === 'string' ? ['1', 'true', 'yes'].includes(v.toLowerCase()) : v), z.boolean()).default(false),
  /** Watch the graph folder (and the registers when the server builds them) and serve each new build without a restart. */
  watch: z.preprocess((v) => (typeof v === 'string' ? !['0', 'false', 'no'].includes(v.toLowerCase()) : v), z.boolean()).default(true),
});
export type ServerConfig = z.infer<typeof serverConfigSchema>;

// Compile-time check: every setting has its row in CONFIG_OPTIONS, and every row is a setting.
const sameKeys: [ConfigKey, keyof ServerConfig] extends [keyof ServerConfig, ConfigKey] ? true : never = true;
void sameKeys;

export function resolveServerConfig(options: Partial<Record<keyof ServerConfig, unknown>>, env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const input: Record<string, unknown> = {};
  // Options given on the command line win over the environment.
  for (const [key, { env: name }] of Object.entries(CONFIG_OPTIONS)) {
    const value = options[key as keyof ServerConfig] ?? env[name];
    if (value !== undefined) input[key] = value;
  }
  const parsed = serverConfigSchema.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => {
      const key = String(i.path[0]) as keyof ServerConfig;
      return `${key} (${nameConfigOption(key)}): ${i.message}`;
    });
    throw new UsageError(`invalid configuration: ${problems.join('; ')}`);
  }
  return parsed.data;
}
