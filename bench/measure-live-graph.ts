// Memory and time of the live graph at a synthetic scale: snapshot size, RSS while serving and during a switch.
// Run: node --expose-gc --import tsx bench/measure-live-graph.ts [treatments=10000] [workers=1]
import { appendFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createIriMinter } from '../src/rdf/mint-iris.ts';
import { createGenerationFiles } from '../src/store/graph-generation.ts';
import { openLiveGraph } from '../src/store/live-graph.ts';
import { readGraphFolder } from '../src/store/read-graph-folder.ts';
import { loadRealRegisters } from './lib/load-real-registers.ts';
import { measureRegisterStats } from './lib/measure-register-stats.ts';
import { writeSyntheticGraph } from './lib/write-synthetic-graph.ts';

const BASE = 'http://localhost:3000/';
const treatments = Number(process.argv[2] ?? 10_000);
const workers = Number(process.argv[3] ?? 1);
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const rss = () => {
  gc();
  return process.memoryUsage().rss;
};

const dir = join(await mkdtemp(join(tmpdir(), 'ropa-live-bench-')), 'graph');
try {
  const { registers, catalogues } = await loadRealRegisters();
  const graph = await writeSyntheticGraph({ dir, treatments, seed: `live:${treatments}`, stats: measureRegisterStats(registers), catalogues, baseIri: BASE });
  const iris = createIriMinter(BASE);
  console.log(`${treatments} treatments: ${graph.quads} quads, ${mib(graph.turtleBytes)} of Turtle in ${graph.registers + 1} files; ${workers} worker(s)`);

  // The snapshot a generation keeps for replacement workers, made as the store makes it.
  let started = performance.now();
  const snapshot = await createGenerationFiles(await readGraphFolder(dir, iris, { checkBase: true })).snapshotBytes();
  console.log(`gzip snapshot: ${mib(snapshot)} (${(graph.turtleBytes / snapshot).toFixed(1)}× smaller than the Turtle), made in ${((performance.now() - started) / 1000).toFixed(1)} s off the main thread`);

  const baseline = rss();
  started = performance.now();
  const live = await openLiveGraph({ readSources: () => readGraphFolder(dir, iris, { checkBase: true }), serve: () => ({}), workers, log: (line) => console.log(line) });
  const loaded = rss();
  console.log(`first load: ${((performance.now() - started) / 1000).toFixed(1)} s; RSS ${mib(baseline)} → ${mib(loaded)} (+${mib(loaded - baseline)})`);
  await new Promise((resolve) => setTimeout(resolve, 2000 + treatments / 5)); // the snapshot, then the raw bytes let go
  const serving = rss();
  console.log(`serving (snapshot kept, raw Turtle released by the main thread): RSS ${mib(serving)}, array buffers ${mib(process.memoryUsage().arrayBuffers)}`);
  // The workers drop their view of the raw bytes at their own next garbage collection, which queries bring.
  for (let i = 0; i < 200; i++) await live.store.query('SELECT (COUNT(*) AS ?n) WHERE { ?s a ?type }', { format: 'text/csv', timeoutMs: 600_000 });
  console.log(`serving, after 200 queries: RSS ${mib(rss())}`);

  // A rebuild: one file changes, the new generation loads beside the old one, then the old one closes.
  await appendFile(join(dir, 'catalogues.ttl'), '\n<urn:bench:changed> <urn:bench:p> "1" .\n');
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  started = performance.now();
  const outcome = await live.reload('bench');
  const switchMs = performance.now() - started;
  clearInterval(sampler);
  await new Promise((resolve) => setTimeout(resolve, 2000 + treatments / 5));
  console.log(`switch (${outcome.status}): ${(switchMs / 1000).toFixed(1)} s from the new build on disk to serving it; peak RSS ${mib(peak)}; after, ${mib(rss())}`);
  await live.close();
} finally {
  await rm(join(dir, '..'), { recursive: true, force: true });
}
