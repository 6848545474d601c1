// Publishes a built graph folder into an external store: each named graph replaced by PUT, then the manifest graph.
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Parser, Store, StreamParser, type Quad } from 'n3';
import { z } from 'zod';
import { StoreError } from '../errors/store-errors.ts';
import { UsageError } from '../errors/usage-error.ts';
import { FORMATS, PAGE_MEDIA_TYPES } from '../rdf/formats.ts';
import { createIriMinter } from '../rdf/mint-iris.ts';
import { serialiseTurtle } from '../rdf/serialise-turtle.ts';
import { buildStoreManifestQuads, nameManifestGraph } from '../rdf/store-manifest-quads.ts';
import { writeN3 } from '../rdf/write-n3.ts';
import { voidNs } from '../vocab/namespaces.ts';
import type { GraphStoreClient } from './graph-store-client.ts';
import { listGraphFiles, type GraphFile } from './list-graph-files.ts';

/** N-Triples is Turtle: every Graph Store reads text/turtle, not every one application/n-triples. */
const TURTLE = `${FORMATS.turtle.mediaType}; charset=utf-8`;

const manifestSchema = z.object({ baseIri: z.string(), inputsHash: z.string() });

export interface PublishedGraph {
  readonly iri: string;
  /** "ontology", "catalogues", "editions" or the register's slug. */
  readonly name: string;
  readonly triples: number;
  /** Requests it took: one per file, or more when the store refused it whole as too large (413). */
  readonly parts: number;
}

export interface PublishProgress {
  readonly done: number;
  readonly total: number;
  /** The graph just published; none at the start (done 0). */
  readonly graph?: PublishedGraph;
}

export interface PublishResult {
  readonly graphs: readonly PublishedGraph[];
  readonly triples: number;
  readonly manifestIri: string;
  /** Graphs of the previous publish (its manifest's subsets) that this build no longer has, removed from the store. */
  readonly removed: readonly string[];
}

export async function publishGraphs(
  graphDir: string,
  client: GraphStoreClient,
  options: { onProgress?: (progress: PublishProgress) => void; now?: () => Date } = {},
): Promise<PublishResult> {
  const manifest = await readBuildManifest(graphDir);
  const iris = createIriMinter(manifest.baseIri);
  const groups = groupByGraph(await listGraphFiles(graphDir, iris));
  const manifestIri = nameManifestGraph(iris.base);
  const previous = await readPreviousSubsets(client, manifestIri);
  // While its graphs are being replaced, the store claims no build: a failure halfway cannot pass for a whole one.
  await client.remove(manifestIri);
  const published: PublishedGraph[] = [];
  options.onProgress?.({ done: 0, total: groups.length });
  for (const [index, files] of groups.entries()) {
    try {
      const graph = await publishGraph(client, files);
      published.push(graph);
      options.onProgress?.({ done: index + 1, total: groups.length, graph });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const names = (list: readonly GraphFile[][]) => list.map((g) => g[0]!.name).join(', ') || 'none';
      throw new StoreError(
        `${message}; published ${published.length} of ${groups.length} graphs (${names(groups.slice(0, index))}), not published: ${names(groups.slice(index))}; no manifest graph written, so the store claims no build`,
      );
    }
  }
  // A register gone from the build would still answer queries over the store's union of graphs: removed too.
  const removed = [...previous].filter((graph) => !published.some((g) => g.iri === graph));
  const quads = buildStoreManifestQuads({ iri: manifestIri, inputsHash: manifest.inputsHash, issued: (options.now ?? (() => new Date()))(), graphs: published });
  try {
    for (const graph of removed) await client.remove(graph);
    if ((await client.write('PUT', manifestIri, await serialiseTurtle(quads), TURTLE)) === 'too-large') throw new StoreError('the store refused it as too large (413)');
  } catch (error) {
    throw new StoreError(`${error instanceof Error ? error.message : String(error)}; all ${published.length} graphs were published, but not the manifest graph <${manifestIri}>, so the store claims no build`);
  }
  return { graphs: published, triples: published.reduce((n, g) => n + g.triples, 0), manifestIri, removed };
}

/**
 * The graphs the store's manifest graph lists (void:subset), from an earlier publish; none when there is no manifest
 * or the store answers it in a syntax other than N-Triples or Turtle. Only graphs a publish wrote are ever removed.
 */
async function readPreviousSubsets(client: GraphStoreClient, manifestIri: string): Promise<Set<string>> {
  const manifest = await client.read(manifestIri);
  // Some stores label N-Triples as plain text, its media type before RDF 1.1.
  if (!manifest || !([FORMATS.nTriples.mediaType, FORMATS.turtle.mediaType, PAGE_MEDIA_TYPES.text] as string[]).includes(manifest.mediaType)) return new Set();
  try {
    const quads = new Parser({ baseIRI: manifestIri, format: manifest.mediaType === FORMATS.turtle.mediaType ? 'Turtle' : 'N-Triples' }).parse(manifest.text);
    return new Set(quads.filter((q) => q.subject.value === manifestIri && q.predicate.equals(voidNs.subset)).map((q) => q.object.value));
  } catch {
    return new Set();
  }
}

