// The explorer's in-memory graph: what each node is, its labels, its sensitivity, and the edges kept.
import { describe, expect, it } from 'vitest';
import { dct, dpv, skos } from '../../src/vocab/namespaces.ts';
import { fixtureGraph, iri } from './fixture-graph.ts';

describe('the explorer graph built from the store\'s rows', () => {
  const graph = fixtureGraph();
  const node = (key: keyof typeof iri) => graph.nodes.get(iri[key]);

  it('types nodes by class, by catalogue path, by the relation that reaches them and by the DPV taxonomy above them', () => {
    expect(node('t1')?.type).toBe('treatment');
    expect(node('t3')?.type).toBe('treatment'); // dpv:PersonalDataProcess only
    expect(node('regB')?.type).toBe('register'); // dpv:ROPA only
    expect(node('rio')?.type).toBe('system');
    expect(node('dtnum')?.type).toBe('organisation');
    expect(node('name')?.type).toBe('data-category'); // a DPV term, object of dpv:hasPersonalData
    expect(node('identifying')?.type).toBe('data-category'); // broader than pd:Name
    expect(node('special')?.type).toBe('data-category');
    expect(node('employee')?.type).toBe('data-subject');
    expect(node('purpose1')?.type).toBe('purpose');
    // A catalogue entry no register mentions is still a node (search finds it), with no neighbour.
    expect(node('unused')?.type).toBe('data-category');
    expect(graph.neighbours(iri.unused)).toEqual([]);
  });

  it('labels in French first, keeps every name for search, and shortens register titles to their number and controller', () => {
    expect(node('office')?.label).toBe('Microsoft 365');
    expect(node('office')?.names).toEqual(expect.arrayContaining(['Microsoft 365', 'Office365']));
    expect(node('hydre')?.names).toEqual(expect.arrayContaining(['Hyde', 'Hydre', 'Annuaire Hydre']));
    expect(node('regA')?.shortLabel).toBe('Registre 000 · DDC');
    expect(node('regB')?.shortLabel).toBe('Registre 004 · DTNUM');
    expect(node('t2')?.register).toBe(iri.regB);
    // No label in the graph: the prefixed name.
    expect(node('medical')?.label).toBe('pd:MedicalHealth');
  });

  it('flags sensitive data: the catalogues\' kind, art. 9 inherited down the DPV taxonomy, and the treatments that process it', () => {
    expect(node('nir')?.sensitive).toEqual(['nir']);
    expect(node('special')?.sensitive).toEqual(['art9']);
    expect(node('health')?.sensitive).toEqual(['art9']); // pd:Health → pd:MedicalHealth → special category
    expect(node('identifying')?.sensitive).toEqual([]); // broader terms are not made sensitive
    expect(node('t1')?.sensitive).toEqual(['nir']);
    expect(node('t3')?.sensitive).toEqual(['art9']);
    expect(node('t2')?.sensitive).toEqual([]);
  });

  it('without the catalogues, a category typed dpv:SensitivePersonalData is still flagged', () => {
    expect(fixtureGraph(new Map()).nodes.get(iri.nir)?.sensitive).toEqual(['other']);
  });

  it('keeps each relation once, in a fixed order with stable ids, and names it in French', () => {
    expect(graph.edges.map((e) => e.id)).toEqual(graph.edges.map((_, i) => `e${i}`));
    expect(graph.edges.some((e) => e.property === dct.hasPart.value)).toBe(false);
    expect(graph.edges.filter((e) => e.property === skos.broader.value)).toHaveLength(4);
    expect(graph.propertyLabel(dpv.isImplementedUsingTechnology.value)).toBe('est mis en œuvre avec la technologie');
    expect(graph.propertyLabel(dct.isPartOf.value)).toBe('fait partie de');
    const rio = graph.neighbours(iri.rio).map((n) => n.node).sort();
    expect(rio).toEqual([iri.t2, iri.t3, iri.dtnum].sort());
    expect(fixtureGraph().edges).toEqual(graph.edges);
  });
});
