// The checks made before any parser reads a query: length, nesting, terms of a VALUES block or an IN list.
import { describe, expect, it } from 'vitest';
import { checkQueryLimits, type QueryLimits } from '../../src/sparql/check-query-limits.ts';
import { QueryRefusedError } from '../../src/errors/query-errors.ts';
import { loadCannedQueries } from '../../src/sparql/load-canned-queries.ts';
import { resolveServerConfig } from '../../src/config/server-config.ts';

const LIMITS: QueryLimits = { maxLength: 2_000, maxDepth: 5, maxValues: 3 };

function refusal(text: string, limits = LIMITS): { status: number; message: string } | undefined {
  try {
    checkQueryLimits(text, limits);
    return undefined;
  } catch (error) {
    if (!(error instanceof QueryRefusedError)) throw error;
    return { status: error.status, message: error.message };
  }
}

describe('checkQueryLimits', () => {
  it.each([
    ['three VALUES terms', 'SELECT * WHERE { VALUES ?x { 1 2 3 } }'],
    ['a VALUES row of two and an UNDEF', 'SELECT * WHERE { VALUES (?x ?y) { (1 <urn:a>) (UNDEF) } }'],
    ['language tags count with their literal', 'SELECT * WHERE { VALUES ?x { "a"@fr "b"@en-GB 3 } }'],
    ['typed literals and prefixed names count once', 'PREFIX ex: <urn:x#> SELECT * WHERE { VALUES ?x { "1"^^ex:int "2"^^<urn:int> ex:a.b } }'],
    ['three IN items, nested calls inside', 'SELECT * WHERE { ?s ?p ?o FILTER(?o IN (STR(?s), CONCAT("a", "b"), 3)) }'],
    ['five levels', 'SELECT * WHERE { { { ?s ?p [ ?q (1) ] } } }'],
    ['brackets, keywords and commas inside strings, IRIs and comments', `# VALUES ?x { 1 2 3 4 5 } ((((((
      SELECT * WHERE { ?s <urn:a((((((b> "VALUES ?x { 1 2 3 4 }((((((" . ?s ?p '''IN (1, 2, 3, 4)''' FILTER(?o IN (1, "a,b,c,d", 3)) }`],
    ['a less-than sign that is no IRI', 'SELECT * WHERE { ?s ?p ?o FILTER(?o < 3 && ?o IN (1, 2, 3)) }'],
    ['variables named like the keywords', 'SELECT ?values ?in WHERE { ?values ?in ?o , ?p , ?q , ?r }'],
  ])('accepts %s', (_name, text) => {
    expect(refusal(text)).toBeUndefined();
  });

  it.each([
    ['too long (413)', 'ASK {}'.padEnd(2_001, ' '), 413, /2001 characters long; the limit is 2000 \(set with --max-query-length or ROPA_MAX_QUERY_LENGTH\)/],
    ['nested too deep (400)', 'SELECT * WHERE { { { ?s ?p [ ?q ((1)) ] } } }', 400, /more than 5 deep.*--max-query-depth or ROPA_MAX_QUERY_DEPTH/],
    ['a VALUES block over the limit (413)', 'SELECT * WHERE { VALUES ?x { 1 2 3 4 } }', 413, /VALUES block .* more than 3 terms.*--max-query-values or ROPA_MAX_QUERY_VALUES/],
    ['VALUES rows counted term by term (413)', 'SELECT * WHERE { VALUES (?x ?y) { (1 2) (3 4) } }', 413, /VALUES block/],
    ['a final VALUES clause (413)', 'SELECT * WHERE { ?s ?p ?o } values ?s { <urn:a> <urn:b> <urn:c> <urn:d> }', 413, /VALUES block/],
    ['an IN list over the limit (413)', 'SELECT * WHERE { ?s ?p ?o FILTER(?o IN (1, 2, 3, 4)) }', 413, /IN list .* more than 3 terms/],
    ['a NOT IN list over the limit (413)', 'SELECT * WHERE { ?s ?p ?o FILTER(?o not in ("a", "b", "c", "d")) }', 413, /IN list/],
  ])('refuses %s', (_name, text, status, message) => {
    const refused = refusal(text);
    expect(refused?.status).toBe(status);
    expect(refused?.message).toMatch(message);
  });

  it('refuses 8 000 nested parentheses whatever the length limit, without parsing them', () => {
    const deep = `ASK { FILTER (${'('.repeat(8000)}1${')'.repeat(8000)}) }`;
    expect(refusal(deep, { ...LIMITS, maxLength: 1_000_000, maxDepth: 64 })).toMatchObject({ status: 400 });
  });

  it('passes every canned query at the default limits (the W3C protocol tests run at them too)', async () => {
    const config = resolveServerConfig({}, {});
    const limits = { maxLength: config.maxQueryLength, maxDepth: config.maxQueryDepth, maxValues: config.maxQueryValues };
    for (const query of await loadCannedQueries()) expect(refusal(query.text, limits), query.name).toBeUndefined();
  });
});
