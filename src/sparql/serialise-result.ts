// Writes an engine result in the client's media type with Comunica's public serialisers, cut at the result limit.
import type * as RDF from '@rdfjs/types';
import { ArrayIterator, type AsyncIterator } from 'asynciterator';
import { text as readText } from 'node:stream/consumers';
import type { GraphStore } from '../store/graph-store.ts';
import type { QueryEngineSetup } from './create-query-engine.ts';
import type { SourceFailure } from './federation-report.ts';
import { takeItems, type EngineResult } from './run-engine-query.ts';
import { serialiseRdfXml } from './serialise-rdf-xml.ts';
import { separateFinalDots } from '../rdf/separate-final-dots.ts';
import { FORMATS, listMediaTypes } from '../rdf/formats.ts';

export const RDF_XML = FORMATS.rdfXml.mediaType;
/** Comunica writes these with N3.js, which glues a number to a statement's final dot. */
const N3_FAMILY = new Set(listMediaTypes([FORMATS.turtle, FORMATS.trig, FORMATS.n3]));
/** Constant answers, so that the store writes a boolean the engine computed (see writeBooleanResult). */
const ASK_TRUE = 'ASK {}';
const ASK_FALSE = 'ASK { FILTER(false) }';

export interface SerialisedResult {
  contentType: string;
  body: string;
  /** Rows or triples in the body. */
  count: number;
  /** True when the result had more than the limit and was cut. */
  truncated: boolean;
  /** Federated sources that failed (lenient mode: they counted as empty). */
  failedSources: SourceFailure[];
}

export async function serialiseResult(
  setup: Pick<QueryEngineSetup, 'engine' | 'local'>,
  result: EngineResult,
  mediaType: string,
  limits: { resultLimit: number; timeoutMs: number },
): Promise<Omit<SerialisedResult, 'failedSources'>> {
  if (result.resultType === 'boolean') {
    const { contentType, body } = await writeBooleanResult(setup.local, await result.execute(), mediaType, limits.timeoutMs);
    return { contentType, body, count: 1, truncated: false };
  }
  const stream = (await result.execute()) as AsyncIterator<RDF.Bindings | RDF.Quad>;
  const items = await takeItems(stream, limits.resultLimit + 1);
  const truncated = items.length > limits.resultLimit;
  const kept = truncated ? items.slice(0, limits.resultLimit) : items;
  if (result.resultType === 'quads' && mediaType === RDF_XML) {
    return { contentType: mediaType, body: await serialiseRdfXml(kept as RDF.Quad[]), count: kept.length, truncated };
  }
  // The same result, its stream replaced by the items kept: Comunica's serialisers then write only those.
  const capped = { ...result, execute: async () => new ArrayIterator(kept, { autoStart: false }) } as RDF.Query<never>;
  const { data } = await setup.engine.resultToString(capped, mediaType);
  const text = await readText(data as NodeJS.ReadableStream);
  const body = result.resultType === 'quads' && N3_FAMILY.has(mediaType) ? separateFinalDots(text) : text;
  return { contentType: mediaType, body, count: kept.length, truncated };
}

/**
 * A boolean the engine computed (a federated ASK), written by the store in any format it offers: Comunica 5.4's
 * public resultToString drops the metadata its SPARQL/XML writer reads for a boolean, and writes no CSV or TSV.
 */
async function writeBooleanResult(local: Pick<GraphStore, 'query'>, value: boolean, mediaType: string, timeoutMs: number): Promise<{ contentType: string; body: string }> {
  const { contentType, body } = await local.query(value ? ASK_TRUE : ASK_FALSE, { format: mediaType, timeoutMs });
  return { contentType, body };
}
