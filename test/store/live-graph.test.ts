// The live graph: one generation served at a time, switched atomically, the last good one kept when a load fails.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { readGenerationSources } from '../../src/store/graph-generation.ts';
import { openLiveGraph, type LiveGraph } from '../../src/store/live-graph.ts';
import { writeFixtureGraph, type FixtureGraph } from './write-fixture-graph.ts';

const COUNT_ALL = 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }';
const ADDED = '\n<urn:x:added> <urn:x:p> <urn:x:o> .\n';

let fixture: FixtureGraph;
let live: LiveGraph<{ label: string }>;
let log: string[];
let served: number;

beforeEach(async () => {
  fixture = await writeFixtureGraph();
  log = [];
  served = 0;
  live = await openLiveGraph({
    readSources: () => readGenerationSources(fixture.files),
    serve: (store) => ({ label: `generation ${store.generation.id} (${++served} served)` }),
    workers: 1,
    log: (line) => log.push(line),
  });
});
afterEach(async () => {
  await live.close();
  await fixture.remove();
});

async function count(store = live.store): Promise<number> {
  const result = await store.query(COUNT_ALL, { format: 'text/csv', timeoutMs: 5000 });
  return Number(result.body.split('\r\n')[1]);
}

describe('reload', () => {
  it('switches to changed sources, logs old and new triple counts, and serves the new generation', async () => {
    expect(await count()).toBe(44);
    await appendFile(fixture.files[0]!.path, ADDED);
    const outcome = await live.reload('test');
    expect(outcome).toMatchObject({ status: 'switched', generation: { id: 2, triples: 45 }, previous: { id: 1, triples: 44 } });
    expect(await count()).toBe(45);
    expect(live.current().served.label).toBe('generation 2 (2 served)');
    expect(log.join('\n')).toMatch(/^graph: generation 2 serving 45 triples \(generation 1 had 44\), loaded in \d+\.\d s \(test\)$/m);
  });

  it('keeps the generation when the sources did not change (same bytes written again)', async () => {
    await writeFile(fixture.files[0]!.path, await readFile(fixture.files[0]!.path));
    expect(await live.reload('test')).toMatchObject({ status: 'unchanged', generation: { id: 1 } });
    expect(served).toBe(1);
  });

  it('keeps the last good generation when the new one does not load, and says why until a good one switches', async () => {
    await appendFile(fixture.files[1]!.path, '<urn:x:broken> .');
    const failed = await live.reload('test');
    expect(failed).toMatchObject({ status: 'failed', generation: { id: 1 } });
    expect(failed.status === 'failed' && failed.error).toMatch(/register-b\.ttl: .*line/);
    expect(await count()).toBe(44);
    expect(live.status()).toMatchObject({ ready: true, generation: { id: 1 }, lastError: { message: expect.stringContaining('register-b.ttl') } });
    expect(log.join('\n')).toContain('graph: still serving generation 1: test: ');

    await writeFile(fixture.files[1]!.path, '');
    expect(await live.reload('fixed')).toMatchObject({ status: 'switched' });
    expect(live.status().lastError).toBeNull();
  });

  it('runs one load at a time, and the requests made meanwhile share the next one', async () => {
    await appendFile(fixture.files[0]!.path, ADDED);
    const outcomes = await Promise.all([live.reload('a'), live.reload('b'), live.reload('c')]);
    expect(outcomes.map((o) => [o.status, o.generation.id])).toEqual([['switched', 2], ['switched', 2], ['switched', 2]]);
    expect(served).toBe(2);
    // Asked for again before that load started: the same load.
    await appendFile(fixture.files[0]!.path, ADDED.replace('added', 'again'));
    const running = live.reload('d');
    const next = live.reload('e');
    expect((await running).generation.id).toBe(3);
    expect((await next).generation.id).toBe(3);
  });
});

describe('leases', () => {
  it('lets a request finish on the generation it started on, then closes that generation', async () => {
    const old = live.lease();
    await appendFile(fixture.files[0]!.path, ADDED);
    await live.reload('test');
    // Pinned to the old generation: its queries, its served objects.
    await live.run(old.generation, async () => {
      expect(live.current().served.label).toBe('generation 1 (1 served)');
      expect(await count()).toBe(44);
    });
    expect(await count()).toBe(45);
    old.release();
    await expect(count(old.generation.store)).rejects.toThrow(/closed/);
  });

  it('closes a replaced generation at once when no request holds it', async () => {
    const first = live.current().store;
    await appendFile(fixture.files[0]!.path, ADDED);
    await live.reload('test');
    await expect(count(first)).rejects.toThrow(/closed/);
  });
});
