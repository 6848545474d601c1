// Harvests one mirrored source: its VoID, then its N-Quads dump with a conditional request, split into its named graphs.
import { findVoidDump } from './find-void-dump.ts';
import { createDumpSplitter } from './split-dump-by-graph.ts';
import type { GenerationSource } from './graph-generation.ts';
import { FORMATS } from '../rdf/formats.ts';

/** The last good copy of a source: kept and served while the source is down, sent back as validators when asked again. */
export interface MirrorCopy {
  dumpUrl: string;
  sources: GenerationSource[];
  bytes: number;
  etag?: string;
  lastModified?: string;
  /** When these bytes were fetched (a 304 does not change it). */
  harvestedAt: Date;
}

export type HarvestOutcome =
  | { status: 'harvested'; copy: MirrorCopy; sparql?: string }
  | { status: 'not-modified'; sparql?: string }
  /** The source cannot be mirrored (no dump, or one over the size limit): it may be federated live instead. */
  | { status: 'unmirrorable'; reason: string; sparql?: string }
  | { status: 'failed'; error: string };

export interface HarvestOptions {
  maxBytes: number;
  /** For the VoID and for the dump: a source's first VoID (its statistics) can take seconds. */
  timeoutMs: number;
}

/** Where an instance publishes its VoID (RFC 8615), under the URL it was configured with. */
export function locateVoid(sourceUrl: string): string {
  return new URL('.well-known/void', sourceUrl.endsWith('/') ? sourceUrl : `${sourceUrl}/`).href;
}

/**
 * With a copy, the dump it came from is asked again first (one conditional request, usually a 304): the VoID is read
 * only for a first harvest, or when that dump is gone. A source's VoID costs it seconds after each of its rebuilds.
 */
export async function harvestSource(sourceUrl: string, previous: MirrorCopy | undefined, options: HarvestOptions): Promise<HarvestOutcome> {
  if (previous) {
    const outcome = await fetchDump(sourceUrl, previous.dumpUrl, previous, options);
    if (outcome.status !== 'failed' || !/HTTP (404|410)$/.test(outcome.error)) return outcome;
  }
  const voidUrl = locateVoid(sourceUrl);
  let found: ReturnType<typeof findVoidDump>;
  try {
    // redirect 'error': nothing is fetched from anywhere but the configured source.
    const res = await fetch(voidUrl, { headers: { accept: FORMATS.turtle.mediaType }, redirect: 'error', signal: AbortSignal.timeout(options.timeoutMs) });
    if (res.status !== 200) return { status: 'failed', error: `${voidUrl}: HTTP ${res.status}` };
    found = findVoidDump(await res.text(), voidUrl);
  } catch (error) {
    return { status: 'failed', error: `${voidUrl}: ${describeFailure(error)}` };
  }
  const sparql = found.sparql ? { sparql: found.sparql } : {};
  if (found.dump === undefined) return { status: 'unmirrorable', reason: found.reason ?? 'no dump', ...sparql };
  return { ...(await fetchDump(sourceUrl, found.dump, previous?.dumpUrl === found.dump ? previous : undefined, options)), ...sparql };
}

/** One conditional GET of a dump (on the source's origin: checked by findVoidDump, kept in the copy). */
async function fetchDump(sourceUrl: string, dumpUrl: string, same: MirrorCopy | undefined, options: HarvestOptions): Promise<HarvestOutcome> {
  // fetch() adds "Cache-Control: no-cache" to a conditional request that names none, and a server then never answers 304.
  const headers: Record<string, string> = { accept: FORMATS.nQuads.mediaType, 'cache-control': 'max-age=0' };
  if (same?.etag) headers['if-none-match'] = same.etag;
  if (same?.lastModified) headers['if-modified-since'] = same.lastModified;
  try {
    const res = await fetch(dumpUrl, { headers, redirect: 'error', signal: AbortSignal.timeout(options.timeoutMs) });
    if (res.status === 304 && same) return { status: 'not-modified' };
    if (res.status !== 200) return { status: 'failed', error: `${dumpUrl}: HTTP ${res.status}` };
    const splitter = createDumpSplitter(sourceUrl, `${sourceUrl}#default`);
    const bytes = await readLimited(res, options.maxBytes, (chunk) => splitter.write(chunk));
    if (bytes === undefined) return { status: 'unmirrorable', reason: `its dump ${dumpUrl} is over --mirror-max-bytes (${options.maxBytes} bytes)` };
    const sources = await splitter.end();
    const etag = res.headers.get('etag');
    const lastModified = res.headers.get('last-modified');
    const copy: MirrorCopy = { dumpUrl, sources, bytes, harvestedAt: new Date(), ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) };
    return { status: 'harvested', copy };
  } catch (error) {
    return { status: 'failed', error: `${dumpUrl}: ${describeFailure(error)}` };
  }
}

/** Hands each chunk on as it arrives; the byte count, or undefined as soon as it is over the limit (announced or counted). */
async function readLimited(res: Response, maxBytes: number, onChunk: (chunk: Uint8Array) => void): Promise<number | undefined> {
  const announced = Number(res.headers.get('content-length') ?? Number.NaN);
  if (announced > maxBytes || !res.body) {
    await res.body?.cancel();
    return announced > maxBytes ? undefined : 0;
  }
  const reader = res.body.getReader();
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return total;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    onChunk(value);
  }
}

function describeFailure(error: unknown): string {
  const cause = (error as { cause?: { code?: string } }).cause;
  // A source stopping closes the kept-alive connection the last harvest used: undici names that UND_ERR_SOCKET.
  if (cause?.code === 'UND_ERR_SOCKET') return 'the source closed the connection (UND_ERR_SOCKET)';
  if (cause?.code) return cause.code;
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return 'no answer in time';
  return error instanceof Error ? error.message : String(error);
}
