// Maps one typed register and its treatments to DPV quads: the public contract analysts query.
import { DataFactory, type NamedNode, type Quad, type Quad_Object } from 'n3';
import { dct, dpv, prov, rdf, rdfs, ropa, xsd, euGdpr, expandCurie } from '../vocab/namespaces.ts';
import type { Register, Treatment } from '../model/treatment.ts';
import type { Catalogues } from '../model/load-catalogues.ts';
import type { CatalogueKind } from '../model/catalogue.ts';
import type { SourceField } from '../model/source-field.ts';
import type { IriMinter } from './mint-iris.ts';
import { splitAssessmentMentions } from '../model/text/split-assessment-mentions.ts';

const { quad, literal } = DataFactory;

const fr = (text: string) => literal(text, 'fr');
const int = (n: number) => literal(String(n), xsd.integer);

export function mapRegister(register: Register, catalogues: Catalogues, iris: IriMinter): Quad[] {
  const quads: Quad[] = [];
  const add = (s: NamedNode, p: NamedNode, o: Quad_Object) => quads.push(quad(s, p, o));
  const entity = (kind: CatalogueKind, id: string): NamedNode => {
    const entry = catalogues.byId(kind, id);
    if (!entry) throw new Error(`unknown ${kind} "${id}" (not in ontology/catalogues)`);
    return iris.entity(kind, entry);
  };

  const reg = iris.register(register.slug);
  add(reg, rdf.type, dpv.ROPA);
  add(reg, rdf.type, ropa.Register);
  add(reg, dct.title, fr(register.title));
  add(reg, rdfs.label, fr(register.title));
  add(reg, ropa.layout, literal(register.layout));
  for (const owner of register.owners) add(reg, dpv.hasDataController, entity('organisation', owner));
  for (const policy of register.policies) add(reg, dpv.hasPolicy, entity('policy', policy));
  const regSource = iris.registerPart(register.slug, 'source');
  add(reg, prov.wasDerivedFrom, regSource);
  addSourceRecord(add, regSource, register.file, firstLine(register), lastLine(register));
  register.preamble.forEach((f, i) => {
    const node = iris.registerPart(register.slug, 'preamble', String(i + 1));
    add(reg, ropa.preamble, node);
    addSourceField(add, node, f, register.file);
  });
  register.warnings.forEach((w, i) => {
    const node = iris.registerPart(register.slug, 'warning', String(i + 1));
    add(reg, ropa.hasWarning, node);
    add(node, rdf.type, ropa.Warning);
    add(node, ropa.warningMessage, fr(w.message));
    add(node, ropa.sourceFile, literal(w.file));
    add(node, ropa.firstLine, int(w.line));
  });

  for (const t of register.treatments) {
    const node = iris.treatment(register.slug, t.slug);
    add(reg, dct.hasPart, node);
    add(node, dct.isPartOf, reg);
    // A warning about a line of the treatment (a repaired word, a malformed date) keeps the original text at hand.
    register.warnings.forEach((w, i) => {
      if (w.line >= t.lines.first && w.line <= t.lines.last) add(node, ropa.hasWarning, iris.registerPart(register.slug, 'warning', String(i + 1)));
    });
    mapTreatment(t, node, (...path) => iris.treatmentPart(register.slug, t.slug, ...path));
  }
  return quads;

  function mapTreatment(t: Treatment, node: NamedNode, part: (...path: string[]) => NamedNode): void {
    add(node, rdf.type, dpv.PersonalDataProcess);
    add(node, rdf.type, ropa.Treatment);
    add(node, dct.title, fr(t.title));
    add(node, rdfs.label, fr(t.title));
    add(node, ropa.ordinal, int(t.ordinal));
    if (t.number) add(node, ropa.registerNumber, literal(t.number));
    if (t.activity) {
      const act = iris.registerPart(register.slug, 'activity', t.activity.number);
      add(node, ropa.activity, act);
      add(act, rdf.type, ropa.Activity);
      add(act, rdfs.label, fr(`Activité n° ${t.activity.number} : ${t.activity.title}`));
      add(act, dct.title, fr(t.activity.title));
      add(act, dct.isPartOf, reg);
    }
    for (const id of t.controllers) add(node, dpv.hasDataController, entity('organisation', id));
    t.purposes.forEach((text, i) => {
      const p = part('purpose', String(i + 1));
      add(node, dpv.hasPurpose, p);
      add(p, rdf.type, dpv.Purpose);
      add(p, rdf.type, ropa.PurposeStatement);
      add(p, dct.description, fr(text));
      add(p, rdfs.label, fr(text.length > 120 ? `${text.slice(0, 117)}…` : text));
    });
    for (const id of t.dataCategories) add(node, dpv.hasPersonalData, entity('data-category', id));
    for (const id of t.dataSubjects) add(node, dpv.hasDataSubject, entity('data-subject', id));
    for (const id of t.recipients) add(node, dpv.hasRecipient, entity('organisation', id));
    for (const id of t.processors) add(node, dpv.hasDataProcessor, entity('organisation', id));
    for (const id of t.systems) add(node, dpv.isImplementedUsingTechnology, entity('system', id));
    for (const id of t.policies) add(node, dpv.hasPolicy, entity('policy', id));
    for (const basis of t.legalBases) add(node, dpv.hasLegalBasis, basis.startsWith('eu-gdpr:') ? expandCurie(basis) : euGdpr.term(basis));

    t.retention.forEach((r, i) => {
      const cond = part('retention', String(i + 1));
      const duration = part('retention', String(i + 1), 'duration');
      add(node, dpv.hasStorageCondition, cond);
      add(cond, rdf.type, dpv.StorageDuration);
      add(cond, rdf.type, ropa.RetentionStatement);
      add(cond, dct.description, fr(r.text));
      add(cond, rdfs.label, fr(r.text.length > 120 ? `${r.text.slice(0, 117)}…` : r.text));
      add(cond, dpv.hasDuration, duration);
      add(duration, rdf.type, DURATION_CLASS[r.kind]);
      add(duration, dct.description, fr(r.text));
      if (r.duration) add(duration, rdf.value, literal(r.duration, xsd.duration));
    });

    if (t.transfer.stated !== 'not-stated') {
      const ts = part('transfer');
      add(node, ropa.transferStatement, ts);
      add(ts, rdf.type, ropa.TransferStatement);
      if (t.transfer.stated === 'none') add(ts, rdf.type, ropa.NoTransfer);
      add(ts, ropa.transferStated, literal(t.transfer.stated));
      if (t.transfer.text) add(ts, dct.description, fr(t.transfer.text));
    }
    for (const country of t.transfer.countries) add(node, dpv.hasThirdCountry, entity('country', countryId(country)));

    const security = t.fields.find((f) => f.key === 'securityMeasures');
    if (security) {
      const m = part('security');
      add(node, dpv.hasTechnicalOrganisationalMeasure, m);
      add(m, rdf.type, dpv.TechnicalOrganisationalMeasure);
      add(m, dct.description, fr(security.text));
    }
    if (t.dpia.mentioned) {
      // A security accreditation ("La solution sera homologuée DR") is no data protection impact assessment.
      const { impact, accreditation } = splitAssessmentMentions(t.dpia.text ?? '');
      if (impact.length > 0 || accreditation.length === 0) {
        const d = part('dpia');
        add(node, dpv.hasImpactAssessment, d);
        add(d, rdf.type, dpv.DPIA);
        const described = impact.length > 0 ? impact.join(' ') : t.dpia.text;
        if (described) add(d, dct.description, fr(described));
      }
      if (accreditation.length > 0) {
        const a = part('accreditation');
        add(node, dpv.hasTechnicalOrganisationalMeasure, a);
        add(a, rdf.type, dpv.term('SecurityAssessment'));
        add(a, dct.description, fr(accreditation.join(' ')));
      }
    }
    if (t.lastUpdate?.date) add(node, dct.modified, literal(t.lastUpdate.date, xsd.date));
    if (t.lastUpdate) add(node, ropa.lastUpdateText, literal(t.lastUpdate.text));
    const legalText = t.fields.find((f) => f.key === 'legalBasisGdpr');
    if (legalText) add(node, ropa.legalBasisText, fr(legalText.text));

    const source = part('source');
    add(node, prov.wasDerivedFrom, source);
    addSourceRecord(add, source, register.file, t.lines.first, t.lines.last);
    add(source, dct.isPartOf, regSource);
    for (const f of t.fields) {
      const fieldNode = part('field', f.key);
      add(node, ropa.hasSourceField, fieldNode);
      addSourceField(add, fieldNode, f, register.file);
    }
  }

  function countryId(alpha2: string): string {
    const entry = catalogues.country.find((c) => c.dpvTerm === `loc:${alpha2}` || c.id === alpha2.toLowerCase());
    if (!entry) throw new Error(`country ${alpha2} is not in ontology/catalogues/countries.json`);
    return entry.id;
  }
}

