// Acceptance 5: every word of every treatment's source text is in the literals hanging from its node; no blank node anywhere.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { DataFactory, type Quad } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';
import { readRegisterFile } from '../../src/ingest/read-register-file.ts';
import { classifyFormLine } from '../../src/ingest/edps-form/classify-form-line.ts';
import type { RawRegister } from '../../src/model/raw-register.ts';
import { dct, prov, ropa } from '../../src/vocab/namespaces.ts';
import { buildTestGraph, type TestGraph } from './build-test-graph.ts';
import { createGraphReader, type GraphReader } from './read-graph.ts';

const { namedNode } = DataFactory;
/** The five French registers and the four EDPS records, by the start of their file names. */
const FILES = ['000', '001', '002', '003', '004', 'eu-edps_record-01a', 'eu-edps_record-03', 'eu-edps_record-05', 'eu-edps_record-57'];
const keyOf = (path: string): string => FILES.find((prefix) => basename(path).startsWith(prefix)) ?? basename(path);

/** Tokens of at least two letters or digits. */
function readWords(text: string): string[] {
  return text.match(/[\p{L}\p{N}]{2,}/gu) ?? [];
}

/** Lower case without accents: the 004 heading "ACTIVITE n° 2" is kept as the activity "Activité n° 2 : …". */
function foldWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

describe('nothing lost between the register files and the graph', () => {
  let graph: TestGraph;
  let read: GraphReader;
  const raws = new Map<string, RawRegister>();
  const lines = new Map<string, string[]>();
  beforeAll(async () => {
    graph = await buildTestGraph();
    read = createGraphReader(graph);
    for (const path of graph.registerFiles) {
      raws.set(keyOf(path), await readRegisterFile(path));
      lines.set(keyOf(path), readFileSync(path, 'utf8').split(/\r?\n/));
    }
  });

  /**
   * Literals of the treatment and of the nodes of its register it links to (fields, purposes, retention, source
   * record, activity, warnings), never going up by dct:isPartOf and never into the shared catalogue nodes.
   * An EDPS record is one treatment whose form prints "Part" headings between its items: those are kept with
   * the register's heading and introduction (ropa:preamble), which therefore count for its treatment.
   */
  const literalsOf = (treatment: string, withPreamble = false): string[] => {
    const register = read.values(treatment, dct.isPartOf)[0] ?? '';
    const out: string[] = [];
    const seen = new Set<string>();
    if (withPreamble) for (const field of read.values(register, ropa.preamble)) out.push(...read.values(field, ropa.verbatim));
    const visit = (iri: string): void => {
      if (seen.has(iri)) return;
      seen.add(iri);
      for (const q of graph.store.getQuads(namedNode(iri), null, null, null) as Quad[]) {
        if (q.predicate.equals(dct.isPartOf)) continue;
        if (q.object.termType === 'Literal') out.push(q.object.value);
        else if (q.object.termType === 'NamedNode' && q.object.value.startsWith(`${register}/`)) visit(q.object.value);
      }
    };
    visit(treatment);
    return out;
  };

  it.each(FILES)('register %s: every word of every source cell of the parser is reachable from its treatment', (file) => {
    const raw = raws.get(file);
    expect(raw).toBeDefined();
    const treatments = read.treatments(file);
    expect(treatments).toHaveLength(raw?.treatments.length ?? -1);
    const missing: string[] = [];
    for (const rawTreatment of raw?.treatments ?? []) {
      const node = read.treatment(file, rawTreatment.ordinal);
      const words = new Set(literalsOf(node).flatMap(readWords));
      for (const field of rawTreatment.fields) {
        if (field.text.trim() === '') continue;
        for (const word of readWords(field.text)) if (!words.has(word)) missing.push(`#${rawTreatment.ordinal} ${field.key}: ${word}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it.each(FILES)('register %s: every word of the raw lines of each treatment is reachable from it', (file) => {
    const source = lines.get(file) ?? [];
    const form = raws.get(file)?.layout === 'edps-form';
    // The form's page furniture ("Nr Item Description" rows, "2|Page" footers) and its item numbers ("10.", the
    // template's numbering, named by the field labels) are layout, not text of the record.
    const content = (line: string): boolean => !form || classifyFormLine(line.replace(/\f/g, '')).kind === 'content';
    const text = (line: string): string => (form ? line.replace(/^(\s*)\d{1,2}\.(?!\d)/, '$1') : line);
    const missing: string[] = [];
    let checked = 0;
    for (const node of read.treatments(file)) {
      const record = read.values(node, prov.wasDerivedFrom)[0] ?? '';
      const first = Number(read.values(record, ropa.firstLine)[0]);
      const last = Number(read.values(record, ropa.lastLine)[0]);
      expect(first, node).toBeGreaterThan(0);
      expect(last, node).toBeGreaterThanOrEqual(first);
      const words = new Set(literalsOf(node, form).flatMap(readWords).map(foldWord));
      for (const word of readWords(source.slice(first - 1, last).filter(content).map(text).join('\n'))) {
        checked += 1;
        if (!words.has(foldWord(word))) missing.push(`${node.slice(node.lastIndexOf('/') + 1)}: ${word}`);
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(missing).toEqual([]);
  });

  it('has no blank node in any file', () => {
    for (const [name, quads] of graph.quadsByFile) {
      const blank = quads.filter((q) => q.subject.termType === 'BlankNode' || q.object.termType === 'BlankNode');
      expect(blank, name).toEqual([]);
    }
    // Five French registers, four EDPS records, the catalogues and the editions.
    expect(graph.quadsByFile.size).toBe(11);
  });
});
