// Runs a prepared query on the Comunica engine, under the service's timeout, the client's signal and a federation report.
import type * as RDF from '@rdfjs/types';
import type { AsyncIterator } from 'asynciterator';
import { BindingsFactory } from '@comunica/utils-bindings-factory';
import { DataFactory } from 'n3';
import type { QueryEngineSetup } from './create-query-engine.ts';
import { QuerySyntaxError, QueryTimeoutError } from '../errors/query-errors.ts';
import { buildDatasetEndpointUrl } from './local-endpoint-fetch.ts';
import { federationReports, type FederationReport } from './federation-report.ts';
import type { PreparedQuery } from './prepare-query.ts';

export type EngineResult = RDF.Query<RDF.Bindings> | RDF.Query<RDF.Quad> | RDF.Query<boolean>;

export interface EngineRunOptions {
  timeoutMs: number;
  signal?: AbortSignal;
  /** Values bound to variables before evaluation (Comunica initialBindings): never spliced into the text. */
  bindings?: Record<string, RDF.Term>;
  /** Collects the federated sources that fail while the query runs. */
  report: FederationReport;
}

const bindingsFactory = new BindingsFactory(DataFactory);

/** Runs the query and hands its result to `consume`; a timeout or the client's abort stops both. */
export async function runEngineQuery<T>(
  setup: QueryEngineSetup,
  prepared: PreparedQuery,
  options: EngineRunOptions,
  consume: (result: EngineResult, signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const controller = new AbortController();
  const onAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onAbort);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new QueryTimeoutError(`the query ran longer than ${options.timeoutMs} ms and was stopped`));
    }, options.timeoutMs);
  });
  try {
    const queryContext = {
      ...setup.context,
      ...(prepared.dataset
        ? {
            sources: [
              { type: 'sparql', value: buildDatasetEndpointUrl(setup.endpointUrl, prepared.dataset) },
              ...setup.remotes.map((url) => ({ type: 'sparql', value: url })),
            ],
          }
        : {}),
      httpAbortSignal: controller.signal,
      ...(options.bindings ? { initialBindings: bindingsFactory.fromRecord(options.bindings) } : {}),
    };
    const work = federationReports.run(options.report, async () => consume(await setup.engine.query(prepared.text, queryContext as never), controller.signal));
    work.catch(() => undefined); // settled by the race below; avoid an unhandled rejection after a timeout
    return await Promise.race([work, timeout]);
  } catch (error) {
    throw translateEngineError(error);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

/** The first `max` items of a result stream, which is then destroyed. */
export function takeItems<T>(stream: AsyncIterator<T>, max: number): Promise<T[]> {
  return new Promise((resolve, reject) => {
    const items: T[] = [];
    if (max <= 0) return resolve(items);
    stream.on('data', (item: T) => {
      items.push(item);
      if (items.length >= max) {
        stream.destroy();
        resolve(items);
      }
    });
    stream.on('end', () => resolve(items));
    stream.on('error', reject);
  });
}

/** Comunica reports a parse error as a plain Error before any fetch: give it its HTTP meaning. */
export function translateEngineError(error: unknown): unknown {
  if (error instanceof Error && !('status' in error) && /parse error|syntax/i.test(error.message)) return new QuerySyntaxError(error.message);
  return error;
}
