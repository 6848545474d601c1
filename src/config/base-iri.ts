// The base IRI of the data: validated once, from the option, else ROPA_BASE_IRI, else the default.
import { z } from 'zod';
import { UsageError } from '../errors/usage-error.ts';

export const DEFAULT_BASE_IRI = 'http://localhost:3000/';

export const baseIriSchema = z
  .string()
  .url()
  .regex(/^https?:\/\//, 'must be an http(s) IRI')
  .regex(/\/$/, 'must end with "/"');

export function resolveBaseIri(option: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const value = option ?? env.ROPA_BASE_IRI ?? DEFAULT_BASE_IRI;
  const parsed = baseIriSchema.safeParse(value);
  if (!parsed.success) {
    throw new UsageError(`invalid base IRI "${value}" (--base or ROPA_BASE_IRI): ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  }
  return parsed.data;
}
