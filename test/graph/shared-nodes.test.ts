// Acceptance 3: one Office365 node, one RIO node and one PSSI-MCAS policy node, shared by exactly the treatments the raw text implies.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { DataFactory } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';
import { dpv, prov, ropa } from '../../src/vocab/namespaces.ts';
import { buildTestGraph, type TestGraph } from './build-test-graph.ts';
import { createGraphReader, type GraphReader } from './read-graph.ts';

const { namedNode } = DataFactory;

/** Treatments of a register whose raw lines (first..last, as recorded in the graph) match the pattern. */
function findMatchingTreatments(graph: TestGraph, read: GraphReader, filePrefix: string, pattern: RegExp): string[] {
  const path = graph.registerFiles.find((f) => basename(f).startsWith(filePrefix));
  if (!path) throw new Error(`no register file ${filePrefix}`);
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  return read.treatments(filePrefix).filter((t) => {
    const source = read.objects(t, prov.wasDerivedFrom)[0]?.value ?? '';
    const first = Number(read.values(source, ropa.firstLine)[0]);
    const last = Number(read.values(source, ropa.lastLine)[0]);
    return pattern.test(lines.slice(first - 1, last).join('\n'));
  });
}

describe('nodes shared across treatments and registers', () => {
  let graph: TestGraph;
  let read: GraphReader;
  beforeAll(async () => {
    graph = await buildTestGraph();
    read = createGraphReader(graph);
  });
  const users = (iri: string, predicate = dpv.isImplementedUsingTechnology): string[] =>
    graph.store.getSubjects(predicate, namedNode(iri), null).map((s) => s.value).sort();

  it('links every 001/002 treatment that mentions Office365, Office 365 or Microsoft 365 to the one Office365 node', () => {
    const office = `${graph.base}system/office365`;
    const expected = ['001', '002'].flatMap((f) => findMatchingTreatments(graph, read, f, /Office\s?365|Microsoft\s?365/i)).sort();
    expect(expected.length).toBe(10);
    expect(users(office)).toEqual(expected);
    // One node only: no other system node of ours is labelled Microsoft 365 / Office 365.
    const officeLike = graph.store
      .getSubjects(null, null, null)
      .map((s) => s.value)
      .filter((iri) => iri.startsWith(`${graph.base}system/`) && /office|microsoft-365|m365/i.test(iri));
    expect([...new Set(officeLike)]).toEqual([office]);
  });

  it('links every 004 treatment using RIO identifiers or data to the one RIO node', () => {
    const rio = `${graph.base}system/rio`;
    const expected = findMatchingTreatments(graph, read, '004', /(?<![\p{L}\p{N}])RIO(?![\p{L}\p{N}])/u).sort();
    // By hand: 2.2, 2.4, 2.5, 2.8, 3.1, 3.2, 5.4, 5.8, 5.9, 5.10, 5.11, 5.12, 5.16.
    expect(expected.length).toBe(13);
    expect(users(rio)).toEqual(expected);
  });

  it('links the PSSI-MCAS policy to all 60 treatments of the Ministères sociaux registers and to none of 004', () => {
    const pssi = `${graph.base}policy/pssi-mcas`;
    const social = ['000', '001', '002', '003'].flatMap((f) => read.treatments(f)).sort();
    expect(social).toHaveLength(60);
    const linked = users(pssi, dpv.hasPolicy);
    expect(linked.filter((iri) => iri.includes('/treatment/'))).toEqual(social);
    for (const t of read.treatments('004')) expect(read.values(t, dpv.hasPolicy)).not.toContain(pssi);
    expect(linked.filter((iri) => !iri.includes('/treatment/')).sort()).toEqual(['000', '001', '002', '003'].map((f) => read.register(f)).sort());
  });
});
