// Acceptance 4: the built Turtle parses alike with N3.js and rdflib, and answers SPARQL queries run with Comunica.
import { QueryEngine } from '@comunica/query-sparql';
import { Parser, Store } from 'n3';
import * as $rdf from 'rdflib';
import { beforeAll, describe, expect, it } from 'vitest';
import { PREFIXES, xsd } from '../../src/vocab/namespaces.ts';
import { buildTestGraph, type TestGraph } from '../graph/build-test-graph.ts';

const PREFIX_LINES = Object.entries(PREFIXES)
  .map(([prefix, iri]) => `PREFIX ${prefix}: <${iri}>`)
  .join('\n');

describe('the Turtle of the build', () => {
  let graph: TestGraph;
  let store: Store;
  let engine: QueryEngine;
  beforeAll(async () => {
    graph = await buildTestGraph();
    store = new Store();
    for (const [name, text] of graph.result.files) if (name.endsWith('.ttl')) store.addQuads(new Parser({ baseIRI: graph.base }).parse(text));
    engine = new QueryEngine();
  });

  const select = async (query: string): Promise<Record<string, string>[]> => {
    const stream = await engine.queryBindings(`${PREFIX_LINES}\n${query}`, { sources: [store] });
    const rows = await stream.toArray();
    return rows.map((b) => Object.fromEntries([...b].map(([v, t]) => [v.value, t.value])));
  };

  it('has eleven Turtle files: five French registers, four EDPS records, the catalogues and the editions', () => {
    expect([...graph.result.files.keys()].filter((n) => n.endsWith('.ttl'))).toHaveLength(11);
  });

  it('glues no number to a statement\'s final dot, which Virtuoso\'s loader rejects and Corese reads as a decimal', () => {
    for (const [name, text] of graph.result.files) if (name.endsWith('.ttl')) expect(text, name).not.toMatch(/\d\.\n/);
  });

  it('parses every file with N3.js and with rdflib to the same triples', () => {
    for (const [name, text] of graph.result.files) {
      if (!name.endsWith('.ttl')) continue;
      const n3Quads = new Parser({ baseIRI: graph.base, format: 'text/turtle' }).parse(text);
      const kb = $rdf.graph();
      $rdf.parse(text, kb, graph.base, 'text/turtle');
      expect(kb.statements.length, name).toBe(n3Quads.length);
      expect(n3Quads.length, name).toBeGreaterThan(100);
      // Same IRIs and literals (with language and datatype) too, not only the same count. The two parsers may write
      // one xsd:decimal differently ("1" / "1.0", editions.ttl's scores): decimals are compared by value.
      type Obj = { termType: string; value: string; language?: string; datatype?: { value: string } };
      const lexical = (o: Obj) => (o.datatype?.value === xsd.decimal.value && Number.isFinite(Number(o.value)) ? String(Number(o.value)) : o.value);
      const show = (o: Obj) => (o.termType === 'Literal' ? `"${lexical(o)}"@${o.language ?? ''}^^${o.datatype?.value ?? ''}` : `<${o.value}>`);
      const key = (s: string, p: string, o: Obj) => `${s} ${p} ${show(o)}`;
      const fromN3 = new Set(n3Quads.map((q) => key(q.subject.value, q.predicate.value, q.object)));
      const fromRdflib = new Set(kb.statements.map((st) => key(st.subject.value, st.predicate.value, st.object as Obj)));
      expect([...fromRdflib].filter((k) => !fromN3.has(k)), name).toEqual([]);
      expect(fromRdflib.size, name).toBe(fromN3.size);
    }
  });

  it('counts the treatments of each register with SPARQL', async () => {
    const rows = await select(`
      SELECT ?title (COUNT(?t) AS ?n) WHERE {
        ?reg a dpv:ROPA ; dct:title ?title ; dct:hasPart ?t .
        ?t a dpv:PersonalDataProcess .
      } GROUP BY ?title ORDER BY ?title`);
    expect(rows.map((r) => [r.title, Number(r.n)])).toEqual([
      ['EDPS record of processing activity — Selection and management of interim staff', 1],
      ['EDPS record of processing activity — Selection of Seconded National Experts (SNE)', 1],
      ['EDPS record of processing activity — Selection of staff for the EDPS Secretariat and the EDPB Secretariat', 1],
      ['EDPS record of processing activity — Use of Corporate Credit Card by Staff', 1],
      ['REGISTRE DES ACTIVITES DE TRAITEMENTS DE DONNEES PERSONNELLES DE LA DIRECTION DE LA TRANSFORMATION NUMERIQUE', 36],
      ['Registre de la Direction du Numérique (DNUM)', 18],
      ['Registre de la Direction du Numérique (DNUM) en tant que responsable de traitement', 22],
      ['Registre de la Division Des Cabinets (DDC)', 9],
      ['Registre de la Fabrique de la Direction du numérique', 11],
    ]);
  });

  it('finds the treatments using RIO with SPARQL', async () => {
    const rows = await select(`
      SELECT DISTINCT ?number WHERE {
        ?t dpv:isImplementedUsingTechnology <${graph.base}system/rio> ; ropa:registerNumber ?number .
      }`);
    expect(rows.map((r) => r.number).sort()).toEqual(['2.2', '2.4', '2.5', '2.8', '3.1', '3.2', '5.10', '5.11', '5.12', '5.16', '5.4', '5.8', '5.9']);
  });

  it('finds the treatments kept without time limit with SPARQL', async () => {
    const rows = await select(`
      SELECT ?title WHERE {
        ?t dpv:hasStorageCondition/dpv:hasDuration ?d ; dct:title ?title .
        ?d a dpv:EndlessDuration .
      } ORDER BY ?title`);
    expect(rows.map((r) => r.title)).toEqual(['Chartes NOEMI et SPAN', 'OCS-GLPI']);
  });

  it('finds no blank node with SPARQL', async () => {
    const rows = await select('SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o . FILTER(isBlank(?s) || isBlank(?o)) }');
    expect(rows).toEqual([{ n: '0' }]);
  });
});
