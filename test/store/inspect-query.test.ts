// Query-form and dataset-clause detection, which decide the result format and the default graph.
import { describe, expect, it } from 'vitest';
import { describeQueryShapeCache, inspectQuery } from '../../src/store/inspect-query.ts';

describe('inspectQuery', () => {
  it('finds the form after a prologue with comments, BASE and PREFIX', () => {
    const q = `# SELECT in a comment
      BASE <http://example.org/#select>
      PREFIX ask: <http://example.org/ask#>
      prefix : <http://example.org/>
      construct { ?s ask:x ?o } WHERE { ?s :p ?o }`;
    expect(inspectQuery(q)).toMatchObject({ form: 'CONSTRUCT', hasDatasetClause: false });
    expect(inspectQuery('ASK{}').form).toBe('ASK');
    expect(inspectQuery('DESCRIBE <http://a>').form).toBe('DESCRIBE');
    expect(inspectQuery('  select * { ?s ?p ?o }').form).toBe('SELECT');
  });

  it('tells updates and garbage apart', () => {
    expect(inspectQuery('PREFIX ex: <http://e/> INSERT DATA { ex:a ex:b ex:c }').form).toBe('UPDATE');
    expect(inspectQuery('WITH <http://g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }').form).toBe('UPDATE');
    expect(inspectQuery('hello').form).toBe('UNKNOWN');
    expect(inspectQuery('').form).toBe('UNKNOWN');
  });

  it('sees FROM and FROM NAMED only as top-level words', () => {
    expect(inspectQuery('SELECT * FROM <http://g> WHERE { ?s ?p ?o }').hasDatasetClause).toBe(true);
    expect(inspectQuery('CONSTRUCT { ?s ?p ?o } from named <http://g> WHERE { GRAPH ?g { ?s ?p ?o } }').hasDatasetClause).toBe(true);
    expect(inspectQuery('ASK FROM <http://g> { ?s ?p ?o }').hasDatasetClause).toBe(true);
    const lookalikes = `PREFIX from: <http://e/from#>
      SELECT ?from WHERE { ?from from:FROM "FROM" ; <http://e/FROM> 'from' . # FROM
        { SELECT ?x WHERE { ?x ?y ?from } } FILTER(?from != """FROM "quoted" FROM""") }`;
    expect(inspectQuery(lookalikes)).toMatchObject({ form: 'SELECT', hasDatasetClause: false });
  });

  it('finds SERVICE clauses at any depth, and reports syntax errors with the parser message', () => {
    const q = 'SELECT * WHERE { ?s ?p ?o OPTIONAL { SERVICE <http://evil.example/sparql> { ?s ?q ?r } } FILTER EXISTS { SERVICE ?x { ?a ?b ?c } } }';
    expect(inspectQuery(q).serviceIris).toEqual(['http://evil.example/sparql', 'x']);
    expect(inspectQuery('SELECT * FROM <http://g1> FROM NAMED <http://g2> { ?s ?p ?o }').datasetIris).toEqual(['http://g1', 'http://g2']);
    expect(inspectQuery('SELECT * WHERE { ?s ?p }').syntaxError).toMatch(/Parse error/);
  });

  it('keeps its cache within a bound in bytes, however large and many the distinct texts (issue 19)', () => {
    const { maxBytes } = describeQueryShapeCache();
    // 40 distinct texts of 200 000 characters: 16 MB of keys, twice the bound (a comment keeps each parse cheap).
    const texts = Array.from({ length: 40 }, (_, i) => `# ${i} ${'x'.repeat(200_000)}\nASK {}`);
    const first = inspectQuery(texts[0]!);
    for (const text of texts.slice(1)) expect(inspectQuery(text).form).toBe('ASK');
    const cache = describeQueryShapeCache();
    expect(cache.bytes).toBeLessThanOrEqual(maxBytes);
    expect(cache.bytes).toBeGreaterThan(maxBytes / 2);
    // The oldest text was let go (read again, it is a new object), the newest kept.
    expect(inspectQuery(texts[0]!)).not.toBe(first);
    expect(inspectQuery(texts.at(-1)!)).toBe(inspectQuery(texts.at(-1)!));
  });
});
