// No source can kill the server: sources that stall, reset, send broken results or an HTML page, each on loopback.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { DEFAULT_REGISTERS_DIR } from '../../src/config/project-paths.ts';
import { startTestServer, type TestServer } from '../support/start-test-server.ts';

const BASE = 'http://ropa.test/';
const MS = ['000_49a1ce6041cf4ed6.txt', '001_16106fe6b7c9f12d.txt', '002_f61adf4d39622cae.txt', '003_60ea04d657be5b10.txt'].map((f) => join(DEFAULT_REGISTERS_DIR, f));
const JSON_TYPE = 'application/sparql-results+json';
const XML_TYPE = 'application/sparql-results+xml';
/** The start of a well-formed answer: a client reading it cannot tell that the rest will never come right. */
const HALF_JSON = '{"head":{"vars":["s"]},"results":{"bindings":[{"s":{"type":"uri","value":"http://ropa.test/a"}},';
const HALF_XML = `<?xml version="1.0"?><sparql xmlns="http://www.w3.org/2005/sparql-results#"><head><variable name="s"/></head><results><result><binding name="s"><uri>http://ropa.test/a</uri></binding></result>`;

type Behaviour = (req: IncomingMessage, res: ServerResponse) => void;

/** How each bad source answers every request it gets. */
const BEHAVIOURS: Record<string, Behaviour> = {
  'stalls mid-body': (_req, res) => {
    res.writeHead(200, { 'content-type': JSON_TYPE });
    res.write(HALF_JSON); // and never ends
  },
  'resets the connection mid-body': (_req, res) => {
    res.writeHead(200, { 'content-type': JSON_TYPE });
    res.write(HALF_JSON, () => setTimeout(() => res.socket?.resetAndDestroy(), 50));
  },
  'sends invalid JSON': (_req, res) => {
    res.writeHead(200, { 'content-type': JSON_TYPE });
    res.end(`${HALF_JSON} oops ]}`);
  },
  'sends invalid XML': (_req, res) => {
    res.writeHead(200, { 'content-type': XML_TYPE });
    res.end(`${HALF_XML}<result><binding name="s"></results></sparql>`);
  },
  'answers 200 with an HTML page': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><html><head><title>Maintenance</title></head><body><p>Back soon</p></body></html>');
  },
};

let ministry: TestServer;
const sources: Server[] = [];

beforeAll(async () => {
  ministry = await startTestServer({ rateLimitPerMinute: 1_000_000 }, { registers: MS, baseIri: BASE });
});
afterAll(async () => {
  for (const source of sources) source.closeAllConnections();
  await Promise.all(sources.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
  await ministry?.close();
});

async function startSource(behaviour: Behaviour): Promise<string> {
  const source = createServer(behaviour);
  sources.push(source);
  await new Promise<void>((resolve) => source.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(source.address() as AddressInfo).port}/sparql`;
}

async function query(server: TestServer, name: string, extra = ''): Promise<{ status: number; headers: Headers; text: string }> {
  const text = server.deps.queries.find((q) => q.name === name)!.text;
  const res = await fetch(`${server.url}sparql?query=${encodeURIComponent(text)}${extra}`, { headers: { accept: JSON_TYPE } });
  return { status: res.status, headers: res.headers, text: await res.text() };
}

function countRows(text: string): number {
  return (JSON.parse(text) as { results: { bindings: unknown[] } }).results.bindings.length;
}

describe.each(Object.entries(BEHAVIOURS))('a federated source that %s', (_name, behaviour) => {
  let federator: TestServer;
  let badUrl: string;
  beforeAll(async () => {
    badUrl = await startSource(behaviour);
    federator = await startTestServer({ federate: [`${ministry.url}sparql`, badUrl], federationTimeoutMs: 1500 }, { registers: [], baseIri: BASE });
  });
  afterAll(() => federator?.close());

  it('gives the answer without it, naming it; strict mode answers an error; the server stays up', async () => {
    const partial = await query(federator, 'treatments-per-register');
    expect(partial.status, partial.text).toBe(200);
    expect(partial.headers.get('x-federation-failed-sources')).toBe(badUrl);
    expect(countRows(partial.text)).toBe(4); // the four Ministères sociaux registers
    const strict = await query(federator, 'treatments-per-register', '&strict=true');
    expect(strict.status).toBe(502);
    expect(strict.text).toContain(badUrl);
    // Past the per-source timeout, when a stalled body would have errored with nobody listening: still answering.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const again = await query(federator, 'treatments-per-register');
    expect(again.status, again.text).toBe(200);
    expect(countRows(again.text)).toBe(4);
  });
});
