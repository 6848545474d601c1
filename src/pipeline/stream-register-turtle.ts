// A register's Turtle, the bytes serialiseTurtle(mapRegister(…)) gives, made one treatment at a time: a large register's quads are never all held.
import type { Quad } from 'n3';
import type { Catalogues } from '../model/load-catalogues.ts';
import type { Register, Treatment } from '../model/treatment.ts';
import type { IriMinter } from '../rdf/mint-iris.ts';
import { labelMintedNodes } from '../rdf/label-minted-nodes.ts';
import { mapRegisterSlice } from '../rdf/map-register.ts';
import { mergeTriples } from '../rdf/merge-triples.ts';
import { streamSortedTurtle } from '../rdf/serialise-turtle.ts';
import { compare, sortDistinctTriples } from '../rdf/sort-triples.ts';
import type { WriteText } from '../rdf/stream-n3.ts';

/**
 * Two passes over the treatments. The first keeps the quads about nodes no one treatment owns (the register, its
 * parts, organisations…); the second makes each treatment's own quads again when the sorted output reaches its IRI,
 * under which every node it owns is minted. labelMintedNodes labels a node from its own quads, and each node's quads
 * are all in one of these sets, so labelling set by set labels as mapRegister does. Resolves to the triples written.
 */
export async function streamRegisterTurtle(register: Register, catalogues: Catalogues, iris: IriMinter, baseIri: string, write: WriteText): Promise<number> {
  const base = iris.register(register.slug).value;
  const language = register.language ?? 'fr';
  const slice = (treatments: Treatment[], withRegister: boolean) => mapRegisterSlice(register, catalogues, iris, treatments, withRegister);
  const owners = register.treatments.map((t) => ({ t, iri: iris.treatment(register.slug, t.slug).value }));
  const shared = slice([], true);
  for (const { t, iri } of owners) for (const q of slice([t], false)) if (!isOwned(q, iri)) shared.push(q);
  const first = sortDistinctTriples(labelMintedNodes(shared, base, language));
  shared.length = 0;
  const runs = owners
    .sort((a, b) => compare(a.iri, b.iri))
    .map(({ t, iri }) => ({
      from: iri,
      open: () => sortDistinctTriples(labelMintedNodes(slice([t], false).filter((q) => isOwned(q, iri)), base, language)),
    }));
  let triples = 0;
  function* counted(quads: Iterable<Quad>): Generator<Quad> {
    for (const q of quads) {
      triples++;
      yield q;
    }
  }
  await streamSortedTurtle(counted(mergeTriples(first, runs)), baseIri, write);
  return triples;
}

/** The treatment's node itself, or a node minted under it ({treatment}/…). */
function isOwned(q: Quad, treatmentIri: string): boolean {
  const subject = q.subject.value;
  return subject.startsWith(treatmentIri) && (subject.length === treatmentIri.length || subject[treatmentIri.length] === '/');
}
