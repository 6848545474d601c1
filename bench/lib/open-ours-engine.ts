// Our endpoint's query path, in process: graph store (Oxigraph workers) + Comunica engine + SPARQL service.
import { createGraphStore } from '../../src/store/graph-store.ts';
import { createQueryEngine } from '../../src/sparql/create-query-engine.ts';
import { createSparqlService } from '../../src/sparql/sparql-service.ts';
import { QueryTimeoutError } from '../../src/errors/query-errors.ts';
import type { GraphFile } from '../../src/store/list-graph-files.ts';
import { BenchTimeoutError, chooseBenchMediaType, type BenchEngine } from './bench-engine.ts';

/**
 * `run` is what GET /sparql does after negotiation: prepare + execute to SPARQL JSON (or N-Triples). The variants
 * time the same query as rows/quads without serialisation ("rows") and the store alone, Comunica bypassed ("store").
 */
export async function openOursEngine(options: { files: readonly GraphFile[]; baseIri: string; timeoutMs: number }): Promise<BenchEngine> {
  const store = await createGraphStore({ files: options.files.map(({ path, graph }) => ({ path, graph })), workers: 1 });
  const setup = createQueryEngine({ store, timeoutMs: options.timeoutMs });
  // No cap on results: every engine materialises the whole answer.
  const sparql = createSparqlService({ setup, graphs: () => store.graphs(), timeoutMs: options.timeoutMs, resultLimit: Number.MAX_SAFE_INTEGER - 1, serviceBaseIri: `${options.baseIri}sparql` });
  const translate = (error: unknown, ms: number): unknown => (error instanceof QueryTimeoutError ? new BenchTimeoutError(ms) : error);
  return {
    size: store.size(),
    async run(query, timeoutMs) {
      const mediaType = chooseBenchMediaType(query.form);
      try {
        const result = await sparql.execute(sparql.prepare(query.text), mediaType);
        return { body: result.body, mediaType };
      } catch (error) {
        throw translate(error, timeoutMs);
      }
    },
    variants: {
      async rows(query, timeoutMs) {
        try {
          if (query.form === 'SELECT') return (await sparql.selectRows(query.text)).length;
          if (query.form === 'ASK') return 1;
          return (await sparql.constructQuads(query.text)).length;
        } catch (error) {
          throw translate(error, timeoutMs);
        }
      },
      async store(query, timeoutMs) {
        try {
          return (await store.query(query.text, { format: chooseBenchMediaType(query.form), timeoutMs })).body.length;
        } catch (error) {
          throw translate(error, timeoutMs);
        }
      },
    },
    close: () => store.close(),
  };
}
