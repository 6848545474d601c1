// Tests editions.ttl as the build writes it: 001 revises 002, and each of the 16 aligned treatments revises its counterpart, with evidence.
import { DataFactory, Parser, Store, type Quad } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/pipeline/build-graph.ts';
import { buildTestGraph, TEST_BASE } from '../graph/build-test-graph.ts';
import { listRegisterFiles } from '../../src/pipeline/list-register-files.ts';
import { DEFAULT_REGISTERS_DIR } from '../../src/config/project-paths.ts';
import { EDITIONS_FILE } from '../../src/editions/build-editions-file.ts';
import { prov, rdf, ropa, xsd } from '../../src/vocab/namespaces.ts';
import { DNUM_NEW, DNUM_OLD } from './load-dnum-editions.ts';

const { namedNode } = DataFactory;
const BASE = TEST_BASE;
const register = (slug: string) => `${BASE}register/${slug}`;
const treatment = (r: string, t: string) => `${register(r)}/treatment/${t}`;

describe(`${EDITIONS_FILE} of the build`, () => {
  let text: string;
  let quads: Quad[];
  let store: Store;
  beforeAll(async () => {
    // The graph of this run, built once by the global setup.
    text = (await buildTestGraph()).result.files.get(EDITIONS_FILE)!;
    quads = new Parser({ baseIRI: BASE }).parse(text);
    store = new Store(quads);
  });
  const objects = (s: string, p: { value: string }) => store.getObjects(namedNode(s), namedNode(p.value), null).map((o) => o.value).sort();

  it('says that the register 001 is a revision of 002, with the reason in French', () => {
    expect(objects(register(DNUM_NEW), prov.wasRevisionOf)).toEqual([register(DNUM_OLD)]);
    expect(objects(register(DNUM_OLD), prov.wasRevisionOf)).toEqual([]);
    const [revision] = objects(register(DNUM_NEW), prov.qualifiedRevision);
    expect(revision).toBe(`${register(DNUM_NEW)}/revision-of/${DNUM_OLD}`);
    expect(objects(revision!, rdf.type)).toEqual([prov.Revision.value, ropa.EditionOrdering.value].sort());
    expect(objects(revision!, prov.entity)).toEqual([register(DNUM_OLD)]);
    const reason = store.getObjects(namedNode(revision!), ropa.reason, null)[0];
    expect(reason?.value).toContain('respectaient');
    expect((reason as { language?: string }).language).toBe('fr');
    expect(objects(revision!, ropa.alignedTreatments)).toEqual(['16']);
    expect(objects(revision!, ropa.orderingSignal)).toHaveLength(4);
  });

  it('links exactly the 16 aligned treatments of 001 to their counterparts in 002', () => {
    const links = store
      .getQuads(null, prov.wasRevisionOf, null, null)
      .filter((q) => q.subject.value.includes('/treatment/'))
      .map((q) => [q.subject.value.replace(`${register(DNUM_NEW)}/treatment/`, ''), q.object.value.replace(`${register(DNUM_OLD)}/treatment/`, '')]);
    expect(links).toHaveLength(16);
    expect(links).toContainEqual(['09-gestion-des-annuaires-hyde-polaris-eridan-orion', '09-gestion-des-annuaires-hydre-polaris-eridan-orion']);
    expect(links).toContainEqual(['17-si-honorabilite', '15-si-honorabilite']);
    expect(links).toContainEqual(['21-support-informatique', '18-support-informatique']);
    // Every link goes from a treatment of 001 to one of 002, and no treatment is linked twice.
    expect(new Set(links.map(([a]) => a)).size).toBe(16);
    expect(new Set(links.map(([, b]) => b)).size).toBe(16);
  });

  it('gives each link an evidence node: score, similarities, shared systems, reason', () => {
    const hyde = treatment(DNUM_NEW, '09-gestion-des-annuaires-hyde-polaris-eridan-orion');
    const [evidence] = objects(hyde, prov.qualifiedRevision);
    expect(objects(evidence!, prov.entity)).toEqual([treatment(DNUM_OLD, '09-gestion-des-annuaires-hydre-polaris-eridan-orion')]);
    expect(objects(evidence!, rdf.type)).toContain(ropa.EditionAlignment.value);
    const score = store.getObjects(namedNode(evidence!), ropa.alignmentScore, null)[0] as { value: string; datatype: { value: string } };
    expect(score.value).toBe('1');
    expect(score.datatype.value).toBe(xsd.decimal.value);
    expect(objects(evidence!, ropa.sharedSystem)).toContain(`${BASE}system/hydre`);
    expect(objects(evidence!, ropa.spellingVariant)).toEqual(['Hyde / Hydre']);
    expect(objects(evidence!, ropa.reason)[0]).toContain('« Hyde » et « Hydre » désignent le même système');
    expect(objects(evidence!, ropa.titleSimilarity)).toEqual(['1']);
  });

  it('has no blank node, and the same bytes on a second build', async () => {
    expect(quads.filter((q) => q.subject.termType === 'BlankNode' || q.object.termType === 'BlankNode')).toEqual([]);
    const again = await buildGraph({ registerFiles: await listRegisterFiles([DEFAULT_REGISTERS_DIR]), baseIri: BASE });
    expect(again.files.get(EDITIONS_FILE)).toBe(text);
    expect(text).toMatch(/^@base </);
  });
});
