// Parameter validation (each error names its parameter) and the OpenAPI description kept in step with it.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  graphParamsSchema,
  InvalidParameterError,
  LIMITS,
  nodeParamsSchema,
  parseParams,
  pathParamsSchema,
  searchParamsSchema,
  statsParamsSchema,
} from '../../src/explorer/explore-params.ts';
import { NODE_TYPES, SENSITIVITY_KINDS, SHARED_NODE_TYPES } from '../../src/explorer/node-types.ts';
import { registerShortLabel, shortenLabel } from '../../src/explorer/short-labels.ts';
import { PROJECT_ROOT } from '../../src/config/project-paths.ts';

const RIO = 'http://localhost:3000/system/rio';

function errorOf(fn: () => unknown): InvalidParameterError {
  try {
    fn();
  } catch (error) {
    if (error instanceof InvalidParameterError) return error;
    throw error;
  }
  throw new Error('no error');
}

describe('parameters', () => {
  it('applies the defaults', () => {
    expect(parseParams(nodeParamsSchema, { iri: RIO })).toEqual({ iri: RIO, depth: 1, types: new Set(NODE_TYPES), limit: LIMITS.node.default });
    expect(parseParams(graphParamsSchema, {}).types).toEqual(new Set(SHARED_NODE_TYPES));
    expect(parseParams(searchParamsSchema, { q: '  RIO ' }).q).toBe('RIO');
  });

  it('takes types as a comma-separated list or a repeated parameter', () => {
    expect(parseParams(nodeParamsSchema, { iri: RIO, types: 'system, treatment' }).types).toEqual(new Set(['system', 'treatment']));
    expect(parseParams(nodeParamsSchema, { iri: RIO, types: ['system', 'treatment'] }).types).toEqual(new Set(['system', 'treatment']));
  });

  it.each([
    [nodeParamsSchema, { iri: 'not an iri' }, 'iri', /absolute IRI/],
    [nodeParamsSchema, {}, 'iri', /required/],
    [nodeParamsSchema, { iri: `${RIO}>` }, 'iri', /absolute IRI/],
    [nodeParamsSchema, { iri: RIO, depth: '3' }, 'depth', /from 1 to 2/],
    [nodeParamsSchema, { iri: RIO, depth: 'deep' }, 'depth', /whole number/],
    [nodeParamsSchema, { iri: RIO, limit: '0' }, 'limit', /from 1 to 500/],
    [nodeParamsSchema, { iri: RIO, limit: '501' }, 'limit', /from 1 to 500/],
    [nodeParamsSchema, { iri: RIO, types: 'system,software' }, 'types', /unknown type "software"; use a comma-separated list of: treatment, system/],
    [nodeParamsSchema, { iri: RIO, types: ',' }, 'types', /no type given/],
    [nodeParamsSchema, { iri: RIO, type: 'system' }, 'type', /unknown parameter/],
    [nodeParamsSchema, { iri: [RIO, RIO] }, 'iri', /more than once/],
    [searchParamsSchema, { q: '' }, 'q', /must not be empty/],
    [searchParamsSchema, { q: 'x'.repeat(201) }, 'q', /at most 200/],
    [searchParamsSchema, { q: 'x', limit: '101' }, 'limit', /from 1 to 100/],
    [pathParamsSchema, { from: RIO }, 'to', /required/],
    [pathParamsSchema, { from: RIO, to: RIO, maxLength: '7' }, 'maxLength', /from 1 to 6/],
    [statsParamsSchema, { limit: '-1' }, 'limit', /whole number/],
  ] as const)('%#: refuses %j, naming "%s"', (schema, query, parameter, message) => {
    const error = errorOf(() => parseParams(schema, query));
    expect(error.parameter).toBe(parameter);
    expect(error.message).toMatch(`invalid parameter "${parameter}"`);
    expect(error.message).toMatch(message);
  });
});

describe('the OpenAPI description', () => {
  const load = async () => JSON.parse(await readFile(join(PROJECT_ROOT, 'public', 'explore', 'openapi.json'), 'utf8'));

  it('is OpenAPI 3.1 and describes every endpoint', async () => {
    const doc = await load();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual(['/explore/graph', '/explore/node', '/explore/openapi.json', '/explore/path', '/explore/search', '/explore/stats']);
    expect(doc.components.schemas.NodeType.enum).toEqual([...NODE_TYPES]);
    expect(doc.components.schemas.Sensitivity.enum).toEqual([...SENSITIVITY_KINDS]);
  });

  it('lists exactly the parameters the server accepts, with the same bounds and defaults', async () => {
    const doc = await load();
    const endpoints = [
      ['/explore/search', searchParamsSchema, { limit: LIMITS.search }],
      ['/explore/node', nodeParamsSchema, { limit: LIMITS.node, depth: LIMITS.depth }],
      ['/explore/path', pathParamsSchema, { limit: LIMITS.path, maxLength: LIMITS.maxLength }],
      ['/explore/graph', graphParamsSchema, { limit: LIMITS.graph }],
      ['/explore/stats', statsParamsSchema, { limit: LIMITS.stats }],
    ] as const;
    for (const [path, schema, bounds] of endpoints) {
      const parameters = doc.paths[path].get.parameters as { name: string; required: boolean; schema: { minimum?: number; maximum?: number; default?: unknown } }[];
      expect(parameters.map((p) => p.name).sort(), path).toEqual(Object.keys(schema.shape).sort());
      for (const [name, b] of Object.entries(bounds)) {
        const p = parameters.find((x) => x.name === name);
        expect(p?.schema, `${path} ${name}`).toMatchObject({ minimum: b.min, maximum: b.max, default: b.default });
      }
      for (const p of parameters) expect(p.required, `${path} ${p.name}`).toBe(['q', 'iri', 'from', 'to'].includes(p.name));
    }
    expect(doc.paths['/explore/graph'].get.parameters.find((p: { name: string }) => p.name === 'types').schema.default).toBe(SHARED_NODE_TYPES.join(','));
  });
});

describe('short labels', () => {
  it('cuts long labels at a word, with an ellipsis', () => {
    expect(shortenLabel('Gestion de la messagerie professionnelle des agents du ministère', 30)).toBe('Gestion de la messagerie…');
    expect(shortenLabel('RIO')).toBe('RIO');
  });

  it('names a register by its number and its controller\'s acronym, else by its subject', () => {
    expect(registerShortLabel('http://x/register/004-72dad74edd3dbafe', 'REGISTRE…', [{ label: 'Direction de la transformation numérique', names: ['DTNUM'] }])).toBe('Registre 004 · DTNUM');
    expect(registerShortLabel('http://x/register/eu-edps-record-57', 'EDPS record of processing activity — Use of Corporate Credit Card by Staff', [])).toBe('EDPS · Use of Corporate Credit Card by Staff');
  });
});
