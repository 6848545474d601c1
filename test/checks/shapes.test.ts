// Each check on a small graph: the treatments that break it are reported with its severity, the others are not.
import { Parser, Store } from 'n3';
import { describe, expect, it } from 'vitest';
import type { Severity } from '../../src/checks/check-report.ts';
import { runChecks } from '../../src/checks/run-checks.ts';

const PREFIXES = `
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dct: <http://purl.org/dc/terms/> .
@prefix dpv: <https://w3id.org/dpv#> .
@prefix pd: <https://w3id.org/dpv/pd#> .
@prefix loc: <https://w3id.org/dpv/loc#> .
@prefix eu-gdpr: <https://w3id.org/dpv/legal/eu/gdpr#> .
@prefix ropa: <https://w3id.org/ropa-graph/ns#> .
@prefix ex: <https://example.org/> .
`;
const EX = 'https://example.org/';

interface ShapeCase {
  readonly check: string;
  readonly severity: Severity;
  /** Treatments (ex:…) and whatever they point to. */
  readonly turtle: string;
  readonly violating: readonly string[];
  readonly conforming: readonly string[];
  /** Label of the reported value, per violating treatment, when the check names one. */
  readonly values?: Readonly<Record<string, string>>;
}

const cases: readonly ShapeCase[] = [
  {
    check: 'missing-retention',
    severity: 'violation',
    turtle: `
      ex:bad a dpv:PersonalDataProcess .
      ex:good a dpv:PersonalDataProcess ; dpv:hasStorageCondition ex:good-retention .
      ex:good-retention a dpv:StorageDuration .`,
    violating: ['bad'],
    conforming: ['good'],
  },
  {
    check: 'unlimited-retention',
    severity: 'warning',
    turtle: `
      ex:bad a dpv:PersonalDataProcess ; dpv:hasStorageCondition ex:bad-retention .
      ex:bad-retention a dpv:StorageDuration ; dpv:hasDuration ex:bad-duration .
      ex:bad-duration a dpv:EndlessDuration ; dct:description "conservées sans limitation de durée"@fr .
      ex:good a dpv:PersonalDataProcess ; dpv:hasStorageCondition ex:good-retention .
      ex:good-retention a dpv:StorageDuration ; dpv:hasDuration ex:good-duration .
      ex:good-duration a dpv:TemporalDuration ; rdf:value "P5Y"^^xsd:duration .
      ex:no-retention a dpv:PersonalDataProcess .`,
    violating: ['bad'],
    conforming: ['good', 'no-retention'],
    values: { bad: 'conservées sans limitation de durée' },
  },
  {
    check: 'sensitive-data-without-safeguard',
    severity: 'violation',
    turtle: `
      pd:Health skos:broader pd:MedicalHealth ; skos:prefLabel "Santé"@fr .
      pd:MedicalHealth skos:broader dpv:SpecialCategoryPersonalData .
      ex:nir a dpv:SensitivePersonalData ; skos:prefLabel "NIR"@fr .
      ex:nir-digits skos:broader ex:nir ; skos:prefLabel "NIR tronqué"@fr .
      ex:health a dpv:PersonalDataProcess ; dpv:hasPersonalData pd:Health, pd:Name .
      ex:nir-user a dpv:PersonalDataProcess ; dpv:hasPersonalData ex:nir .
      ex:narrower-nir a dpv:PersonalDataProcess ; dpv:hasPersonalData ex:nir-digits .
      ex:special a dpv:PersonalDataProcess ; dpv:hasPersonalData dpv:SpecialCategoryPersonalData .
      ex:with-basis a dpv:PersonalDataProcess ; dpv:hasPersonalData pd:Health ; dpv:hasLegalBasis eu-gdpr:A9-2-h .
      ex:with-dpia a dpv:PersonalDataProcess ; dpv:hasPersonalData ex:nir ; dpv:hasImpactAssessment ex:dpia .
      ex:dpia a dpv:DPIA .
      ex:ordinary a dpv:PersonalDataProcess ; dpv:hasPersonalData pd:Name .`,
    violating: ['health', 'nir-user', 'narrower-nir', 'special'],
    conforming: ['with-basis', 'with-dpia', 'ordinary'],
    values: { health: 'Santé', 'nir-user': 'NIR', 'narrower-nir': 'NIR tronqué' },
  },
  {
    check: 'third-country-organisation-without-transfer',
    severity: 'violation',
    turtle: `
      loc:US a dpv:ThirdCountry .
      ex:us-company a dpv:Organisation ; skos:prefLabel "US Company"@fr ; dpv:hasLocation loc:US .
      ex:fr-agency a dpv:Organisation ; dpv:hasLocation loc:FR .
      ex:unstated a dpv:PersonalDataProcess ; dpv:hasDataProcessor ex:us-company .
      ex:denied a dpv:PersonalDataProcess ; dpv:hasRecipient ex:us-company ; ropa:transferStatement ex:denied-transfer .
      ex:denied-transfer a ropa:TransferStatement, ropa:NoTransfer ; ropa:transferStated "none" .
      ex:declared a dpv:PersonalDataProcess ; dpv:hasDataProcessor ex:us-company ; ropa:transferStatement ex:declared-transfer .
      ex:declared-transfer a ropa:TransferStatement ; ropa:transferStated "yes" .
      ex:domestic a dpv:PersonalDataProcess ; dpv:hasDataProcessor ex:fr-agency ; dpv:hasRecipient ex:fr-agency .`,
    violating: ['unstated', 'denied'],
    conforming: ['declared', 'domestic'],
    values: { unstated: 'US Company', denied: 'US Company' },
  },
  {
    check: 'missing-legal-basis',
    severity: 'warning',
    turtle: `
      ex:bad a dpv:PersonalDataProcess ; ropa:legalBasisText "à préciser"@fr .
      ex:good a dpv:PersonalDataProcess ; dpv:hasLegalBasis eu-gdpr:A6-1-e .`,
    violating: ['bad'],
    conforming: ['good'],
  },
  {
    // As of 2026-11-22 the cut-off is 2023-11-22: a record of that very day is three years old, not older.
    check: 'stale-last-update',
    severity: 'warning',
    turtle: `
      ex:bad a dpv:PersonalDataProcess ; dct:modified "2023-11-21"^^xsd:date .
      ex:good a dpv:PersonalDataProcess ; dct:modified "2023-11-22"^^xsd:date .
      ex:recent a dpv:PersonalDataProcess ; dct:modified "2026-01-30"^^xsd:date .
      ex:undated a dpv:PersonalDataProcess .`,
    violating: ['bad'],
    conforming: ['good', 'recent', 'undated'],
    values: { bad: '2023-11-21' },
  },
  {
    check: 'undated-record',
    severity: 'info',
    turtle: `
      ex:bad a dpv:PersonalDataProcess ; ropa:lastUpdateText "19/092023" .
      ex:good a dpv:PersonalDataProcess ; dct:modified "2023-09-19"^^xsd:date .`,
    violating: ['bad'],
    conforming: ['good'],
  },
  {
    check: 'missing-purpose',
    severity: 'violation',
    turtle: `
      ex:bad a dpv:PersonalDataProcess .
      ex:good a dpv:PersonalDataProcess ; dpv:hasPurpose ex:purpose .
      ex:purpose a dpv:Purpose .`,
    violating: ['bad'],
    conforming: ['good'],
  },
  {
    check: 'missing-personal-data',
    severity: 'violation',
    turtle: `
      ex:bad a dpv:PersonalDataProcess .
      ex:good a dpv:PersonalDataProcess ; dpv:hasPersonalData pd:Name .`,
    violating: ['bad'],
    conforming: ['good'],
  },
];

