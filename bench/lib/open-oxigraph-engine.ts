// Oxigraph used directly in this thread: the lower bound our engine is measured against.
import { readFile } from 'node:fs/promises';
import { Store, namedNode } from 'oxigraph';
import type { GraphFile } from '../../src/store/list-graph-files.ts';
import { chooseBenchMediaType, type BenchEngine } from './bench-engine.ts';

/**
 * Same load as our worker (named graphs, no transaction) and the same serialised output (results_format), so
 * the figures differ from ours only by what sits between the client and Oxigraph. A query cannot be interrupted
 * here (it is synchronous WebAssembly): the bench's parent process kills this process when one overruns.
 */
export async function openOxigraphEngine(options: { files: readonly GraphFile[] }): Promise<BenchEngine> {
  const store = new Store();
  for (const file of options.files) {
    store.load(await readFile(file.path), { format: 'text/turtle', to_graph_name: namedNode(file.graph), no_transaction: true });
  }
  return {
    size: store.size,
    async run(query) {
      const mediaType = chooseBenchMediaType(query.form);
      const body = store.query(query.text, { results_format: mediaType, use_default_graph_as_union: true });
      if (typeof body !== 'string') throw new Error('Oxigraph returned no serialised result');
      return { body, mediaType };
    },
    variants: {},
    close: async () => undefined,
  };
}
