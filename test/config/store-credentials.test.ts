// The store's account from the environment: both variables or neither, and a refusal never shows the password.
import { describe, expect, it } from 'vitest';
import { readStoreCredentials } from '../../src/config/store-credentials.ts';
import { UsageError } from '../../src/errors/usage-error.ts';

describe('readStoreCredentials', () => {
  it.each([
    [{}, undefined],
    [{ ROPA_STORE_USER: 'dba', ROPA_STORE_PASSWORD: 'pw' }, { user: 'dba', password: 'pw' }],
    [{ ROPA_STORE_USER: 'dba', ROPA_STORE_PASSWORD: '' }, { user: 'dba', password: '' }],
  ])('%j → %j', (env, expected) => {
    expect(readStoreCredentials(env)).toEqual(expected);
  });

  it.each([
    [{ ROPA_STORE_PASSWORD: 'hunter2' }, /set both ROPA_STORE_USER and ROPA_STORE_PASSWORD, or neither/],
    [{ ROPA_STORE_USER: 'dba' }, /set both ROPA_STORE_USER and ROPA_STORE_PASSWORD, or neither/],
    [{ ROPA_STORE_USER: '', ROPA_STORE_PASSWORD: 'hunter2' }, /ROPA_STORE_USER: must not be empty/],
    [{ ROPA_STORE_USER: 'a:b', ROPA_STORE_PASSWORD: 'hunter2' }, /ROPA_STORE_USER: must not contain ":"/],
  ])('refuses %j as a usage error', (env, message) => {
    const error = (() => {
      try {
        readStoreCredentials(env);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('hunter2');
  });
});