describe('compliance shapes, one check at a time', () => {
  it('covers every check of the shapes', async () => {
    const { report } = await runChecks({ data: { dataset: new Store() }, asOf: '2026-11-22' });
    expect(report.checks.map((c) => c.id).sort()).toEqual(cases.map((c) => c.check).sort());
  });

  it.each(cases)('$check ($severity): reports the treatments that break it and only them', async ({ check, severity, turtle, violating, conforming, values }) => {
    const dataset = new Store(new Parser({ format: 'text/turtle' }).parse(PREFIXES + turtle));
    const { report } = await runChecks({ data: { dataset }, asOf: '2026-11-22' });
    const results = report.results.filter((r) => r.check === check);
    expect(new Set(results.map((r) => r.focusNode))).toEqual(new Set(violating.map((local) => EX + local)));
    for (const local of conforming) expect(results.map((r) => r.focusNode)).not.toContain(EX + local);
    const definition = report.checks.find((c) => c.id === check);
    expect(definition?.severity).toBe(severity);
    for (const r of results) {
      expect(r.severity).toBe(severity);
      expect(r.message).toBe(definition?.message);
      expect(r.message).toMatch(/[àâçéèêëîïôûù]|RGPD/); // French, not the engine's English default
    }
    for (const [local, label] of Object.entries(values ?? {})) {
      expect(results.filter((r) => r.focusNode === EX + local).map((r) => r.value?.label)).toContain(label);
    }
  });
});

