// Runs the W3C SPARQL 1.1 Protocol tests (../shared/conformance) against a real server holding their data.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Parser, Store, type Quad, type Term } from 'n3';
import { PROJECT_ROOT } from '../../src/config/project-paths.ts';
import { resolveServerConfig } from '../../src/config/server-config.ts';
import { openAppDeps } from '../../src/http/open-app-deps.ts';
import { createApp } from '../../src/http/create-app.ts';
import type { AppDeps } from '../../src/http/app-deps.ts';
import { skipWithoutShared } from '../support/shared-fixtures.ts';

const DIR = join(PROJECT_ROOT, '..', 'shared', 'conformance', 'sparql11', 'protocol');
const MANIFEST = join(DIR, 'manifest.ttl');
const present = existsSync(MANIFEST);
if (!present) console.warn(`W3C protocol tests skipped: ${MANIFEST} is absent (it comes with ../shared)`);

const MF = 'http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#';
const HT = 'http://www.w3.org/2011/http#';
const CNT = 'http://www.w3.org/2011/content#';
const UT = 'http://www.w3.org/2009/sparql/tests/test-update#';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';

/** What we answer for each test, when it is not a plain pass: the read-only endpoint refuses updates. */
const REFUSED_UPDATES = new Set([
  'update_dataset_default_graph',
  'update_dataset_default_graphs',
  'update_dataset_named_graphs',
  'update_dataset_full',
  'update_post_form',
  'update_post_direct',
  'update_base_uri',
]);

interface HttpRequest {
  method: string;
  path: string;
  headers: [string, string][];
  body?: { chars: string; encoding: string };
  expect: { statuses: string[]; format?: string; boolean?: boolean };
}
interface ProtocolTest {
  id: string;
  name: string;
  requests: HttpRequest[];
}

function readManifest(): { tests: ProtocolTest[]; graphs: { file: string; iri: string }[] } {
  const store = new Store(new Parser({ baseIRI: `file://${MANIFEST}` }).parse(readFileSync(MANIFEST, 'utf8')));
  const one = (s: Term, p: string): Term | undefined => store.getObjects(s, p, null)[0];
  const list = (head: Term | undefined): Term[] => {
    const items: Term[] = [];
    for (let node = head; node && node.value !== `${RDF}nil`; node = one(node, `${RDF}rest`)) items.push(one(node, `${RDF}first`)!);
    return items;
  };
  const graphs = new Map<string, string>();
  const tests = store.getSubjects(`${RDF}type`, `${MF}ProtocolTest`, null).map((test): ProtocolTest => {
    for (const data of store.getObjects(test, `${UT}graphData`, null)) {
      graphs.set(one(data, `${UT}graph`)!.value.replace(/^file:\/\//, ''), one(data, `${RDFS}label`)!.value);
    }
    const action = one(test, `${MF}action`)!;
    const requests = list(one(action, `${HT}requests`)).map((req): HttpRequest => {
      const resp = one(req, `${HT}resp`)!;
      const body = one(req, `${HT}body`);
      return {
        method: one(req, `${HT}methodName`)!.value,
        path: one(req, `${HT}absolutePath`)!.value,
        headers: list(one(req, `${HT}headers`)).map((h) => [one(h, `${HT}fieldName`)!.value, one(h, `${HT}fieldValue`)!.value]),
        ...(body ? { body: { chars: one(body, `${CNT}chars`)!.value, encoding: one(body, `${CNT}characterEncoding`)?.value ?? 'UTF-8' } } : {}),
        expect: {
          statuses: store.getObjects(resp, `${MF}expectedStatus`, null).map((s) => s.value.replace(/.*#StatusCode/, '')),
          ...(one(resp, `${MF}expectedFormat`) ? { format: one(resp, `${MF}expectedFormat`)!.value } : {}),
          ...(one(resp, `${MF}expectedBoolean`) ? { boolean: one(resp, `${MF}expectedBoolean`)!.value === 'true' } : {}),
        },
      };
    });
    return { id: test.value.replace(/.*#/, ''), name: one(test, `${MF}name`)!.value, requests };
  });
  return { tests: tests.sort((a, b) => a.id.localeCompare(b.id)), graphs: [...graphs].map(([file, iri]) => ({ file, iri })) };
}

const manifest = present ? readManifest() : { tests: [], graphs: [] };

describe.skipIf(skipWithoutShared(present))('W3C SPARQL 1.1 Protocol tests', () => {
  let server: Server;
  let deps: AppDeps;
  let origin: string;

  beforeAll(async () => {
    const config = resolveServerConfig({ rateLimitPerMinute: 100_000, queryTimeoutMs: 10_000 }, {});
    deps = await openAppDeps(
      config,
      () => undefined,
      manifest.graphs.map((g) => ({ path: g.file, graph: g.iri, name: g.iri })),
    );
    server = createServer(createApp(deps));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await deps.store.close();
  });

  it('reads the whole manifest (34 tests)', () => {
    expect(manifest.tests).toHaveLength(34);
    expect(manifest.graphs.length).toBeGreaterThanOrEqual(3);
  });

  it.each(manifest.tests.map((t) => [t.id, t] as const))('%s', async (id, test) => {
    for (const req of test.requests) {
      const body = req.body ? Buffer.from(req.body.chars, req.body.encoding.toUpperCase().startsWith('UTF-16') ? 'utf16le' : 'utf8') : undefined;
      const res = await fetch(`${origin}${req.path}`, { method: req.method, headers: req.headers, ...(body ? { body } : {}) });
      const text = await res.text();
      const klass = `${String(res.status)[0]}xx`;
      if (REFUSED_UPDATES.has(id)) {
        // Documented refusal: the endpoint is read-only, every update gets 405 with a message.
        expect(res.status, text).toBe(405);
        expect(text).toMatch(/read-only/);
        return;
      }
      expect(req.expect.statuses, `${test.name}: got ${res.status} ${text.slice(0, 200)}`).toContain(klass);
      const type = res.headers.get('content-type') ?? '';
      if (req.expect.format === 'boolean') {
        expect(type).toMatch(/sparql-results\+(json|xml)/);
        if (req.expect.boolean !== undefined) expect(text).toMatch(req.expect.boolean ? /true/ : /false/);
      }
      if (req.expect.format === 'tabular') expect(type).toMatch(/sparql-results\+(json|xml)|text\/csv|text\/tab-separated-values/);
      if (req.expect.format === 'rdf') expect(type).toMatch(/text\/turtle|application\/n-triples|application\/rdf\+xml/);
    }
  });
});
