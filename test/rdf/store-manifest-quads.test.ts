// The manifest graph of a publish: exactly the shape `ropa serve --store` reads, through Turtle and back.
import { describe, expect, it } from 'vitest';
import { Parser } from 'n3';
import { serialiseTurtle } from '../../src/rdf/serialise-turtle.ts';
import { buildStoreManifestQuads } from '../../src/rdf/store-manifest-quads.ts';

const BASE = 'https://ropa.test.example/';
const XSD = 'http://www.w3.org/2001/XMLSchema#';

describe('buildStoreManifestQuads', () => {
  it('says which build, when, how many triples, and each graph with its count', async () => {
    const quads = buildStoreManifestQuads({
      iri: `${BASE}graph/manifest`,
      inputsHash: 'abc123',
      issued: new Date('2026-12-08T01:02:03.000Z'),
      graphs: [
        { iri: `${BASE}graph/ontology`, triples: 10 },
        { iri: `${BASE}register/001`, triples: 32 },
      ],
    });
    const parsed = new Parser().parse(await serialiseTurtle(quads));
    const lines = parsed.map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.value}${q.object.termType === 'Literal' ? `^^${q.object.datatype.value}` : ''}`).sort();
    expect(lines).toEqual(
      [
        `${BASE}graph/manifest http://www.w3.org/1999/02/22-rdf-syntax-ns#type http://rdfs.org/ns/void#Dataset`,
        `${BASE}graph/manifest https://w3id.org/ropa-graph/ns#inputsHash abc123^^${XSD}string`,
        `${BASE}graph/manifest http://purl.org/dc/terms/issued 2026-12-08T01:02:03.000Z^^${XSD}dateTime`,
        `${BASE}graph/manifest http://rdfs.org/ns/void#triples 42^^${XSD}integer`,
        `${BASE}graph/manifest http://rdfs.org/ns/void#subset ${BASE}graph/ontology`,
        `${BASE}graph/manifest http://rdfs.org/ns/void#subset ${BASE}register/001`,
        `${BASE}graph/ontology http://rdfs.org/ns/void#triples 10^^${XSD}integer`,
        `${BASE}register/001 http://rdfs.org/ns/void#triples 32^^${XSD}integer`,
      ].sort(),
    );
  });
});
