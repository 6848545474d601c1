// Which dump of a source's VoID is harvested: only an N-Quads dump, only on the source's own origin.
import { describe, it, expect } from 'vitest';
import { findVoidDump } from '../../src/store/find-void-dump.ts';

const VOID_URL = 'http://source.test/.well-known/void';
const PREFIXES = '@prefix void: <http://rdfs.org/ns/void#>. @prefix foaf: <http://xmlns.com/foaf/0.1/>.';

function describeDataset(dumps: string[], sparql = 'http://source.test/sparql'): string {
  return `${PREFIXES} <${VOID_URL}> foaf:primaryTopic <http://source.test/catalog#dataset>.
    <http://source.test/catalog#dataset> a void:Dataset; void:sparqlEndpoint <${sparql}>${dumps.map((d) => `; void:dataDump <${d}>`).join('')}.`;
}

describe('findVoidDump', () => {
  it.each([
    ['the N-Quads dump among the formats', ['http://source.test/export/all.ttl', 'http://source.test/export/all.nq'], 'http://source.test/export/all.nq', undefined],
    ['no N-Quads dump', ['http://source.test/export/all.ttl'], undefined, /no N-Quads dump/],
    ['a dump on another origin', ['http://elsewhere.test/export/all.nq'], undefined, /is not on http:\/\/source\.test/],
    ['a dump on another port of the same host', ['http://source.test:8080/export/all.nq'], undefined, /is not on/],
  ])('%s', (_name, dumps, dump, reason) => {
    const found = findVoidDump(describeDataset(dumps), VOID_URL);
    expect(found.dump).toBe(dump);
    if (reason) expect(found.reason).toMatch(reason);
    expect(found.sparql).toBe('http://source.test/sparql');
  });

  it('never offers an endpoint on another origin for live federation', () => {
    expect(findVoidDump(describeDataset([], 'http://elsewhere.test/sparql'), VOID_URL).sparql).toBeUndefined();
  });

  it('finds the top dataset when the document names no primary topic', () => {
    const turtle = `${PREFIXES} <http://source.test/d> a void:Dataset; void:subset <http://source.test/s>; void:dataDump <http://source.test/all.nq>.
      <http://source.test/s> a void:Dataset; void:dataDump <http://source.test/s.nq>.`;
    expect(findVoidDump(turtle, VOID_URL).dump).toBe('http://source.test/all.nq');
  });
});
