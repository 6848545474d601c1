// The SPARQL service: prepares a request's query, then answers it directly from the store or runs it on Comunica.
import type * as RDF from '@rdfjs/types';
import type { AsyncIterator } from 'asynciterator';
import type { QueryEngineSetup } from './create-query-engine.ts';
import { QueryRefusedError } from '../errors/query-errors.ts';
import { FederationReport } from './federation-report.ts';
import { prepareQuery, type PreparedQuery, type QueryDataset } from './prepare-query.ts';
import { runEngineQuery, takeItems, translateEngineError } from './run-engine-query.ts';
import { answerDirectly, canAnswerDirectly } from './answer-directly.ts';
import { serialiseResult, type SerialisedResult } from './serialise-result.ts';
import type { QueryLimits } from './check-query-limits.ts';

export type { PreparedQuery, QueryDataset, ResultKind } from './prepare-query.ts';
export { RDF_XML, type SerialisedResult } from './serialise-result.ts';

export interface ExecuteOptions {
  signal?: AbortSignal;
  /** Values bound to variables before evaluation (Comunica initialBindings): never spliced into the text. */
  bindings?: Record<string, RDF.Term>;
  /** Federation: fail when a source fails, instead of answering without it (default: the server's setting). */
  strict?: boolean;
}

export interface SparqlService {
  readonly timeoutMs: number;
  readonly resultLimit: number;
  /** Checks a query before running it; throws QuerySyntaxError or QueryRefusedError. */
  prepare(query: string, dataset?: QueryDataset): PreparedQuery;
  /** Runs a prepared query and serialises its result in `mediaType` with the engine's serialisers. */
  execute(prepared: PreparedQuery, mediaType: string, options?: ExecuteOptions): Promise<SerialisedResult>;
  /** For in-process callers (pages, explorer, checks): the rows of a SELECT. */
  selectRows(query: string, options?: ExecuteOptions): Promise<Record<string, RDF.Term>[]>;
  /** For in-process callers: the quads of a CONSTRUCT or DESCRIBE. */
  constructQuads(query: string, options?: ExecuteOptions): Promise<RDF.Quad[]>;
}

export function createSparqlService(options: {
  setup: QueryEngineSetup;
  /** Named graphs of the store: the only IRIs a FROM or a default-graph-uri may name. */
  graphs: () => readonly string[];
  timeoutMs: number;
  resultLimit: number;
  /** Base IRI for queries with relative IRIs and no BASE, e.g. the endpoint's own URL. */
  serviceBaseIri?: string;
  /** Federation default: fail when a source fails. */
  federationStrict?: boolean;
  /** Size limits every prepared query is checked against before it is parsed (see checkQueryLimits). */
  limits?: QueryLimits;
  /**
   * Answer from the store's own serialisation when Comunica would add nothing (default true); false sends every
   * query through Comunica, as the tests that compare both paths do.
   */
  directAnswers?: boolean;
}): SparqlService {
  const { setup, timeoutMs, resultLimit } = options;

  const prepare = (query: string, dataset: QueryDataset = {}) =>
    prepareQuery(query, dataset, {
      graphs: options.graphs(),
      ...(options.serviceBaseIri !== undefined ? { serviceBaseIri: options.serviceBaseIri } : {}),
      ...(options.limits ? { limits: options.limits } : {}),
    });

  const runOptions = (execute: ExecuteOptions, report: FederationReport) => ({
    timeoutMs,
    report,
    ...(execute.signal ? { signal: execute.signal } : {}),
    ...(execute.bindings ? { bindings: execute.bindings } : {}),
  });
  const newReport = (execute: ExecuteOptions) => new FederationReport(execute.strict ?? options.federationStrict ?? false);

  /** All the items of a SELECT or CONSTRUCT run on the engine, for in-process callers. */
  async function takeAll<T>(query: string, kind: PreparedQuery['kind'], refusal: string, execute: ExecuteOptions): Promise<T[]> {
    const prepared = prepare(query);
    if (prepared.kind !== kind) throw new QueryRefusedError(refusal);
    return runEngineQuery(setup, prepared, runOptions(execute, newReport(execute)), async (result) =>
      takeItems((await result.execute()) as AsyncIterator<T>, Number.POSITIVE_INFINITY),
    );
  }

  return {
    timeoutMs,
    resultLimit,
    prepare,
    async execute(prepared, mediaType, execute = {}) {
      // A canned query run with no parameter has an empty set of bindings: nothing to bind, so the store gets it whole.
      const hasBindings = execute.bindings !== undefined && Object.keys(execute.bindings).length > 0;
      if (options.directAnswers !== false && canAnswerDirectly(setup, prepared, mediaType, hasBindings)) {
        const direct = await answerDirectly(setup.local, prepared, mediaType, { timeoutMs, resultLimit, ...(execute.signal ? { signal: execute.signal } : {}) }).catch(
          (error: unknown) => {
            throw translateEngineError(error);
          },
        );
        if (direct) return direct;
      }
      const report = newReport(execute);
      const result = await runEngineQuery(setup, prepared, runOptions(execute, report), (engineResult) =>
        serialiseResult(setup, engineResult, mediaType, { resultLimit, timeoutMs }),
      );
      return { ...result, failedSources: report.failures };
    },
    async selectRows(query, execute = {}) {
      const rows = await takeAll<RDF.Bindings>(query, 'bindings', 'expected a SELECT query', execute);
      return rows.map((b) => Object.fromEntries([...b].map(([v, t]) => [v.value, t])));
    },
    constructQuads: (query, execute = {}) => takeAll<RDF.Quad>(query, 'quads', 'expected a CONSTRUCT or DESCRIBE query', execute),
  };
}