async function readBuildManifest(graphDir: string): Promise<z.infer<typeof manifestSchema>> {
  const path = join(graphDir, 'manifest.json');
  const text = await readFile(path, 'utf8').catch(() => undefined);
  if (text === undefined) throw new UsageError(`${path} is missing: ${graphDir} holds no complete build (npx ropa build, or --graph <dir>)`);
  const parsed = manifestSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new UsageError(`${path} is not a build manifest (no baseIri or inputsHash): rebuild it with npx ropa build`);
  return parsed.data;
}

/** The files of one graph together, in listing order (the ontology's files make one graph). */
function groupByGraph(files: readonly GraphFile[]): GraphFile[][] {
  const groups = new Map<string, GraphFile[]>();
  for (const file of files) groups.set(file.graph, [...(groups.get(file.graph) ?? []), file]);
  return [...groups.values()];
}

/** The first file replaces the graph, the others add to it; a graph refused as too large goes in parts. */
async function publishGraph(client: GraphStoreClient, files: readonly GraphFile[]): Promise<PublishedGraph> {
  const { graph: iri, name } = files[0]!;
  const triples = await countTriples(files);
  for (const [i, file] of files.entries()) {
    // Bytes, not a string: a register's file may be larger than the longest string V8 holds.
    if ((await client.write(i === 0 ? 'PUT' : 'POST', iri, await readFile(file.path), TURTLE)) === 'too-large') {
      return { iri, name, triples, parts: await sendInParts(client, iri, await parseGraph(files)) };
    }
  }
  return { iri, name, triples, parts: files.length };
}

/**
 * The graph's distinct triples, as the embedded store counts them. A build's file holds each triple once
 * (rdf/serialise-turtle.ts), so one file is only counted, without holding its triples; a triple in two files is one.
 */
async function countTriples(files: readonly GraphFile[]): Promise<number> {
  if (files.length > 1) return (await parseGraph(files)).length;
  let count = 0;
  await parseFile(files[0]!, () => count++);
  return count;
}

async function parseGraph(files: readonly GraphFile[]): Promise<Quad[]> {
  const store = new Store();
  for (const file of files) await parseFile(file, (q) => store.addQuad(q.subject, q.predicate, q.object));
  return store.getQuads(null, null, null, null);
}

/** Streamed from the file: a large register is never one string. */
function parseFile(file: GraphFile, onQuad: (quad: Quad) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const fail = (error: Error) => reject(new Error(`${file.path} could not be read as Turtle: ${error.message}`));
    const input = createReadStream(file.path).once('error', fail);
    input
      .pipe(new StreamParser({ baseIRI: file.graph }))
      .on('data', onQuad)
      .once('error', fail)
      .once('end', () => resolve());
  });
}

/**
 * The store refused the graph whole (413): its triples in N-Triples parts, each subject's triples in one part,
 * the first part replacing the graph and the others added; a part refused again is halved. Fails only when a
 * single subject's triples are refused. Blank nodes cannot be split across requests (each request has its own),
 * so a graph holding any is refused rather than sent altered; the build mints IRIs for every node.
 */
async function sendInParts(client: GraphStoreClient, graph: string, quads: readonly Quad[]): Promise<number> {
  if (quads.some((q) => q.subject.termType === 'BlankNode' || q.object.termType === 'BlankNode')) {
    throw new StoreError(`the store refused <${graph}> as too large (413), and it holds blank nodes, which cannot be sent in parts`);
  }
  const bySubject = new Map<string, Quad[]>();
  for (const q of quads) {
    const list = bySubject.get(q.subject.value);
    if (list) list.push(q);
    else bySubject.set(q.subject.value, [q]);
  }
  const units = [...bySubject.values()];
  let parts = 0;
  const send = async (slice: readonly Quad[][], method: 'PUT' | 'POST'): Promise<void> => {
    const body = await writeN3(slice.flat(), { format: 'N-Triples' });
    if ((await client.write(method, graph, body, TURTLE)) === 'done') {
      parts++;
      return;
    }
    if (slice.length === 1) {
      throw new StoreError(`the store refused as too large (413) even one subject's ${slice[0]!.length} triples (${Buffer.byteLength(body)} bytes) of <${graph}>`);
    }
    const half = Math.ceil(slice.length / 2);
    await send(slice.slice(0, half), method);
    await send(slice.slice(half), 'POST');
  };
  // The whole graph was just refused: start from two halves.
  const half = Math.ceil(units.length / 2);
  await send(units.slice(0, half), 'PUT');
  if (half < units.length) await send(units.slice(half), 'POST');
  return parts;
}
