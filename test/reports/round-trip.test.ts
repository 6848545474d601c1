// Acceptance: the workbook of `ropa report --format xlsx` builds back into the same treatments. Both graphs are
// compared without provenance; every difference is listed, and the fields a DPO edits (item 5) must show none.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { DataFactory, Parser, Store, type Quad, type Term } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBuild } from '../../src/cli/build-command.ts';
import { runReport } from '../../src/cli/report-command.ts';
import { DEFAULT_REGISTERS_DIR } from '../../src/config/project-paths.ts';
import { TABLE_COLUMNS } from '../../src/reports/cnil-table.ts';
import { loadTableProfiles } from '../../src/ingest/table/table-profiles.ts';
import { dct, dpv, prov, rdf, ropa, time, PREFIXES } from '../../src/vocab/namespaces.ts';
import { TEST_BASE } from '../graph/build-test-graph.ts';

const { namedNode } = DataFactory;

/** The fields of item 5 of issue 15, each read from a treatment as a sorted list of strings. */
const FIELDS: Record<string, (g: Store, t: string) => string[]> = {
  title: (g, t) => literals(g, t, dct.title),
  controllers: (g, t) => iris(g, t, dpv.hasDataController),
  purposes: (g, t) => objects(g, t, dpv.hasPurpose).flatMap((p) => literals(g, p.value, dct.description)),
  dataCategories: (g, t) => iris(g, t, dpv.hasPersonalData),
  dataSubjects: (g, t) => iris(g, t, dpv.hasDataSubject),
  recipients: (g, t) => iris(g, t, dpv.hasRecipient),
  processors: (g, t) => iris(g, t, dpv.hasDataProcessor),
  systems: (g, t) => iris(g, t, dpv.isImplementedUsingTechnology),
  retention: (g, t) =>
    objects(g, t, dpv.hasStorageCondition).map((c) => {
      const d = objects(g, c.value, dpv.hasDuration)[0]?.value ?? '';
      return [literals(g, c.value, dct.description).join(''), iris(g, d, rdf.type).join(','), literals(g, d, rdf.value).join('')].join(' | ');
    }),
  legalBases: (g, t) => iris(g, t, dpv.hasLegalBasis),
  transfers: (g, t) => [
    ...objects(g, t, ropa.transferStatement).flatMap((s) => [...literals(g, s.value, ropa.transferStated), ...literals(g, s.value, dct.description)]),
    ...iris(g, t, dpv.hasThirdCountry),
  ],
  dates: (g, t) => [...literals(g, t, dct.modified), ...literals(g, t, ropa.lastUpdateText)],
};

function objects(g: Store, s: string, p: Term): Term[] {
  return g.getObjects(namedNode(s), p as never, null);
}
function iris(g: Store, s: string, p: Term): string[] {
  return objects(g, s, p).map((o) => o.value).sort();
}
function literals(g: Store, s: string, p: Term): string[] {
  return objects(g, s, p).map((o) => (o.termType === 'Literal' ? `${o.value}${o.language ? `@${o.language}` : ''}` : o.value)).sort();
}

async function readGraph(dir: string, files: Iterable<string>): Promise<Store> {
  const store = new Store();
  for (const name of files) if (name.endsWith('.ttl')) store.addQuads(new Parser({ baseIRI: TEST_BASE }).parse(await readFile(join(dir, name), 'utf8')));
  return store;
}

/** The triples of a treatment and of the nodes minted under it, without provenance (source records and fields, warnings). */
function describeTreatment(g: Store, t: string): Set<string> {
  const out = new Set<string>();
  const skip = new Set([prov.wasDerivedFrom.value, ropa.hasSourceField.value, ropa.hasWarning.value]);
  const visit = (s: string) => {
    for (const q of g.getQuads(namedNode(s), null, null, null) as Quad[]) {
      if (skip.has(q.predicate.value)) continue;
      const o = q.object.termType === 'Literal' ? JSON.stringify(`${q.object.value}@${q.object.language}^^${q.object.datatype.value}`) : `<${q.object.value}>`;
      out.add(`<${s.slice(t.length) || '.'}> <${q.predicate.value}> ${o.replace(t, '')}`);
      if (q.object.termType === 'NamedNode' && q.object.value.startsWith(`${t}/`)) visit(q.object.value);
    }
  };
  visit(t);
  return out;
}

