// Maps pairs of editions to PROV-O: the newer register and its treatments are revisions of the older ones, with the evidence.
import { DataFactory, type NamedNode, type Quad, type Quad_Object } from 'n3';
import type { Catalogues } from '../model/load-catalogues.ts';
import type { IriMinter } from '../rdf/mint-iris.ts';
import { dct, prov, rdf, rdfs, ropa, xsd } from '../vocab/namespaces.ts';
import type { AlignedPair } from './align-treatments.ts';
import { SIGNAL_LABELS } from './decide-edition-order.ts';
import type { EditionPair } from './find-editions.ts';

const { quad, literal } = DataFactory;
const fr = (text: string) => literal(text, 'fr');
/** Shortest form ("1", "0.5", "0.933"): parsers that normalise numbers (rdflib) then read the same literal as N3.js. */
const decimal = (n: number) => literal(String(Number(n.toFixed(3))), xsd.decimal);
const int = (n: number) => literal(String(n), xsd.integer);

/** Pairs whose order could not be decided are left out: a revision without a direction would be a guess. */
export function mapEditions(editions: readonly EditionPair[], catalogues: Catalogues, iris: IriMinter): Quad[] {
  const quads: Quad[] = [];
  const add = (s: NamedNode, p: NamedNode, o: Quad_Object) => quads.push(quad(s, p, o));
  for (const edition of editions) {
    if (!edition.ordered) continue;
    const { newer, older, alignment, decision } = edition;
    const newerNode = iris.register(newer.slug);
    const olderNode = iris.register(older.slug);
    const revision = iris.registerPart(newer.slug, 'revision-of', older.slug);
    add(newerNode, prov.wasRevisionOf, olderNode);
    add(newerNode, prov.qualifiedRevision, revision);
    add(revision, rdf.type, prov.Revision);
    add(revision, rdf.type, ropa.EditionOrdering);
    add(revision, prov.entity, olderNode);
    add(revision, rdfs.label, fr(`${newer.slug} révise ${older.slug}`));
    add(revision, ropa.reason, fr(decision.reason));
    add(revision, ropa.alignedTreatments, int(alignment.pairs.length));
    add(revision, ropa.alignmentThreshold, decimal(alignment.threshold));
    for (const signal of decision.signals) {
      const node = iris.registerPart(newer.slug, 'revision-of', older.slug, 'signal', signal.kind);
      add(revision, ropa.orderingSignal, node);
      add(node, rdf.type, ropa.OrderingSignal);
      add(node, rdfs.label, fr(`Indice d’ordre : ${SIGNAL_LABELS[signal.kind]}`));
      add(node, ropa.signalKind, literal(signal.kind));
      add(node, ropa.signalWeight, int(signal.weight));
      add(node, dct.description, fr(signal.description));
      if (signal.newer !== undefined) add(node, ropa.indicatesNewer, iris.register(signal.newer));
    }
    for (const pair of alignment.pairs) mapPair(pair, revision);

    function mapPair(pair: AlignedPair, ordering: NamedNode): void {
      const n = iris.treatment(newer.slug, pair.left.slug);
      const o = iris.treatment(older.slug, pair.right.slug);
      const node = iris.treatmentPart(newer.slug, pair.left.slug, 'revision-of', older.slug);
      const e = pair.evidence;
      add(n, prov.wasRevisionOf, o);
      add(n, prov.qualifiedRevision, node);
      add(node, rdf.type, prov.Revision);
      add(node, rdf.type, ropa.EditionAlignment);
      add(node, prov.entity, o);
      add(node, dct.isPartOf, ordering);
      add(node, rdfs.label, fr(`${pair.left.title} (${newer.slug}) révise ${pair.right.title} (${older.slug})`));
      add(node, ropa.alignmentScore, decimal(e.score));
      add(node, ropa.titleSimilarity, decimal(e.titleSimilarity));
      if (e.systemSimilarity !== undefined) add(node, ropa.systemSimilarity, decimal(e.systemSimilarity));
      if (e.purposeSimilarity !== undefined) add(node, ropa.purposeSimilarity, decimal(e.purposeSimilarity));
      for (const id of e.sharedSystems) {
        const entry = catalogues.byId('system', id);
        if (entry) add(node, ropa.sharedSystem, iris.entity('system', entry));
      }
      for (const word of e.sharedPurposeWords) add(node, ropa.sharedWord, literal(word));
      for (const v of e.spellingVariants) add(node, ropa.spellingVariant, literal(`${v.left} / ${v.right}`));
      add(node, ropa.reason, fr(explainPair(pair, alignment.threshold, catalogues)));
    }
  }
  return quads;
}

/** One French sentence a reader can check against both registers. */
export function explainPair(pair: AlignedPair, threshold: number, catalogues: Catalogues): string {
  const e = pair.evidence;
  const label = (id: string) => catalogues.byId('system', id)?.label ?? id;
  const parts = [`titres « ${pair.left.title} » et « ${pair.right.title} » semblables à ${formatScore(e.titleSimilarity)}`];
  if (e.sharedSystems.length > 0) parts.push(`systèmes communs : ${e.sharedSystems.map(label).join(', ')}`);
  else if (e.systemSimilarity === undefined) parts.push('aucun système nommé de part et d’autre');
  if (e.purposeSimilarity !== undefined) parts.push(`finalités semblables à ${formatScore(e.purposeSimilarity)}${e.sharedPurposeWords.length > 0 ? ` (mots communs : ${e.sharedPurposeWords.slice(0, 12).join(', ')}${e.sharedPurposeWords.length > 12 ? '…' : ''})` : ''}`);
  for (const v of e.spellingVariants) parts.push(`« ${v.left} » et « ${v.right} » désignent le même système du catalogue (${label(v.system)})`);
  return `Même traitement : ${parts.join(' ; ')} ; score ${formatScore(e.score)} pour un seuil de ${formatScore(threshold)}.`;
}

function formatScore(n: number): string {
  return n.toFixed(2).replace('.', ',');
}
