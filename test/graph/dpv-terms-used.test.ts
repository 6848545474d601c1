// Acceptance 6: every DPV-namespace IRI of the built graph is a live DPV 2.3 term with a French label of ours.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';
import { ONTOLOGY_DIR, SHARED_DPV_DIR } from '../../src/config/project-paths.ts';
import { PREFIXES } from '../../src/vocab/namespaces.ts';
import { buildTestGraph, type TestGraph } from './build-test-graph.ts';
import { skipWithoutShared } from '../support/shared-fixtures.ts';

const DPV_FILES = ['dpv.ttl', 'pd.ttl', 'tech.ttl', 'eu-gdpr.ttl', 'loc.ttl'];
const HAS_DPV = DPV_FILES.every((file) => existsSync(join(SHARED_DPV_DIR, file)));
if (!HAS_DPV) console.warn(`DPV 2.3 checks of the built graph skipped: ${DPV_FILES.join(', ')} not all found in ${SHARED_DPV_DIR}`);

const DPV_NAMESPACES = [PREFIXES.dpv, PREFIXES.pd, PREFIXES.tech, PREFIXES['eu-gdpr'], PREFIXES.loc];
const TERM_STATUS = 'http://www.w3.org/2003/06/sw-vocab-status/ns#term_status';
const PREF_LABEL = `${PREFIXES.skos}prefLabel`;

const isDpvIri = (iri: string): boolean => DPV_NAMESPACES.some((ns) => iri.startsWith(ns));

describe('DPV terms used by the built graph', () => {
  let graph: TestGraph;
  let used: string[];
  let dpvIndex: ReturnType<typeof readDpvIndex>;
  beforeAll(async () => {
    graph = await buildTestGraph();
    dpvIndex = readDpvIndex();
    const iris = new Set<string>();
    for (const quads of graph.quadsByFile.values()) {
      for (const q of quads) for (const t of [q.subject, q.predicate, q.object]) if (t.termType === 'NamedNode' && isDpvIri(t.value)) iris.add(t.value);
    }
    used = [...iris].sort();
  });

  it('uses DPV, PD, TECH, EU-GDPR and LOC terms', () => {
    expect(used.length).toBeGreaterThan(60);
    for (const ns of DPV_NAMESPACES) expect(used.some((iri) => iri.startsWith(ns)), ns).toBe(true);
  });

  it('covers the four EDPS records: the DPV terms of their files are among those checked here', () => {
    const edpsFiles = [...graph.quadsByFile.keys()].filter((name) => name.startsWith('eu-edps-record-'));
    expect(edpsFiles).toHaveLength(4);
    const fromEdps = new Set<string>();
    for (const name of edpsFiles) {
      for (const q of graph.quadsByFile.get(name) ?? []) for (const t of [q.subject, q.predicate, q.object]) if (t.termType === 'NamedNode' && isDpvIri(t.value)) fromEdps.add(t.value);
    }
    expect(fromEdps.size).toBeGreaterThan(25);
    expect([...fromEdps].filter((iri) => !used.includes(iri))).toEqual([]);
    // Terms only the EU records bring: DPO, data protection notice, transfer bases and exporter, card data.
    for (const local of ['dpv#DataProtectionOfficer', 'dpv#hasDataProtectionOfficer', 'dpv#PrivacyNotice', 'dpv#hasNotice', 'dpv#DataTransferLegalBasis', 'dpv#hasDataExporter', 'dpv/pd#CreditCardNumber', 'dpv/pd#Disability']) {
      expect([...fromEdps], local).toContain(`https://w3id.org/${local}`);
    }
    // The EDPS is an EU body: its jurisdiction is the Union (catalogues.ttl).
    expect(used).toContain(`${PREFIXES.dpv}hasJurisdiction`);
    expect(used).toContain(`${PREFIXES.loc}EU`);
  });

  it('never uses the sunset dpv:PersonalDataHandling', () => {
    expect(used).not.toContain(`${PREFIXES.dpv}PersonalDataHandling`);
    for (const text of graph.result.files.values()) expect(text).not.toContain('PersonalDataHandling');
  });

  it('has a French skos:prefLabel in ontology/dpv-terms.ttl for every DPV term used', () => {
    const labelled = new Set(
      new Parser()
        .parse(readFileSync(join(ONTOLOGY_DIR, 'dpv-terms.ttl'), 'utf8'))
        .filter((q) => q.predicate.value === PREF_LABEL && q.object.termType === 'Literal' && q.object.language === 'fr')
        .map((q) => q.subject.value),
    );
    expect(used.filter((iri) => !labelled.has(iri))).toEqual([]);
  });

  it.skipIf(skipWithoutShared(HAS_DPV))('finds every DPV IRI of the graph as a subject of the DPV 2.3 files', () => {
    expect(dpvIndex.subjects.size).toBeGreaterThan(5000);
    expect(used.filter((iri) => !dpvIndex.subjects.has(iri))).toEqual([]);
  });

  it.skipIf(skipWithoutShared(HAS_DPV))('uses no term DPV 2.3 marks sunset', () => {
    expect(dpvIndex.sunset.has(`${PREFIXES.dpv}PersonalDataHandling`)).toBe(true);
    expect(used.filter((iri) => dpvIndex.sunset.has(iri))).toEqual([]);
  });
});

/** Subjects and sunset terms of the DPV 2.3 files (empty when the folder is absent). */
function readDpvIndex(): { subjects: Set<string>; sunset: Set<string> } {
  const subjects = new Set<string>();
  const sunset = new Set<string>();
  if (!HAS_DPV) return { subjects, sunset };
  for (const file of DPV_FILES) {
    for (const q of new Parser().parse(readFileSync(join(SHARED_DPV_DIR, file), 'utf8'))) {
      if (q.subject.termType !== 'NamedNode') continue;
      subjects.add(q.subject.value);
      if (q.predicate.value === TERM_STATUS && q.object.value === 'sunset') sunset.add(q.subject.value);
    }
  }
  return { subjects, sunset };
}
