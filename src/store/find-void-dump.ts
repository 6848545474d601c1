// Reads a source's VoID: the N-Quads dump of its whole dataset and its SPARQL endpoint, both on the source's own origin.
import { Parser, type Quad } from 'n3';
import { foaf, rdf, voidNs } from '../vocab/namespaces.ts';

export interface VoidDump {
  /** The whole dataset's N-Quads dump (its named graphs kept), when the VoID offers one on the source's origin. */
  dump?: string;
  /** The dataset's SPARQL endpoint, for a source that is federated live instead. */
  sparql?: string;
  /** Why no dump was taken, for the report. */
  reason?: string;
}

/** An N-Quads file by its extension: our /export/all.nq, or any publisher's .nq. */
const N_QUADS_DUMP = /\.nq$/i;

/**
 * The dataset is the document's foaf:primaryTopic (VoID §7.2), or else a void:Dataset that is no other's subset.
 * Only an N-Quads dump keeps which graph each statement is in; a dump elsewhere than the source's origin is never fetched.
 */
export function findVoidDump(turtle: string, voidUrl: string): VoidDump {
  const quads = new Parser({ baseIRI: voidUrl }).parse(turtle);
  const origin = new URL(voidUrl).origin;
  const objects = (subject: string, predicate: string) => quads.filter((q) => q.subject.value === subject && q.predicate.value === predicate).map((q) => q.object.value);
  const dataset = objects(voidUrl, foaf.primaryTopic.value)[0] ?? findTopDataset(quads);
  if (dataset === undefined) return { reason: 'the VoID describes no void:Dataset' };
  const sparql = objects(dataset, voidNs.sparqlEndpoint.value).find((url) => sameOrigin(url, origin));
  const dumps = objects(dataset, voidNs.dataDump.value).filter((url) => N_QUADS_DUMP.test(new URL(url).pathname));
  const dump = dumps.find((url) => sameOrigin(url, origin));
  if (dump === undefined) {
    const reason = dumps.length > 0 ? `its N-Quads dump ${dumps[0]} is not on ${origin}` : 'the VoID offers no N-Quads dump (void:dataDump ….nq)';
    return { ...(sparql ? { sparql } : {}), reason };
  }
  return { dump, ...(sparql ? { sparql } : {}) };
}

function findTopDataset(quads: readonly Quad[]): string | undefined {
  const subsets = new Set(quads.filter((q) => q.predicate.value === voidNs.subset.value).map((q) => q.object.value));
  return quads.find((q) => q.predicate.value === rdf.type.value && q.object.value === voidNs.Dataset.value && !subsets.has(q.subject.value))?.subject.value;
}

function sameOrigin(url: string, origin: string): boolean {
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}
