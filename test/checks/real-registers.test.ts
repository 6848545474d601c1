// The checks on the real registers: what the registers say (and do not say) shows up under the right check.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { DataFactory, Store } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckReport, CheckResult } from '../../src/checks/check-report.ts';
import { loadDataGraph } from '../../src/checks/load-data-graph.ts';
import { runChecks } from '../../src/checks/run-checks.ts';
import { DEFAULT_REGISTERS_DIR, ONTOLOGY_DIR } from '../../src/config/project-paths.ts';
import { dct, dpv, loc, prov, rdf, ropa } from '../../src/vocab/namespaces.ts';
import { buildTestGraph, type TestGraph } from '../graph/build-test-graph.ts';
import { createGraphReader, type GraphReader } from '../graph/read-graph.ts';

const { namedNode, quad } = DataFactory;

/** The Ministères sociaux registers (ms-table layout); 004 is the Ministry of the Interior's. */
const MINISTERES_SOCIAUX = ['000', '001', '002', '003'];
const AS_OF = '2026-11-22';

describe('checks on the real registers', () => {
  let graph: TestGraph;
  let read: GraphReader;
  let dataset: Store;
  let report: CheckReport;
  const of = (check: string): CheckResult[] => report.results.filter((r) => r.check === check);
  const focusNodes = (check: string): string[] => [...new Set(of(check).map((r) => r.focusNode))].sort();

  beforeAll(async () => {
    graph = await buildTestGraph();
    read = createGraphReader(graph);
    // The ontology too, as served: DPV's skos:broader links are what make pd:Health a special category.
    const ontology = (await readdir(ONTOLOGY_DIR)).filter((n) => n.endsWith('.ttl')).map((n) => join(ONTOLOGY_DIR, n));
    dataset = new Store([...graph.store, ...(await loadDataGraph({ files: ontology }))]);
    ({ report } = await runChecks({ data: { dataset }, asOf: AS_OF }));
  });

  it("lists 004's « sans limitation de durée » treatments under unlimited retention, and only them", async () => {
    const file = (await readdir(DEFAULT_REGISTERS_DIR)).find((n) => n.startsWith('004')) as string;
    const lines = (await readFile(join(DEFAULT_REGISTERS_DIR, file), 'utf8')).split('\n');
    const unlimitedLines = lines.flatMap((text, i) => (/sans limitation de durée/i.test(text) ? [i + 1] : []));
    expect(unlimitedLines.length).toBeGreaterThan(0);
    const expected = read.treatments('004').filter((t) => {
      const source = read.objects(t, prov.wasDerivedFrom)[0]?.value ?? '';
      const first = Number(read.objects(source, ropa.firstLine)[0]?.value);
      const last = Number(read.objects(source, ropa.lastLine)[0]?.value);
      return unlimitedLines.some((line) => line >= first && line <= last);
    });
    expect(expected.length).toBe(unlimitedLines.length);
    expect(focusNodes('unlimited-retention')).toEqual(expected.sort());
    for (const r of of('unlimited-retention')) {
      expect(r.severity).toBe('warning');
      expect(r.register.file).toBe(file);
      expect(r.value?.label).toMatch(/sans limitation de durée/);
    }
  });

  it('lists every Ministères sociaux treatment under "no legal basis", with their register', () => {
    const listed = new Set(focusNodes('missing-legal-basis'));
    for (const prefix of MINISTERES_SOCIAUX) {
      const treatments = read.treatments(prefix);
      expect(treatments.length).toBeGreaterThan(0);
      for (const t of treatments) expect(listed, `${prefix}: ${t}`).toContain(t);
      for (const r of of('missing-legal-basis').filter((x) => treatments.includes(x.focusNode))) {
        expect(r.register.iri).toBe(read.register(prefix));
        expect(r.register.file).toMatch(new RegExp(`^${prefix}_`));
      }
    }
    for (const r of of('missing-legal-basis')) expect(graph.store.getObjects(r.focusNode, dpv.hasLegalBasis, null)).toEqual([]);
    expect(report.checks.find((c) => c.id === 'missing-legal-basis')?.severity).toBe('warning');
  });

  it('does not flag EDPS 01a and 03, whose legal basis is the Staff Regulations, and cites 2018/1725 for the EDPS records', () => {
    const edps = (prefix: string) => read.treatment(`eu-edps_record-${prefix}`, 1);
    const listed = focusNodes('missing-legal-basis');
    expect(listed).not.toContain(edps('01a'));
    expect(listed).not.toContain(edps('03'));
    // 05 and 57 state no basis for the processing (57's are for its transfers): flagged, under the EU's regulation.
    expect(listed).toEqual(expect.arrayContaining([edps('05'), edps('57')]));
    const onEdps = report.results.filter((r) => r.register.file?.startsWith('eu-edps_'));
    expect(onEdps.length).toBeGreaterThan(0);
    for (const r of onEdps) {
      expect(r.message, r.check).toMatch(/règlement \(UE\) 2018\/1725/);
      expect(r.message, r.check).not.toMatch(/RGPD/);
    }
    for (const r of report.results.filter((x) => !x.register.file?.startsWith('eu-edps_') && x.check === 'missing-legal-basis')) expect(r.message).toMatch(/RGPD, art\. 6/);
  });

  it('flags sensitive data (NIR, art. 9, art. 10) of the treatments stating neither legal basis nor DPIA', () => {
    const flagged = new Set(focusNodes('sensitive-data-without-safeguard'));
    // sensitive-data.test.ts quotes the register lines: 000#3 "casier judiciaire", 000#4 and 000#8 the NIR,
    // 001#16 and 002#14 "art. 9 et 10"; none of these treatments states a legal basis or a DPIA.
    for (const [prefix, ordinal] of [['000', 3], ['000', 4], ['000', 8], ['001', 16], ['002', 14]] as const) {
      expect(flagged, `${prefix}#${ordinal}`).toContain(read.treatment(prefix, ordinal));
    }
    expect(of('sensitive-data-without-safeguard').find((r) => r.focusNode === read.treatment('000', 4))?.value?.label).toMatch(/NIR/);
    for (const t of flagged) {
      expect(graph.store.getObjects(t, dpv.hasLegalBasis, null)).toEqual([]);
      expect(graph.store.getObjects(t, dpv.hasImpactAssessment, null)).toEqual([]);
    }
  });

  it('warns about records last updated more than three years before the reference date, and only those', () => {
    const cutOff = '2023-11-22';
    const dated = graph.store.getQuads(null, dct.modified, null, null);
    expect(dated.length).toBeGreaterThan(0);
    const stale = dated.filter((q) => q.object.value < cutOff).map((q) => q.subject.value);
    expect(focusNodes('stale-last-update')).toEqual([...new Set(stale)].sort());
    for (const r of of('stale-last-update')) expect((r.value?.label ?? cutOff) < cutOff).toBe(true);
    // Undated records are said to be so, not silently fresh.
    const undated = graph.store.getSubjects(rdf.type, dpv.PersonalDataProcess, null).filter((t) => graph.store.getObjects(t, dct.modified, null).length === 0);
    expect(focusNodes('undated-record')).toEqual(undated.map((t) => t.value).sort());
  });

  it('reports missing retention, purposes and data categories exactly where the graph has none', () => {
    const treatments = graph.store.getSubjects(rdf.type, dpv.PersonalDataProcess, null);
    for (const [check, predicate] of [['missing-retention', dpv.hasStorageCondition], ['missing-purpose', dpv.hasPurpose], ['missing-personal-data', dpv.hasPersonalData]] as const) {
      const without = treatments.filter((t) => graph.store.getObjects(t, predicate, null).length === 0).map((t) => t.value);
      expect(focusNodes(check), check).toEqual(without.sort());
    }
  });

  it("flags 001/002's Microsoft-processed treatments: the graph says Microsoft is established in the United States", () => {
    const microsoft = namedNode(`${graph.base}organisation/microsoft`);
    expect(graph.store.getQuads(microsoft, dpv.hasCountry, loc.term('US'), null)).toHaveLength(1);
    const expected = graph.store
      .getSubjects(null, microsoft, null)
      .filter((t) => graph.store.getQuads(t, null, microsoft, null).some((q) => q.predicate.equals(dpv.hasDataProcessor) || q.predicate.equals(dpv.hasRecipient)))
      .map((t) => t.value);
    expect(expected.length).toBeGreaterThan(0);
    const flagged = of('third-country-organisation-without-transfer');
    expect([...new Set(flagged.map((r) => r.focusNode))].sort()).toEqual([...new Set(expected)].sort());
    for (const r of flagged) expect(r.value?.value).toBe(microsoft.value);
  });

  it('groups results by register and severity, with consistent counts', () => {
    const total = report.registers.reduce((n, g) => n + g.severities.reduce((m, s) => m + s.results.length, 0), 0);
    expect(total).toBe(report.results.length);
    expect(report.counts.total).toBe(report.counts.violation + report.counts.warning + report.counts.info);
    expect(report.checks.reduce((n, c) => n + c.count, 0)).toBe(report.counts.total);
    for (const group of report.registers) {
      for (const { severity, results } of group.severities) for (const r of results) {
        expect(r.severity).toBe(severity);
        expect(r.register.iri).toBe(group.iri);
      }
    }
    // Every register appears, in file order, even one without results.
    expect(report.registers.map((g) => g.iri)).toEqual(graph.result.registers.map((r) => `${graph.base}register/${r.slug}`).sort((a, b) => {
      const file = (iri: string) => graph.result.registers.find((r) => iri.endsWith(r.slug))?.file ?? '';
      return file(a).localeCompare(file(b));
    }));
    expect(report.treatments).toBe(graph.result.registers.reduce((n, r) => n + r.treatments, 0));
  });
});