describe('reference date', () => {
  const turtle = `${PREFIXES} ex:t a dpv:PersonalDataProcess ; dct:modified "2023-06-01"^^xsd:date .`;
  it.each([
    { asOf: '2026-05-31', stale: false },
    { asOf: '2026-06-01', stale: false },
    { asOf: '2026-06-02', stale: true },
  ])('as of $asOf, a record of 2023-06-01 is stale: $stale', async ({ asOf, stale }) => {
    const dataset = new Store(new Parser({ format: 'text/turtle' }).parse(turtle));
    const { report, validationReport } = await runChecks({ data: { dataset }, asOf });
    expect(report.asOf).toBe(asOf);
    expect(report.results.some((r) => r.check === 'stale-last-update')).toBe(stale);
    expect(validationReport.length).toBeGreaterThan(0);
  });
});

describe('the regulation that governs the controller', () => {
  // An EU institution (dpv:hasJurisdiction loc:EU, as the catalogue gives the EDPS) is under Regulation (EU) 2018/1725.
  const turtle = `${PREFIXES}
    ex:edps dpv:hasJurisdiction loc:EU .
    ex:eu-record a dpv:PersonalDataProcess ; dpv:hasDataController ex:edps .
    ex:ministry-record a dpv:PersonalDataProcess ; dpv:hasDataController ex:ministry .`;
  const SHACL_MESSAGE = 'http://www.w3.org/ns/shacl#resultMessage';
  const SHACL_FOCUS = 'http://www.w3.org/ns/shacl#focusNode';

  it.each([
    { check: 'missing-legal-basis', eu: /règlement \(UE\) 2018\/1725, art\. 5\)/, gdpr: /RGPD, art\. 6/ },
    { check: 'missing-retention', eu: /règlement \(UE\) 2018\/1725, art\. 31-1-f/, gdpr: /RGPD, art\. 30-1-f/ },
    { check: 'missing-purpose', eu: /règlement \(UE\) 2018\/1725, art\. 31-1-b/, gdpr: /RGPD, art\. 30-1-b/ },
    { check: 'missing-personal-data', eu: /règlement \(UE\) 2018\/1725, art\. 31-1-c/, gdpr: /RGPD, art\. 30-1-c/ },
  ])('$check cites 2018/1725 for an EU institution and the GDPR otherwise, in both reports', async ({ check, eu, gdpr }) => {
    const dataset = new Store(new Parser({ format: 'text/turtle' }).parse(turtle));
    const { report, validationReport } = await runChecks({ data: { dataset }, asOf: '2026-11-22' });
    const message = (local: string) => report.results.find((r) => r.check === check && r.focusNode === EX + local)?.message;
    expect(message('eu-record')).toMatch(eu);
    expect(message('eu-record')).not.toMatch(/RGPD/);
    expect(message('ministry-record')).toMatch(gdpr);
    // The SHACL validation report (ropa check --report) says the same.
    const results = validationReport.filter((q) => q.predicate.value === SHACL_FOCUS && q.object.value === `${EX}eu-record`).map((q) => q.subject.value);
    const messages = validationReport.filter((q) => q.predicate.value === SHACL_MESSAGE && results.includes(q.subject.value)).map((q) => q.object.value);
    expect(messages.some((m) => eu.test(m))).toBe(true);
    expect(messages.filter((m) => /RGPD/.test(m))).toEqual([]);
  });
});
