// Unit tests of what mapRegister says in DPV terms on a one-treatment register: roles, classified purposes and
// measures, transfers as nested processes, retention events and scopes.
import { Store } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogues, type Catalogues } from '../../src/model/load-catalogues.ts';
import type { Register, Treatment } from '../../src/model/treatment.ts';
import { createIriMinter } from '../../src/rdf/mint-iris.ts';
import { mapRegister } from '../../src/rdf/map-register.ts';
import { dpv, PREFIXES, prov, rdf, rdfs, ropa, skos, tech } from '../../src/vocab/namespaces.ts';

const BASE = 'https://unit.test.example/';
const T = `${BASE}register/reg/treatment/t`;

function register(overrides: Partial<Treatment>): Register {
  const treatment: Treatment = {
    slug: 't', ordinal: 1, title: 'Traitement', lines: { first: 1, last: 3 },
    fields: [
      { key: 'purposes', label: 'Finalités', text: 'Suivre le recrutement', lines: { first: 2, last: 2 } },
      { key: 'securityMeasures', label: 'Mesures', text: 'Chiffrement', lines: { first: 3, last: 3 } },
      { key: 'transfers', label: 'Transferts', text: 'Oui', lines: { first: 3, last: 3 } },
    ],
    purposes: ['Suivre le recrutement'], controllers: ['dnum'], processors: ['microsoft'], recipients: ['microsoft'], systems: [], policies: [],
    dataCategories: [], dataSubjects: ['employee'], legalBases: [], retention: [], transfer: { stated: 'not-stated', countries: [] }, dpia: { mentioned: false },
    ...overrides,
  };
  return { slug: 'reg', file: 'reg.txt', layout: 'miom-blocks', title: 'Registre', owners: ['dnum'], preamble: [], policies: [], treatments: [treatment], warnings: [] };
}

describe('mapRegister in DPV terms', () => {
  let catalogues: Catalogues;
  beforeAll(async () => {
    catalogues = await loadCatalogues();
  });
  const map = (overrides: Partial<Treatment>) => new Store(mapRegister(register(overrides), catalogues, createIriMinter(BASE)));
  const values = (store: Store, s: string, p: { value: string }) => store.getObjects(s, p.value, null).map((o) => o.value).sort();

  it('types each organisation by the role it plays, and the data subject is ours, a dpv:DataSubject', () => {
    const store = map({});
    expect(values(store, `${BASE}organisation/dnum`, rdf.type)).toEqual([dpv.DataController.value]);
    expect(values(store, `${BASE}organisation/microsoft`, rdf.type)).toEqual([dpv.DataProcessor.value, dpv.Recipient.value].sort());
    expect(values(store, T, dpv.hasDataSubject)).toEqual([`${BASE}data-subject/employee`]);
    expect(store.getQuads(null, tech.hasProvider, null, null)).toEqual([]); // the providers are typed in the catalogues' file
  });

  it('places a purpose and the measures under their concepts, saying which field the words came from', () => {
    const store = map({ purposeConcepts: [{ concepts: ['dpv:RecruitmentManagement'], from: 'statement' }], measureConcepts: ['dpv:Encryption', 'ropa:DatabaseSecurity'] });
    expect(values(store, `${T}/purpose/1`, skos.broader)).toEqual([`${PREFIXES.dpv}RecruitmentManagement`]);
    expect(values(store, `${T}/purpose/1`, ropa.classifiedFrom)).toEqual([`${T}/field/purposes`]);
    expect(values(store, `${T}/security`, skos.broader)).toEqual([`${PREFIXES.dpv}Encryption`, `${PREFIXES.ropa}DatabaseSecurity`]);
  });

  it('maps an inferred transfer as a nested cross-border process with its exporter, importer and evidence', () => {
    const store = map({ transfers: [{ country: 'us', exporters: ['dnum'], recipients: ['microsoft'], safeguards: ['a46-2-c'], evidence: 'inferred' }] });
    const transfer = `${T}/transfer/us`;
    expect(values(store, T, dpv.hasThirdCountry)).toEqual([`${PREFIXES.loc}US`]);
    expect(values(store, T, dpv.hasProcess)).toEqual([transfer]);
    expect(values(store, transfer, rdf.type)).toEqual([dpv.Process.value, ropa.InferredTransfer.value].sort());
    expect(values(store, transfer, dpv.hasProcessing)).toEqual([`${PREFIXES.dpv}CrossBorderTransfer`]);
    expect(values(store, transfer, dpv.hasDataExporter)).toEqual([`${BASE}organisation/dnum`]);
    expect(values(store, transfer, dpv.hasDataImporter)).toEqual([`${BASE}organisation/microsoft`]);
    expect(values(store, transfer, dpv.hasLegalBasis)).toEqual([`${PREFIXES['eu-gdpr']}A46-2-c`]);
    expect(values(store, transfer, prov.wasDerivedFrom)).toEqual([`${BASE}organisation/microsoft`]);
    expect(values(store, `${BASE}organisation/microsoft`, rdf.type)).toContain(dpv.DataImporter.value);
  });

  it('derives a stated transfer from the transfers field', () => {
    const store = map({ transfers: [{ country: 'non-eea', exporters: ['dnum'], recipients: [], safeguards: [], evidence: 'stated' }] });
    expect(values(store, `${T}/transfer/non-eea`, rdf.type)).toContain(ropa.StatedTransfer.value);
    expect(values(store, `${T}/transfer/non-eea`, prov.wasDerivedFrom)).toEqual([`${T}/field/transfers`]);
  });

  it('anchors a duration to its event and scopes a rule to its data categories', () => {
    const store = map({
      retention: [
        { text: "3 ans après le départ de l'agent", kind: 'duration', duration: 'P3Y', event: { relation: 'after', text: "le départ de l'agent" } },
        { text: 'Logs de connexion : jusqu\'à la fin du marché', kind: 'until-event', event: { relation: 'until', text: 'la fin du marché' }, dataCategories: ['connection-data'] },
      ],
    });
    expect(values(store, `${T}/retention/1/duration`, ropa.countedFrom)).toEqual([`${T}/retention/1/event`]);
    expect(values(store, `${T}/retention/1/event`, rdfs.label)).toEqual(["le départ de l'agent"]);
    expect(values(store, `${T}/retention/2/duration`, ropa.lastsUntil)).toEqual([`${T}/retention/2/event`]);
    expect(values(store, T, dpv.hasProcess)).toEqual([`${T}/retention/2/scope`]);
    expect(values(store, `${T}/retention/2/scope`, dpv.hasPersonalData)).toEqual([`${BASE}data-category/connection-data`]);
    expect(values(store, `${T}/retention/2/scope`, dpv.hasStorageCondition)).toEqual([`${T}/retention/2`]);
    // The record states the rule for the treatment: it keeps it too.
    expect(values(store, T, dpv.hasStorageCondition)).toEqual([`${T}/retention/1`, `${T}/retention/2`]);
  });
});
