// Acceptance 1: each register links exactly its treatments, typed dpv:PersonalDataProcess, by dct:hasPart and back.
import { beforeAll, describe, expect, it } from 'vitest';
import { DataFactory } from 'n3';
import { dct, dpv, rdf, ropa } from '../../src/vocab/namespaces.ts';
import { buildTestGraph, type TestGraph } from './build-test-graph.ts';
import { createGraphReader, type GraphReader } from './read-graph.ts';

const { namedNode } = DataFactory;

// Counted by hand in data/registers: table rows that open a treatment (000–003), "TRAITEMENT n°" lines (004);
// an EU institution (EDPS) record is one processing activity.
const expectedCounts = [
  { file: '000', treatments: 9 },
  { file: '001', treatments: 22 },
  { file: '002', treatments: 18 },
  { file: '003', treatments: 11 },
  { file: '004', treatments: 36 },
  { file: 'eu-edps_record-01a', treatments: 1 },
  { file: 'eu-edps_record-03', treatments: 1 },
  { file: 'eu-edps_record-05', treatments: 1 },
  { file: 'eu-edps_record-57', treatments: 1 },
];

describe('treatments per register', () => {
  let graph: TestGraph;
  let read: GraphReader;
  beforeAll(async () => {
    graph = await buildTestGraph();
    read = createGraphReader(graph);
  });

  it('builds one dpv:ROPA per register file', () => {
    const ropas = graph.store.getSubjects(rdf.type, dpv.ROPA, null).map((s) => s.value);
    expect(ropas.sort()).toEqual(expectedCounts.map(({ file }) => read.register(file)).sort());
  });

  it.each(expectedCounts)('register $file has $treatments dpv:PersonalDataProcess parts, each pointing back', ({ file, treatments }) => {
    const reg = read.register(file);
    const parts = read.values(reg, dct.hasPart);
    expect(parts).toHaveLength(treatments);
    for (const part of parts) {
      expect(graph.store.has(DataFactory.quad(namedNode(part), rdf.type, dpv.PersonalDataProcess)), part).toBe(true);
      expect(read.values(part, dct.isPartOf), part).toEqual([reg]);
    }
  });

  it.each(expectedCounts)('every dpv:PersonalDataProcess of register $file is one of its parts', ({ file, treatments }) => {
    const reg = read.register(file);
    const back = graph.store.getSubjects(dct.isPartOf, namedNode(reg), null).filter((s) =>
      graph.store.has(DataFactory.quad(s as never, rdf.type, dpv.PersonalDataProcess)),
    );
    expect(back).toHaveLength(treatments);
    expect(graph.store.getSubjects(rdf.type, dpv.PersonalDataProcess, null)).toHaveLength(100);
  });

  it('numbers the treatments 1..n in each register', () => {
    for (const { file, treatments } of expectedCounts) {
      const ordinals = read.treatments(file).map((t) => Number(read.values(t, ropa.ordinal)[0]));
      expect(ordinals).toEqual(Array.from({ length: treatments }, (_, i) => i + 1));
    }
  });
});
