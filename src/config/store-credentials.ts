// The account `ropa publish` sends to an external store: ROPA_STORE_USER and ROPA_STORE_PASSWORD, checked with zod.
import { z } from 'zod';
import { UsageError } from '../errors/usage-error.ts';

export interface StoreCredentials {
  readonly user: string;
  readonly password: string;
}

const credentialsSchema = z
  .object({
    // Basic authentication joins user and password with a colon: a user name cannot hold one.
    ROPA_STORE_USER: z.string().min(1, 'must not be empty').regex(/^[^:]*$/, 'must not contain ":"').optional(),
    ROPA_STORE_PASSWORD: z.string().optional(),
  })
  .refine((env) => (env.ROPA_STORE_USER === undefined) === (env.ROPA_STORE_PASSWORD === undefined), {
    error: 'set both ROPA_STORE_USER and ROPA_STORE_PASSWORD, or neither',
  });

/** undefined when neither variable is set: the store is written to without credentials. */
export function readStoreCredentials(env: NodeJS.ProcessEnv): StoreCredentials | undefined {
  const parsed = credentialsSchema.safeParse({ ROPA_STORE_USER: env.ROPA_STORE_USER, ROPA_STORE_PASSWORD: env.ROPA_STORE_PASSWORD });
  // The issues name the variable, never its value: a password must not reach a terminal or a log.
  if (!parsed.success) throw new UsageError(`invalid store credentials: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'ROPA_STORE_USER/ROPA_STORE_PASSWORD'}: ${i.message}`).join('; ')}`);
  const { ROPA_STORE_USER: user, ROPA_STORE_PASSWORD: password } = parsed.data;
  return user !== undefined && password !== undefined ? { user, password } : undefined;
}
