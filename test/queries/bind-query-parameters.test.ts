// Parameters of a canned query typed by their declaration: IRIs, texts, dates, integers; clear errors naming them.
import { describe, it, expect } from 'vitest';
import { DataFactory } from 'n3';
import { bindQueryParameters, parameterTerm, parseParameterAssignments, QueryParameterError } from '../../src/sparql/bind-query-parameters.ts';
import type { CannedQuery } from '../../src/sparql/load-canned-queries.ts';

const XSD = 'http://www.w3.org/2001/XMLSchema#';

const query: Pick<CannedQuery, 'name' | 'params'> = {
  name: 'example',
  params: [
    { name: 'system', type: 'string', description: 'a name', default: 'Office365' },
    { name: 'years', type: 'integer', description: 'years', default: '5' },
    { name: 'date', type: 'date', description: 'a date' },
    { name: 'category', type: 'iri', description: 'a category' },
  ],
};

function error(fn: () => unknown): QueryParameterError {
  try {
    fn();
  } catch (e) {
    if (e instanceof QueryParameterError) return e;
    throw e;
  }
  throw new Error('no error');
}

describe('bindQueryParameters', () => {
  it('types each value by its declaration', () => {
    const bindings = bindQueryParameters(query, [
      ['system', 'RIO'],
      ['years', '10'],
      ['date', '2023-01-01'],
      ['category', 'https://w3id.org/dpv/pd#Health'],
    ]);
    expect(bindings.system?.equals(DataFactory.literal('RIO'))).toBe(true);
    expect(bindings.years?.equals(DataFactory.literal('10', DataFactory.namedNode(`${XSD}integer`)))).toBe(true);
    expect(bindings.date?.equals(DataFactory.literal('2023-01-01', DataFactory.namedNode(`${XSD}date`)))).toBe(true);
    expect(bindings.category?.equals(DataFactory.namedNode('https://w3id.org/dpv/pd#Health'))).toBe(true);
  });

  it('fills in the declared defaults, unless asked not to; a parameter without default stays unbound', () => {
    expect(Object.fromEntries(Object.entries(bindQueryParameters(query, [])).map(([k, t]) => [k, t.value]))).toEqual({ system: 'Office365', years: '5' });
    expect(bindQueryParameters(query, [], { applyDefaults: false })).toEqual({});
  });

  it('refuses an unknown parameter, naming it and the known ones', () => {
    const e = error(() => bindQueryParameters(query, [['yeras', '3']]));
    expect(e.parameter).toBe('yeras');
    expect(e.message).toMatch(/unknown parameter "yeras" for query example; it takes: system, years, date, category/);
    expect(error(() => bindQueryParameters({ name: 'none', params: [] }, [['x', '1']])).message).toMatch(/takes no parameter/);
  });

  it('refuses a parameter given twice', () => {
    expect(error(() => bindQueryParameters(query, [['years', '3'], ['years', '4']])).message).toMatch(/"years" is given more than once/);
  });

  it.each([
    ['years', 'ten', /invalid value "ten" for parameter "years" \(integer\): expected a whole number/],
    ['years', '1.5', /expected a whole number/],
    ['years', '', /expected a whole number/],
    ['date', '2023-02-29', /invalid value "2023-02-29" for parameter "date" \(date\): expected a date YYYY-MM-DD/],
    ['date', '01/02/2023', /expected a date YYYY-MM-DD/],
    ['date', '2023-1-5', /expected a date YYYY-MM-DD/],
    ['category', 'Health', /parameter "category" \(iri\): expected an absolute IRI/],
    ['category', 'dpv:Employee Child', /expected an absolute IRI/],
    ['category', 'https://example.org/a b', /expected an absolute IRI/],
    ['category', 'https://example.org/<script>', /expected an absolute IRI/],
    ['system', '   ', /parameter "system" \(string\): expected a non-empty text/],
    ['system', 'x'.repeat(501), /expected at most 500 characters/],
  ])('refuses %s=%j with a message naming the parameter', (name, value, message) => {
    const e = error(() => bindQueryParameters(query, [[name, value]]));
    expect(e.parameter).toBe(name);
    expect(e.message).toMatch(message);
  });

  it('writes integers in canonical form and keeps any text as it is (no escaping needed: it is never spliced)', () => {
    expect(parameterTerm({ name: 'n', type: 'integer' }, '+007').value).toBe('7');
    expect(parameterTerm({ name: 'n', type: 'integer' }, '-3').value).toBe('-3');
    expect(parameterTerm({ name: 's', type: 'string' }, '" } ; DROP ALL #').value).toBe('" } ; DROP ALL #');
    expect(parameterTerm({ name: 'd', type: 'date' }, '2024-02-29').value).toBe('2024-02-29');
    expect(parameterTerm({ name: 'i', type: 'iri' }, 'urn:isbn:0451450523').value).toBe('urn:isbn:0451450523');
    expect(parameterTerm({ name: 'i', type: 'iri' }, 'http://localhost:3000/system/rio').termType).toBe('NamedNode');
  });

  it('expands a CURIE with one of the project prefixes; any other scheme stays as written', () => {
    expect(parameterTerm({ name: 'i', type: 'iri' }, 'pd:Health').value).toBe('https://w3id.org/dpv/pd#Health');
    expect(parameterTerm({ name: 'i', type: 'iri' }, 'eu-gdpr:A6-1-f').value).toBe('https://w3id.org/dpv/legal/eu/gdpr#A6-1-f');
    expect(parameterTerm({ name: 'i', type: 'iri' }, 'mailto:dpo@example.org').value).toBe('mailto:dpo@example.org');
  });
});

describe('parseParameterAssignments', () => {
  it('splits name=value at the first "="', () => {
    expect(parseParameterAssignments(['q=a=b', 'years=5', 'empty='])).toEqual([
      ['q', 'a=b'],
      ['years', '5'],
      ['empty', ''],
    ]);
  });

  it('refuses an assignment without a name or without "="', () => {
    expect(error(() => parseParameterAssignments(['years'])).message).toMatch(/malformed parameter "years": expected name=value/);
    expect(error(() => parseParameterAssignments(['=5'])).message).toMatch(/malformed parameter "=5"/);
  });
});
