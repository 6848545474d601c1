// The settings issue 19 added: their defaults, and a bad value named in one line.
import { describe, expect, it } from 'vitest';
import { resolveServerConfig } from '../../src/config/server-config.ts';

describe('resolveServerConfig', () => {
  it('sizes the workers to the machine and limits queries by default, and trusts no proxy', () => {
    expect(resolveServerConfig({}, {})).toMatchObject({ workers: 'auto', maxQueryLength: 10_000, maxQueryDepth: 64, maxQueryValues: 1_000, trustProxy: false });
    expect(resolveServerConfig({}, {}).publicBaseUrl).toBeUndefined();
  });

  it.each([
    [{ workers: '3' }, { workers: 3 }],
    [{ workers: 'auto' }, { workers: 'auto' }],
    [{ maxQueryLength: '50000', maxQueryDepth: '100', maxQueryValues: '5000' }, { maxQueryLength: 50_000, maxQueryDepth: 100, maxQueryValues: 5_000 }],
    [{ publicBaseUrl: 'https://registres.example.gouv.fr/' }, { publicBaseUrl: 'https://registres.example.gouv.fr/' }],
    [{ store: 'http://triplestore.example:8890/sparql' }, { store: 'http://triplestore.example:8890/sparql', storeRefreshSeconds: 60 }],
    [{ storeRefreshSeconds: '5' }, { storeRefreshSeconds: 5, storeUnion: false }],
    [{ storeUnion: 'true' }, { storeUnion: true }],
  ])('reads %j', (given, expected) => {
    expect(resolveServerConfig(given, {})).toMatchObject(expected);
  });

  it.each([
    [{ workers: 'zero' }, /workers \(--workers or ROPA_WORKERS\): must be a number of workers from 1 to 16, or auto/],
    [{ maxQueryLength: '0' }, /maxQueryLength \(--max-query-length or ROPA_MAX_QUERY_LENGTH\)/],
    [{ publicBaseUrl: 'ftp://example.org/' }, /publicBaseUrl \(--base-url or ROPA_BASE_URL\): must be an http\(s\) IRI/],
    [{ store: 'ftp://example.org/sparql' }, /store \(--store or ROPA_STORE\): must be an http\(s\) URL/],
    [{ storeRefreshSeconds: '0' }, /storeRefreshSeconds \(--store-refresh or ROPA_STORE_REFRESH_SECONDS\)/],
  ])('refuses %j in one line naming the option', (given, message) => {
    expect(() => resolveServerConfig(given, {})).toThrow(message);
  });
});
