// Every node the mapping mints has a name a person can read (issue 17: 287 nodes showed as bare paths), in its register's language.
import { describe, expect, it } from 'vitest';
import { dct, rdfs, ropa, skos } from '../../src/vocab/namespaces.ts';
import { buildTestGraph } from './build-test-graph.ts';

describe('labels of minted nodes', () => {
  it('gives every subject of the graph under the base a label, a preferred label or a title', async () => {
    const { store, base } = await buildTestGraph();
    const subjects = new Set(store.getSubjects(null, null, null).filter((s) => s.termType === 'NamedNode' && s.value.startsWith(base)).map((s) => s.value));
    const named = new Set([rdfs.label, skos.prefLabel, dct.title].flatMap((p) => store.getSubjects(p, null, null).map((s) => s.value)));
    expect([...subjects].filter((s) => !named.has(s))).toEqual([]);
  });

  it('reads durations in words and keeps the language of the register', async () => {
    const { store, base } = await buildTestGraph();
    const label = (path: string) => store.getObjects(`${base}${path}`, rdfs.label, null).map((o) => `${o.value}@${(o as { language: string }).language}`);
    expect(label('register/004-72dad74edd3dbafe/treatment/5.9-ocs-glpi/retention/2/duration')).toEqual(['sans limitation de durée@fr']);
    expect(label('register/eu-edps-record-57-corporate-credit-card-pdftotext-layout-en/treatment/57-use-of-corporate-credit-card-by-staff/privacy-notice')).toEqual(['Data protection notice@en']);
  });

  it('numbers the purposes of a treatment in the register\'s order', async () => {
    const { store, base } = await buildTestGraph();
    const treatment = `${base}register/003-60ea04d657be5b10/treatment/01-1000premier-sjours`;
    const purposes = store.getObjects(treatment, 'https://w3id.org/dpv#hasPurpose', null).map((p) => [p.value.split('/').pop(), store.getObjects(p, ropa.ordinal, null)[0]?.value]);
    expect(purposes.length).toBeGreaterThan(0);
    for (const [index, ordinal] of purposes) expect(ordinal).toBe(index);
  });
});
