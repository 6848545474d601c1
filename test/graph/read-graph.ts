// Test helper: the few graph walks the graph tests share (treatment by register and ordinal, linked ids, literals).
import { DataFactory, type Quad_Object, type Store, type Term } from 'n3';
import { dct, ropa } from '../../src/vocab/namespaces.ts';
import type { TestGraph } from './build-test-graph.ts';

const { namedNode } = DataFactory;

export interface GraphReader {
  /** Objects of (s, p), as terms. */
  objects(subject: string | Term, predicate: string | Term): Quad_Object[];
  /** Object IRIs/values of (s, p), sorted. */
  values(subject: string | Term, predicate: string | Term): string[];
  /** The register node built from a file whose name starts with the prefix ("000"). */
  register(filePrefix: string): string;
  /** The treatments of a register, in ordinal order. */
  treatments(filePrefix: string): string[];
  /** The treatment of a register with this ordinal (1-based position in the register). */
  treatment(filePrefix: string, ordinal: number): string;
  /** Every literal reachable from the node through IRIs minted under it ({node}/…), the node included. */
  literalsUnder(node: string): string[];
}

export function createGraphReader(graph: TestGraph): GraphReader {
  const store: Store = graph.store;
  const term = (t: string | Term): Term => (typeof t === 'string' ? namedNode(t) : t);
  const objects = (s: string | Term, p: string | Term): Quad_Object[] =>
    store.getObjects(term(s) as never, term(p) as never, null) as Quad_Object[];
  const values = (s: string | Term, p: string | Term): string[] => objects(s, p).map((o) => o.value).sort();

  const register = (filePrefix: string): string => {
    const summary = graph.result.registers.find((r) => r.file.startsWith(filePrefix));
    if (!summary) throw new Error(`no register built from a file starting with ${filePrefix}`);
    return `${graph.base}register/${summary.slug}`;
  };
  const treatments = (filePrefix: string): string[] =>
    values(register(filePrefix), dct.hasPart)
      .map((iri) => ({ iri, ordinal: Number(objects(iri, ropa.ordinal)[0]?.value) }))
      .sort((a, b) => a.ordinal - b.ordinal)
      .map((t) => t.iri);
  const treatment = (filePrefix: string, ordinal: number): string => {
    const found = treatments(filePrefix).find((iri) => objects(iri, ropa.ordinal)[0]?.value === String(ordinal));
    if (!found) throw new Error(`register ${filePrefix} has no treatment with ordinal ${ordinal}`);
    return found;
  };
  const literalsUnder = (node: string): string[] => {
    const out: string[] = [];
    const seen = new Set<string>();
    const visit = (iri: string): void => {
      if (seen.has(iri)) return;
      seen.add(iri);
      for (const q of store.getQuads(namedNode(iri), null, null, null)) {
        if (q.object.termType === 'Literal') out.push(q.object.value);
        else if (q.object.termType === 'NamedNode' && q.object.value.startsWith(`${node}/`)) visit(q.object.value);
      }
    };
    visit(node);
    return out;
  };
  return { objects, values, register, treatments, treatment, literalsUnder };
}
