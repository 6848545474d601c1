// Issue 16's acceptance on the built graph: purposes and measures in DPV's taxonomies (shares printed), roles typed,
// legal bases of the EU records linked, transfers in DPV terms, SKOS names, retention events and scopes.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataFactory, Parser } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';
import { ONTOLOGY_DIR, SHARED_DPV_DIR } from '../../src/config/project-paths.ts';
import { dct, dpv, PREFIXES, prov, rdf, rdfs, ropa, skos, tech } from '../../src/vocab/namespaces.ts';
import { buildTestGraph, type TestGraph } from './build-test-graph.ts';
import { createGraphReader, type GraphReader } from './read-graph.ts';
import { skipWithoutShared } from '../support/shared-fixtures.ts';

const { namedNode } = DataFactory;
const DPV_FILES = ['dpv.ttl', 'pd.ttl', 'tech.ttl', 'eu-gdpr.ttl', 'loc.ttl'];
const HAS_DPV = DPV_FILES.every((file) => existsSync(join(SHARED_DPV_DIR, file)));

describe('semantic depth of the graph (issue 16)', () => {
  let graph: TestGraph;
  let read: GraphReader;
  const iri = (path: string): string => (/^[a-z-]+:/.test(path) && !path.startsWith('http') ? expand(path) : `${graph.base}${path}`);
  const expand = (curie: string): string => {
    const [prefix, local] = curie.split(':') as [keyof typeof PREFIXES, string];
    return `${PREFIXES[prefix]}${local}`;
  };
  const subjectsOf = (p: { value: string }) => [...new Set(graph.store.getSubjects(p.value, null, null).map((s) => s.value))];
  const objectsOf = (p: { value: string }) => [...new Set(graph.store.getObjects(null, p.value, null).filter((o) => o.termType === 'NamedNode').map((o) => o.value))];
  const treatments = () => subjectsOf(dpv.hasPurpose).filter((t) => read.values(t, rdf.type).includes(dpv.PersonalDataProcess.value));
  beforeAll(async () => {
    graph = await buildTestGraph();
    read = createGraphReader(graph);
  });

  describe('purposes and measures under DPV 2.3 concepts', () => {
    let below: (concept: string, root: string) => boolean;
    let isDpv: (concept: string) => boolean;
    beforeAll(() => {
      // DPV 2.3's own hierarchy, and ours for the ropa: concepts (each under the nearest DPV concept).
      const broader = new Map<string, string[]>();
      const dpvConcepts = new Set<string>();
      const files = [...(HAS_DPV ? DPV_FILES.map((f) => join(SHARED_DPV_DIR, f)) : []), join(ONTOLOGY_DIR, 'ropa.ttl')];
      for (const path of files) {
        for (const q of new Parser().parse(readFileSync(path, 'utf8'))) {
          if (path.startsWith(SHARED_DPV_DIR)) dpvConcepts.add(q.subject.value);
          if (q.predicate.value !== skos.broader.value && q.predicate.value !== rdfs.subClassOf.value) continue;
          broader.set(q.subject.value, [...(broader.get(q.subject.value) ?? []), q.object.value]);
        }
      }
      isDpv = (concept) => dpvConcepts.has(concept);
      below = (concept, root) => {
        const seen = new Set<string>();
        const walk = (c: string): boolean => {
          if (seen.has(c)) return false;
          seen.add(c);
          return (broader.get(c) ?? []).some((up) => up === root || walk(up));
        };
        // A DPV 2.3 concept, or one of ours placed under one.
        return (dpvConcepts.has(concept) || concept.startsWith(PREFIXES.ropa)) && walk(concept);
      };
    });
    // A node carries a concept by skos:broader (DPV's pattern for a specific purpose or measure), or by being typed
    // with a DPV concept (an accreditation is a dpv:SecurityAssessment); our generic classes (ropa:PurposeStatement) do not count.
    const share = (nodes: readonly string[], root: string): number => {
      const carried = nodes.filter((n) => [...read.values(n, skos.broader), ...read.values(n, rdf.type).filter(isDpv)].some((c) => below(c, root)));
      return carried.length / nodes.length;
    };

    it.skipIf(skipWithoutShared(HAS_DPV))('places ≥ 90 % of purposes under dpv:Purpose and ≥ 80 % of measures under dpv:TechnicalOrganisationalMeasure', () => {
      const purposes = objectsOf(dpv.hasPurpose);
      const measures = objectsOf(dpv.hasTechnicalOrganisationalMeasure);
      const purposeShare = share(purposes, dpv.Purpose.value);
      const measureShare = share(measures, dpv.TechnicalOrganisationalMeasure.value);
      console.info(`purposes under a DPV 2.3 purpose: ${(purposeShare * 100).toFixed(1)} % of ${purposes.length}; measures under a DPV 2.3 measure: ${(measureShare * 100).toFixed(1)} % of ${measures.length}`);
      expect(purposes.length).toBeGreaterThanOrEqual(160);
      expect(measures.length).toBeGreaterThanOrEqual(40);
      expect(purposeShare).toBeGreaterThanOrEqual(0.9);
      expect(measureShare).toBeGreaterThanOrEqual(0.8);
    });

    it('keeps the text of a classified purpose and says which field its words came from', () => {
      // 004:284 "Suivre le processus de recrutement" (4.2).
      const purpose = read.values(read.treatment('004', 16), dpv.hasPurpose).find((p) => read.values(p, dct.description).some((d) => /recrutement/.test(d)));
      expect(purpose).toBeDefined();
      expect(read.values(purpose!, skos.broader)).toEqual([iri('dpv:RecruitmentManagement')]);
      expect(read.values(purpose!, rdf.type)).toEqual([dpv.Purpose.value, ropa.PurposeStatement.value].sort());
      expect(read.values(purpose!, ropa.classifiedFrom)).toEqual([`${read.treatment('004', 16)}/field/purposes`]);
    });

    it('places a list item that names no concept by its treatment\'s title (FR-Alert "inscription" → registration)', () => {
      const items = read.values(read.treatment('004', 21), dpv.hasPurpose);
      const inscription = items.find((p) => read.values(p, dct.description).includes('inscription'));
      expect(read.values(inscription!, skos.broader)).toEqual([iri('dpv:ServiceRegistration')]);
    });
  });

  describe('roles and subjects typed as DPV 2.3 intends', () => {
    it.each([
      { property: dpv.hasDataController, role: dpv.DataController },
      { property: dpv.hasRecipient, role: dpv.Recipient },
      { property: dpv.hasDataProcessor, role: dpv.DataProcessor },
      { property: dpv.hasDataExporter, role: dpv.DataExporter },
      { property: dpv.hasDataImporter, role: dpv.DataImporter },
      { property: tech.hasProvider, role: tech.Provider },
      { property: dpv.hasDataSubject, role: dpv.DataSubject },
    ])('types every value of $property.value by its role', ({ property, role }) => {
      const values = objectsOf(property);
      expect(values.length).toBeGreaterThan(0);
      expect(values.filter((v) => !read.values(v, rdf.type).includes(role.value))).toEqual([]);
    });

    it('has no untyped data-subject concept, each of ours under a DPV human-subject category', () => {
      const subjects = subjectsOf(rdf.type).filter((s) => s.startsWith(`${graph.base}data-subject/`));
      expect(subjects.length).toBeGreaterThanOrEqual(36);
      for (const s of subjects) {
        expect(read.values(s, rdf.type), s).toContain(dpv.DataSubject.value);
        expect(read.values(s, skos.broader).length, s).toBeGreaterThan(0);
      }
      expect(read.values(iri('data-subject/employee'), skos.broader)).toEqual([iri('dpv:Employee')]);
      // No DPV category is used as a data subject itself: DPV 2.3 types them dpv:HumanSubject.
      expect(objectsOf(dpv.hasDataSubject).filter((v) => v.startsWith(PREFIXES.dpv))).toEqual([]);
    });
  });

  describe('legal bases of the EU records', () => {
    it.each([
      // 01a:43-47 "the Staff Regulations … the Conditions of Employment of Other Servants of the EU … the Decision of the EDPS of 4 November 2020"
      { prefix: 'eu-edps_record-01a', bases: ['legal-basis/edps-decision-2020-11-04', 'legal-basis/eu-ceos', 'legal-basis/eu-staff-regulations'] },
      // 03:37-40 "the Staff Regulations … the European Data Protection Supervisor Decision laying down the rules of the Secondment of National Experts"
      { prefix: 'eu-edps_record-03', bases: ['legal-basis/edps-decision-2018-05-14', 'legal-basis/eu-staff-regulations'] },
    ])('$prefix has dpv:hasLegalBasis: EU texts of ours, under the Union\'s jurisdiction', ({ prefix, bases }) => {
      const node = read.treatment(prefix, 1);
      expect(read.values(node, dpv.hasLegalBasis)).toEqual(bases.map(iri).sort());
      for (const basis of bases) {
        expect(read.values(iri(basis), rdf.type)).toContain(dpv.LegalBasis.value);
        expect(read.values(iri(basis), dpv.hasJurisdiction)).toEqual([`${PREFIXES.loc}EU`]);
      }
      const [statement] = read.values(node, ropa.legalBasisStatement);
      expect(read.values(statement!, skos.broader)).toEqual(bases.map(iri).sort());
    });

    it('gives an article of Regulation (EU) 2018/1725 its notation, jurisdiction and the matching GDPR article', () => {
      const article = iri('legal-basis/eudpr-50-1-b');
      expect(read.values(article, skos.notation)).toEqual(['Art. 50(1)(b)']);
      expect(read.values(article, skos.closeMatch)).toEqual([iri('eu-gdpr:A49-1-b')]);
      expect(read.values(article, rdf.type)).toContain(dpv.DataTransferLegalBasis.value);
    });

    it('links a French law a legal foundation cell names (004:432 "Loi n° 95-73 du 21 janvier 1995")', () => {
      expect(read.values(read.treatment('004', 27), dpv.hasLegalBasis)).toContain(iri('legal-basis/loi-95-73'));
      expect(read.values(iri('legal-basis/loi-95-73'), dpv.hasJurisdiction)).toEqual([`${PREFIXES.loc}FR`]);
    });
  });

  describe('transfers in DPV terms', () => {
    const microsoft365 = () =>
      treatments().filter((t) => read.values(t, dpv.isImplementedUsingTechnology).some((s) => s === iri('system/office365') || read.values(s, dct.isPartOf).includes(iri('system/office365'))));

    it('gives each Microsoft 365 treatment its third country, the United States, inferred from where Microsoft is established', () => {
      const m365 = microsoft365();
      expect(m365).toHaveLength(10);
      for (const t of m365) {
        expect(read.values(t, dpv.hasThirdCountry), t).toEqual([iri('loc:US')]);
        const [transfer, ...more] = read.values(t, dpv.hasProcess).filter((p) => read.values(p, rdf.type).includes(ropa.InferredTransfer.value));
        expect(more).toEqual([]);
        expect(read.values(transfer!, dpv.hasThirdCountry)).toEqual([iri('loc:US')]);
        expect(read.values(transfer!, dpv.hasDataImporter)).toEqual([iri('organisation/microsoft')]);
        expect(read.values(transfer!, prov.wasDerivedFrom)).toEqual([iri('organisation/microsoft')]);
        expect(read.values(transfer!, dpv.hasProcessing)).toEqual([iri('dpv:CrossBorderTransfer')]);
      }
      expect(read.values(iri('loc:US'), rdf.type)).toContain(dpv.ThirdCountry.value);
    });

    it('structures EDPS 57\'s stated transfer: outside the EEA, by AirPlus, on 2018/1725 art. 48(2)(d) and 50(1)(b)', () => {
      const node = read.treatment('eu-edps_record-57', 1);
      expect(read.values(node, dpv.hasThirdCountry)).toEqual([iri('country/non-eea')]);
      expect(read.values(iri('country/non-eea'), skos.broader)).toEqual([`${PREFIXES.loc}non-EEA`]);
      const [transfer] = read.values(node, dpv.hasProcess).filter((p) => read.values(p, rdf.type).includes(ropa.StatedTransfer.value));
      expect(read.values(transfer!, dpv.hasDataExporter)).toEqual([iri('organisation/airplus')]);
      expect(read.values(transfer!, dpv.hasLegalBasis)).toEqual([iri('legal-basis/eudpr-48-2-d'), iri('legal-basis/eudpr-50-1-b')]);
      expect(read.values(transfer!, prov.wasDerivedFrom)).toEqual([`${node}/field/transfers`]);
    });
  });

  describe('names in SKOS', () => {
    it('names RIO "RIO" (skos:prefLabel), says what it is (skos:definition), keeps its full label (rdfs:label)', () => {
      const rio = iri('system/rio');
      expect(read.objects(rio, skos.prefLabel).map((o) => `${o.value}@${o.termType === 'Literal' ? o.language : ''}`).sort()).toEqual(['RIO@en', 'RIO@fr']);
      expect(read.values(rio, skos.definition)).toEqual(["Référentiel des identités et de l'organisation du ministère de l'Intérieur"]);
      expect(read.values(rio, rdfs.label)).toEqual(["RIO, référentiel des identités et de l'organisation du ministère de l'Intérieur"]);
    });

    it('gives other names as skos:altLabel and misspellings as skos:hiddenLabel ("Hyde"), never ropa:alias', () => {
      expect(read.values(iri('system/hydre'), skos.altLabel)).toEqual(['Hydre']);
      expect(read.values(iri('system/hydre'), skos.hiddenLabel)).toEqual(['Hyde']);
      expect(read.values(iri('data-category/nir'), skos.altLabel)).toContain('NIR');
      expect(graph.store.getQuads(null, ropa.alias, null, null)).toEqual([]);
    });
  });

  describe('retention with its event and its scope', () => {
    it('anchors "3 ans après le départ de l\'agent" (004:79, HAXO) to its event', () => {
      const conditions = read.values(read.treatment('004', 3), dpv.hasStorageCondition);
      const condition = conditions.find((c) => read.values(c, dct.description).some((d) => d.startsWith('Rétention des comptes')));
      const [duration] = read.values(condition!, dpv.hasDuration);
      expect(read.values(duration!, rdf.value)).toEqual(['P3Y']);
      const [event] = read.values(duration!, ropa.countedFrom);
      expect(read.values(event!, rdf.type)).toEqual([ropa.RetentionEvent.value]);
      expect(read.values(event!, rdfs.label)).toEqual(["le départ de l'agent"]);
    });

    it('attaches EDPS 01a\'s retention of health data to the health data, until the end of the selection', () => {
      const node = read.treatment('eu-edps_record-01a', 1);
      const scopes = read.values(node, dpv.hasProcess).filter((p) => read.values(p, dpv.hasPersonalData).length > 0);
      const health = scopes.find((p) => read.values(p, dpv.hasPersonalData).includes(iri('pd:Health')));
      expect(health).toBeDefined();
      const [condition] = read.values(health!, dpv.hasStorageCondition);
      expect(read.values(condition!, dct.description).join(' ')).toMatch(/^health data, if communicated by the candidate/);
      const [duration] = read.values(condition!, dpv.hasDuration);
      expect(read.values(duration!, rdf.type)).toContain(dpv.UntilEventDuration.value);
      const [event] = read.values(duration!, ropa.lastsUntil);
      expect(read.values(event!, rdfs.label)).toEqual(['the end of the selection process']);
      // The other retention rules of the record concern the candidates' files as a whole: no scope of their own.
      expect(scopes).toEqual([health]);
      expect(graph.store.has(DataFactory.quad(namedNode(node), dpv.hasStorageCondition, namedNode(condition!)))).toBe(true);
    });
  });
});
