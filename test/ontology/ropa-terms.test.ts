// Tests that ontology/ropa.ttl declares exactly the ropa: terms of namespaces.ts, each labelled in French and English.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Parser, type Quad } from 'n3';
import { describe, expect, it } from 'vitest';
import { PREFIXES, ropa } from '../../src/vocab/namespaces.ts';

const RDF_TYPE = `${PREFIXES.rdf}type`;
const CLASS_TYPES = new Set([`${PREFIXES.owl}Class`, `${PREFIXES.rdfs}Class`]);
const PROPERTY_TYPES = new Set([
  `${PREFIXES.owl}ObjectProperty`, `${PREFIXES.owl}DatatypeProperty`, `${PREFIXES.owl}AnnotationProperty`, `${PREFIXES.rdf}Property`,
]);
const quads: Quad[] = new Parser().parse(readFileSync(fileURLToPath(new URL('../../ontology/ropa.ttl', import.meta.url)), 'utf8'));
const localNames = Object.keys(ropa).filter((key) => key !== '$iri' && key !== 'term');

const typesOf = (iri: string): Set<string> =>
  new Set(quads.filter((quad) => quad.subject.value === iri && quad.predicate.value === RDF_TYPE).map((quad) => quad.object.value));
const literalsOf = (iri: string, predicate: string, language: string): string[] =>
  quads
    .filter((quad) => quad.subject.value === iri && quad.predicate.value === predicate)
    .flatMap((quad) => (quad.object.termType === 'Literal' && quad.object.language === language ? [quad.object.value] : []));

describe('ontology/ropa.ttl', () => {
  it('has an owl:Ontology header labelled in French and English', () => {
    const header = quads.find((quad) => quad.predicate.value === RDF_TYPE && quad.object.value === `${PREFIXES.owl}Ontology`);
    expect(header?.subject.value).toBe('https://w3id.org/ropa-graph/ns');
    expect(literalsOf('https://w3id.org/ropa-graph/ns', `${PREFIXES.rdfs}label`, 'fr')).toHaveLength(1);
    expect(literalsOf('https://w3id.org/ropa-graph/ns', `${PREFIXES.rdfs}label`, 'en')).toHaveLength(1);
  });

  it.each(localNames)('declares ropa:%s as a class (upper case) or a property (lower case), labelled and commented', (name) => {
    const iri = ropa.$iri + name;
    const types = [...typesOf(iri)];
    const expected = /^[A-Z]/.test(name) ? CLASS_TYPES : PROPERTY_TYPES;
    expect(types.some((type) => expected.has(type)), `types of ropa:${name}: ${types.join(', ')}`).toBe(true);
    for (const language of ['fr', 'en']) {
      expect(literalsOf(iri, `${PREFIXES.rdfs}label`, language)).toHaveLength(1);
      expect(literalsOf(iri, `${PREFIXES.skos}prefLabel`, language)).toHaveLength(1);
      expect(literalsOf(iri, `${PREFIXES.rdfs}comment`, language)).toHaveLength(1);
    }
  });

  it('declares no ropa: term that namespaces.ts does not list', () => {
    const declared = new Set(quads.map((quad) => quad.subject.value).filter((iri) => iri.startsWith(ropa.$iri)));
    expect([...declared].map((iri) => iri.slice(ropa.$iri.length)).filter((name) => !localNames.includes(name))).toEqual([]);
  });

  it('aligns the main classes on DPV and PROV', () => {
    const superClasses = (name: string): string[] =>
      quads.filter((quad) => quad.subject.value === ropa.$iri + name && quad.predicate.value === `${PREFIXES.rdfs}subClassOf`).map((quad) => quad.object.value);
    expect(superClasses('Register')).toContain(`${PREFIXES.dpv}ROPA`);
    expect(superClasses('Treatment')).toContain(`${PREFIXES.dpv}PersonalDataProcess`);
    expect(superClasses('SourceRecord')).toContain(`${PREFIXES.prov}Entity`);
    expect(superClasses('System')).toContain(`${PREFIXES.dpv}Technology`);
  });
});
