// The --trust-proxy setting, read as express's 'trust proxy' takes it; anything else is a usage error naming the option.
import { describe, expect, it } from 'vitest';
import { resolveServerConfig } from '../../src/config/server-config.ts';
import { UsageError } from '../../src/errors/usage-error.ts';

describe('--trust-proxy', () => {
  it.each([
    [undefined, false],
    ['false', false],
    ['true', true],
    ['1', 1],
    ['loopback', ['loopback']],
    ['127.0.0.1, 10.0.0.0/8, fd00::/8, 192.168.0.0/255.255.0.0', ['127.0.0.1', '10.0.0.0/8', 'fd00::/8', '192.168.0.0/255.255.0.0']],
  ])('reads %j as %j', (given, expected) => {
    expect(resolveServerConfig(given === undefined ? {} : { trustProxy: given }, {}).trustProxy).toEqual(expected);
  });

  it('is read from ROPA_TRUST_PROXY too', () => {
    expect(resolveServerConfig({}, { ROPA_TRUST_PROXY: 'uniquelocal' }).trustProxy).toEqual(['uniquelocal']);
  });

  it.each(['proxy.example', '10.0.0.1/40', '10.0.0.1/8/8', '-1'])('refuses %j in one line naming the option', (given) => {
    expect(() => resolveServerConfig({ trustProxy: given }, {})).toThrow(UsageError);
    expect(() => resolveServerConfig({ trustProxy: given }, {})).toThrow(/^invalid configuration: trustProxy \(--trust-proxy or ROPA_TRUST_PROXY\): .*/);
  });
});