const DURATION_CLASS: Record<Treatment['retention'][number]['kind'], NamedNode> = {
  duration: dpv.TemporalDuration,
  'until-event': dpv.UntilEventDuration,
  unlimited: dpv.EndlessDuration,
  unspecified: dpv.IndeterminateDuration,
};

type Add = (s: NamedNode, p: NamedNode, o: Quad_Object) => void;

function addSourceRecord(add: Add, node: NamedNode, file: string, first: number, last: number): void {
  add(node, rdf.type, ropa.SourceRecord);
  add(node, rdf.type, prov.Entity);
  add(node, ropa.sourceFile, literal(file));
  add(node, ropa.firstLine, int(first));
  add(node, ropa.lastLine, int(last));
  add(node, rdfs.label, literal(first === last ? `${file}, ligne ${first}` : `${file}, lignes ${first}–${last}`, 'fr'));
}

function addSourceField(add: Add, node: NamedNode, f: SourceField, file: string): void {
  add(node, rdf.type, ropa.SourceField);
  add(node, ropa.fieldKey, literal(f.key));
  add(node, ropa.fieldLabel, fr(f.label));
  add(node, ropa.verbatim, fr(f.text));
  add(node, ropa.sourceFile, literal(file));
  add(node, ropa.firstLine, int(f.lines.first));
  add(node, ropa.lastLine, int(f.lines.last));
  add(node, rdfs.label, fr(f.label));
}

function firstLine(r: Register): number {
  return Math.min(...r.preamble.map((f) => f.lines.first), ...r.treatments.map((t) => t.lines.first));
}
function lastLine(r: Register): number {
  return Math.max(...r.preamble.map((f) => f.lines.last), ...r.treatments.map((t) => t.lines.last));
}
