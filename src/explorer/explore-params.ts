// The parameters of the explorer API, validated with zod: every error names the parameter and what it accepts.
import { z } from 'zod';
import { isSafeIri } from '../rdf/is-safe-iri.ts';
import { NODE_TYPES, SHARED_NODE_TYPES, type NodeType } from './node-types.ts';

/** A parameter the client got wrong; the HTTP layer answers 400 with this message. */
export class InvalidParameterError extends Error {
  override readonly name = 'InvalidParameterError';
  constructor(
    readonly parameter: string,
    detail: string,
  ) {
    super(`invalid parameter "${parameter}": ${detail}`);
  }
}

/** Bounds of every numeric parameter, shared with the OpenAPI description (and checked against it by the tests). */
export const LIMITS = {
  search: { min: 1, max: 100, default: 20 },
  node: { min: 1, max: 500, default: 100 },
  graph: { min: 1, max: 2000, default: 600 },
  path: { min: 1, max: 50, default: 5 },
  stats: { min: 1, max: 100, default: 10 },
  depth: { min: 1, max: 2, default: 1 },
  maxLength: { min: 1, max: 6, default: 4 },
  query: { maxLength: 200 },
} as const;

const required = (what: string) => ({ error: (issue: { input: unknown }) => (issue.input === undefined ? `required: ${what}` : `expected ${what}`) });

const iri = (what: string) =>
  z
    .string(required(`the absolute IRI of ${what}`))
    .refine(isSafeIri, 'not an absolute IRI (e.g. http://localhost:3000/system/rio or https://w3id.org/dpv/pd#Name)');

const wholeNumber = (bounds: { min: number; max: number; default: number }) =>
  z
    .string()
    .regex(/^\d{1,9}$/, `expected a whole number from ${bounds.min} to ${bounds.max}`)
    .transform(Number)
    .pipe(z.number().min(bounds.min, `must be from ${bounds.min} to ${bounds.max}`).max(bounds.max, `must be from ${bounds.min} to ${bounds.max}`))
    .default(bounds.default);

/** Comma-separated type keys (the parameter may also be repeated). */
const types = (fallback: readonly NodeType[]) =>
  z
    .string()
    .optional()
    .transform((text, ctx) => {
      if (text === undefined) return new Set(fallback);
      const keys = text.split(',').map((k) => k.trim()).filter((k) => k !== '');
      const unknown = keys.filter((k) => !(NODE_TYPES as readonly string[]).includes(k));
      if (unknown.length > 0 || keys.length === 0) {
        ctx.addIssue({
          code: 'custom',
          message: `${keys.length === 0 ? 'no type given' : `unknown type ${unknown.map((k) => `"${k}"`).join(', ')}`}; use a comma-separated list of: ${NODE_TYPES.join(', ')}`,
        });
        return z.NEVER;
      }
      return new Set(keys as NodeType[]);
    });

export const searchParamsSchema = z.object({
  q: z
    .string(required('the text to look for'))
    .transform((s) => s.trim())
    .pipe(z.string().min(1, 'must not be empty').max(LIMITS.query.maxLength, `at most ${LIMITS.query.maxLength} characters`)),
  types: types(NODE_TYPES),
  limit: wholeNumber(LIMITS.search),
});

export const nodeParamsSchema = z.object({
  iri: iri('the node'),
  depth: wholeNumber(LIMITS.depth).transform((d) => d as 1 | 2),
  types: types(NODE_TYPES),
  limit: wholeNumber(LIMITS.node),
});

export const pathParamsSchema = z.object({
  from: iri('the first node'),
  to: iri('the last node'),
  maxLength: wholeNumber(LIMITS.maxLength),
  types: types(NODE_TYPES),
  limit: wholeNumber(LIMITS.path),
});

export const graphParamsSchema = z.object({
  types: types(SHARED_NODE_TYPES),
  limit: wholeNumber(LIMITS.graph),
});

export const statsParamsSchema = z.object({
  limit: wholeNumber(LIMITS.stats),
});

/** Parameters that may be repeated; their values are joined with commas. */
const LIST_PARAMETERS = new Set(['types']);

/**
 * Validates an Express query object (strings, or arrays of strings when a parameter is repeated) against `schema`.
 * Unknown parameters are refused, so that a misspelt one ("type=") is not silently ignored.
 */
export function parseParams<S extends z.ZodObject>(schema: S, query: Record<string, unknown>): z.output<S> {
  const known = Object.keys(schema.shape);
  const input: Record<string, string> = {};
  for (const [name, raw] of Object.entries(query)) {
    if (!known.includes(name)) throw new InvalidParameterError(name, `unknown parameter; this endpoint takes ${known.map((k) => `"${k}"`).join(', ')}`);
    if (Array.isArray(raw)) {
      if (!LIST_PARAMETERS.has(name)) throw new InvalidParameterError(name, 'given more than once');
      input[name] = raw.map(String).join(',');
    } else if (typeof raw === 'string') {
      input[name] = raw;
    } else {
      throw new InvalidParameterError(name, 'expected a plain value');
    }
  }
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0] ?? known[0]);
    const given = input[name];
    throw new InvalidParameterError(name, `${issue.message}${given !== undefined ? ` (got "${given.length > 80 ? `${given.slice(0, 77)}…` : given}")` : ''}`);
  }
  return parsed.data;
}
