// Answers from Oxigraph's own serialisation when Comunica would have nothing to plan and would only re-encode it.
import type { GraphStore } from '../store/graph-store.ts';
import type { QueryEngineSetup } from './create-query-engine.ts';
import type { PreparedQuery, ResultKind } from './prepare-query.ts';
import type { SerialisedResult } from './serialise-result.ts';
import { FORMATS, listMediaTypes } from '../rdf/formats.ts';

const { sparqlJson, sparqlXml, csv, tsv, nTriples } = FORMATS;

/** What the store writes and countSerialisedResults counts exactly, per result kind. */
const DIRECT_MEDIA_TYPES: Record<ResultKind, readonly string[]> = {
  bindings: listMediaTypes([sparqlJson, sparqlXml, csv, tsv]),
  boolean: listMediaTypes([sparqlJson, sparqlXml]),
  quads: listMediaTypes([nTriples]),
};

export interface DirectOptions {
  timeoutMs: number;
  resultLimit: number;
  signal?: AbortSignal;
}

/**
 * With the local store as the only source, Comunica hands it the query text whole and then only re-encodes its
 * answer: parse the store's SPARQL JSON into terms, write them out again. When nothing else is needed (no
 * federation, no initial bindings, a media type the store writes and can count), the store's body is the answer.
 */
export function canAnswerDirectly(setup: Pick<QueryEngineSetup, 'remotes' | 'local'>, prepared: PreparedQuery, mediaType: string, hasBindings: boolean): boolean {
  // An external store's CSV or TSV may not be SPARQL 1.1's: only the formats it writes faithfully go straight through.
  const faithful = setup.local.faithfulFormats?.includes(mediaType) ?? true;
  return setup.remotes.length === 0 && !hasBindings && faithful && DIRECT_MEDIA_TYPES[prepared.kind].includes(mediaType);
}

/** Undefined when the result is over the cap, so that the Comunica path cuts it as usual. */
export async function answerDirectly(local: Pick<GraphStore, 'query'>, prepared: PreparedQuery, mediaType: string, options: DirectOptions): Promise<SerialisedResult | undefined> {
  const result = await local.query(prepared.text, {
    format: mediaType,
    timeoutMs: options.timeoutMs,
    count: true,
    // prepareQuery read this text already, and took any FROM out of it into prepared.dataset.
    shape: { form: prepared.form, hasDatasetClause: false },
    ...(prepared.dataset ? { defaultGraphs: prepared.dataset.defaultGraphs, namedGraphs: prepared.dataset.namedGraphs } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  if (result.count === undefined || result.count > options.resultLimit) return undefined;
  return { contentType: result.contentType, body: result.body, count: result.count, truncated: false, failedSources: [] };
}