describe('round trip through ropa report --format xlsx', () => {
  let original: Store;
  let rebuilt: Store;
  let treatments: string[];
  let workbookPath: string;

  beforeAll(async () => {
    const work = await mkdtemp(join(tmpdir(), 'ropa-round-trip-'));
    const first = await runBuild([DEFAULT_REGISTERS_DIR], { out: join(work, 'graph'), base: TEST_BASE, quiet: true });
    original = await readGraph(join(work, 'graph'), first.fileHashes.keys());
    workbookPath = join(work, 'registre-cnil.xlsx');
    await runReport({ format: 'xlsx', out: workbookPath, graph: join(work, 'graph'), base: TEST_BASE, build: false });
    const second = await runBuild([workbookPath], { out: join(work, 'rebuilt'), base: TEST_BASE, quiet: true });
    rebuilt = await readGraph(join(work, 'rebuilt'), second.fileHashes.keys());
    treatments = original.getSubjects(rdf.type, ropa.Treatment, null).map((t) => t.value).sort();
  }, 300_000);

  it('reads every column our export writes (the ropa-graph profile names them all)', () => {
    const profile = loadTableProfiles().find((p) => p.id === 'ropa-graph')!;
    expect(TABLE_COLUMNS.map((c) => c.header).filter((h) => !(h in (profile.columns ?? {})))).toEqual([]);
  });

  it('builds back the 100 treatments, under the same IRIs, in their registers', () => {
    expect(treatments).toHaveLength(100);
    const back = rebuilt.getSubjects(rdf.type, ropa.Treatment, null).map((t) => t.value).sort();
    expect(back).toEqual(treatments);
    for (const t of treatments) expect(iris(rebuilt, t, dct.isPartOf), t).toEqual(iris(original, t, dct.isPartOf));
  });

  it('gives every treatment the same fields: titles, controllers, purposes, data, subjects, recipients, processors, systems, retention, legal bases, transfers, dates', () => {
    const differences: string[] = [];
    for (const t of treatments) {
      for (const [field, read] of Object.entries(FIELDS)) {
        const [a, b] = [read(original, t).sort(), read(rebuilt, t).sort()];
        if (JSON.stringify(a) !== JSON.stringify(b)) differences.push(`${t.slice(TEST_BASE.length)} ${field}: ${JSON.stringify(a)} → ${JSON.stringify(b)}`);
      }
    }
    expect(differences).toEqual([]);
  });

  it('lists every other difference between the two graphs (without provenance)', () => {
    const counts = new Map<string, number>();
    const examples = new Map<string, string>();
    for (const t of treatments) {
      const [a, b] = [describeTreatment(original, t), describeTreatment(rebuilt, t)];
      for (const [sign, from, to] of [['-', a, b], ['+', b, a]] as const) {
        for (const triple of from) {
          if (to.has(triple)) continue;
          const predicate = /> <([^>]+)> /.exec(triple)?.[1] ?? '?';
          const key = `${sign} ${predicate.replace(/^.*[#/]/, '')}`;
          counts.set(key, (counts.get(key) ?? 0) + 1);
          if (!examples.has(key)) examples.set(key, `${t.slice(TEST_BASE.length)} ${triple}`);
        }
      }
    }
    const report = [...counts].sort().map(([key, n]) => `${key} ×${n}, e.g. ${examples.get(key)}`);
    console.log(`differences outside the fields of item 5 (- original only, + rebuilt only):\n${report.join('\n') || '(none)'}`);
    // What the CNIL-style table does not carry: activities, DPIA wording, legal-basis sentences of the EU records…
    for (const key of counts.keys()) expect(key, report.join('\n')).not.toMatch(/ (title|hasDataController|hasPersonalData|hasDataSubject|hasRecipient|hasDataProcessor|isImplementedUsingTechnology|hasLegalBasis|hasThirdCountry|modified|lastUpdateText|transferStated)$/);
  });

  it('stays a workbook a DPO edits: a Sommaire with each register\'s sheet, identifier and language', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(workbookPath);
    const summary = workbook.getWorksheet('Sommaire')!;
    expect((summary.getRow(1).values as unknown[]).slice(1)).toContain('Langue');
    expect(workbook.worksheets).toHaveLength(10);
  });

  it('builds a DPO\'s edits: a retention rewritten, a data category added, a treatment added without IRI', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(workbookPath);
    // Sheets are named from the registers' titles: "Registre de la Division Des Cabinets (DDC)" is register 000.
    const sheet = workbook.getWorksheet('Division Des Cabinets (DDC)')!;
    const headers = (sheet.getRow(1).values as unknown[]).map(String);
    const column = (header: string) => headers.indexOf(header);
    const first = sheet.getRow(2);
    const iri = String((first.getCell(column('IRI du traitement')).value as { text: string }).text);
    first.getCell(column('Durée(s) de conservation')).value = '10 ans après le départ';
    first.getCell(column('Catégories de données')).value = `${String(first.getCell(column('Catégories de données')).value)}\nDonnées de santé`;
    const added = sheet.addRow([]);
    added.getCell(column('Intitulé')).value = 'Registre des visiteurs';
    added.getCell(column('Finalité(s)')).value = 'Accueil des visiteurs';
    const edited = join(workbookPath, '..', 'registre-edite.xlsx');
    await workbook.xlsx.writeFile(edited);
    const result = await runBuild([edited], { out: join(workbookPath, '..', 'edited'), base: TEST_BASE, quiet: true });
    const graph = await readGraph(join(workbookPath, '..', 'edited'), result.fileHashes.keys());
    expect(FIELDS.retention!(graph, iri)).toEqual([`10 ans après le départ@fr | ${time.Duration.value},${dpv.TemporalDuration.value} | P10Y`]);
    expect(iris(graph, iri, dpv.hasPersonalData)).toEqual([...iris(original, iri, dpv.hasPersonalData), `${PREFIXES.pd}Health`].sort());
    const register = `${TEST_BASE}register/000-49a1ce6041cf4ed6`;
    expect(iris(graph, register, dct.hasPart)).toContain(`${register}/treatment/10-registre-des-visiteurs`);
  });
});
