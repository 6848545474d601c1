// Unit tests of mapRegister on a one-treatment register: impact assessments apart from accreditations, warnings at hand.
import { Store } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogues, type Catalogues } from '../../src/model/load-catalogues.ts';
import type { Register, Treatment } from '../../src/model/treatment.ts';
import { createIriMinter } from '../../src/rdf/mint-iris.ts';
import { mapRegister } from '../../src/rdf/map-register.ts';
import { dct, dpv, rdf, ropa, PREFIXES } from '../../src/vocab/namespaces.ts';

const BASE = 'https://unit.test.example/';
const TREATMENT = `${BASE}register/reg/treatment/t`;

function makeRegister(overrides: Partial<Treatment>, warnings: Register['warnings'] = []): Register {
  const treatment: Treatment = {
    slug: 't', ordinal: 1, title: 'Traitement', lines: { first: 10, last: 12 },
    fields: [{ key: 'title', label: 'Intitulé', text: 'Traitement', lines: { first: 10, last: 10 } }],
    purposes: [], controllers: [], processors: [], recipients: [], systems: [], policies: [], dataCategories: [],
    dataSubjects: [], legalBases: [], retention: [], transfer: { stated: 'not-stated', countries: [] }, dpia: { mentioned: false },
    ...overrides,
  };
  return { slug: 'reg', file: 'reg.txt', layout: 'miom-blocks', title: 'Registre', owners: [], preamble: [], policies: [], treatments: [treatment], warnings };
}

describe('mapRegister', () => {
  let catalogues: Catalogues;
  beforeAll(async () => {
    catalogues = await loadCatalogues();
  });
  const map = (register: Register): Store => new Store(mapRegister(register, catalogues, createIriMinter(BASE)));
  const values = (store: Store, s: string, p: { value: string }): string[] =>
    store.getObjects(s, p.value, null).map((o) => o.value).sort();

  it.each([
    { name: 'an AIPD only', text: 'AIPD validée le 13 septembre 2021', dpia: 'AIPD validée le 13 septembre 2021', accreditation: undefined },
    { name: 'an accreditation only', text: 'La solution sera homologuée DR.', dpia: undefined, accreditation: 'La solution sera homologuée DR.' },
    {
      name: 'both, in two sentences',
      text: 'AIPD validée le 13 septembre 2021. Homologation SSI le 12 avril 2023 pour trois ans.',
      dpia: 'AIPD validée le 13 septembre 2021.',
      accreditation: 'Homologation SSI le 12 avril 2023 pour trois ans.',
    },
    { name: "an analyse d'impact", text: "Une analyse d'impact est en cours.", dpia: "Une analyse d'impact est en cours.", accreditation: undefined },
  ])('maps $name', ({ text, dpia, accreditation }) => {
    const store = map(makeRegister({ dpia: { mentioned: true, text } }));
    const assessments = values(store, TREATMENT, dpv.hasImpactAssessment);
    if (dpia) {
      expect(assessments).toEqual([`${TREATMENT}/dpia`]);
      expect(values(store, `${TREATMENT}/dpia`, rdf.type)).toEqual([dpv.DPIA.value]);
      expect(values(store, `${TREATMENT}/dpia`, dct.description)).toEqual([dpia]);
    } else expect(assessments).toEqual([]);
    const measures = values(store, TREATMENT, dpv.hasTechnicalOrganisationalMeasure);
    if (accreditation) {
      expect(measures).toEqual([`${TREATMENT}/accreditation`]);
      expect(values(store, `${TREATMENT}/accreditation`, rdf.type)).toEqual([`${PREFIXES.dpv}SecurityAssessment`]);
      expect(values(store, `${TREATMENT}/accreditation`, dct.description)).toEqual([accreditation]);
    } else expect(measures).toEqual([]);
  });

  it('maps no assessment when none is mentioned', () => {
    const store = map(makeRegister({}));
    expect(values(store, TREATMENT, dpv.hasImpactAssessment)).toEqual([]);
    expect(values(store, TREATMENT, dpv.hasTechnicalOrganisationalMeasure)).toEqual([]);
  });

  it.each([
    { line: 9, linked: false },
    { line: 10, linked: true },
    { line: 12, linked: true },
    { line: 13, linked: false },
  ])('links a warning about line $line to the treatment of lines 10–12: $linked', ({ line, linked }) => {
    const store = map(makeRegister({}, [{ file: 'reg.txt', line, message: 'repaired "Réциpiendaires"' }]));
    const warning = `${BASE}register/reg/warning/1`;
    expect(values(store, `${BASE}register/reg`, ropa.hasWarning)).toEqual([warning]);
    expect(values(store, TREATMENT, ropa.hasWarning)).toEqual(linked ? [warning] : []);
  });

  it('maps a zero retention as a temporal duration of P0D', () => {
    const store = map(makeRegister({ retention: [{ text: 'Absence de conservation de la voix.', kind: 'duration', duration: 'P0D' }] }));
    const [condition] = values(store, TREATMENT, dpv.hasStorageCondition);
    const [duration] = values(store, condition ?? '', dpv.hasDuration);
    expect(values(store, duration ?? '', rdf.type)).toEqual([dpv.TemporalDuration.value]);
    expect(values(store, duration ?? '', rdf.value)).toEqual(['P0D']);
  });
});
