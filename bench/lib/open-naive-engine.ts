// The naive baseline: Comunica evaluating every operator itself over an in-memory N3.js store.
import { readFile } from 'node:fs/promises';
import { QueryEngine } from '@comunica/query-sparql';
import { DataFactory, Parser, Store } from 'n3';
import type { GraphFile } from '../../src/store/list-graph-files.ts';
import { BenchTimeoutError, chooseBenchMediaType, type BenchEngine } from './bench-engine.ts';
import { text as readText } from 'node:stream/consumers';

/** Quads go into their named graphs and the default graph is their union, as in our store. */
export async function openNaiveEngine(options: { files: readonly GraphFile[] }): Promise<BenchEngine> {
  const store = new Store();
  for (const file of options.files) {
    const graph = DataFactory.namedNode(file.graph);
    const text = await readFile(file.path, 'utf8');
    await new Promise<void>((resolve, reject) => {
      new Parser({ format: 'text/turtle' }).parse(text, (error, quad) => {
        if (error) reject(error);
        else if (quad) store.addQuad(quad.subject, quad.predicate, quad.object, graph);
        else resolve();
      });
    });
  }
  const engine = new QueryEngine();
  const context = { sources: [store], unionDefaultGraph: true };
  return {
    size: store.size,
    async run(query, timeoutMs) {
      const mediaType = chooseBenchMediaType(query.form);
      let timer: NodeJS.Timeout | undefined;
      let stream: NodeJS.ReadableStream | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new BenchTimeoutError(timeoutMs)), timeoutMs);
      });
      const work = (async () => {
        const result = await engine.query(query.text, context);
        stream = (await engine.resultToString(result, mediaType)).data;
        return { body: await readText(stream), mediaType };
      })();
      work.catch(() => undefined);
      try {
        return await Promise.race([work, timeout]);
      } catch (error) {
        // Best effort: stop pulling results; the runner also ends this process after a timeout.
        (stream as { destroy?: () => void } | undefined)?.destroy?.();
        throw error;
      } finally {
        clearTimeout(timer);
      }
    },
    variants: {},
    close: async () => undefined,
  };
}

