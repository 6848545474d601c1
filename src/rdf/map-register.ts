// Maps one typed register and its treatments to DPV quads: the public contract analysts query.
import { cutText } from '../text/cut-text.ts';
import { labelMintedNodes } from './label-minted-nodes.ts';
import { DataFactory, type NamedNode, type Quad, type Quad_Object } from 'n3';
import { dct, dpv, prov, rdf, rdfs, ropa, skos, time, xsd, euGdpr, expandCurie } from '../vocab/namespaces.ts';
import { countDurationMonths } from '../text/count-duration-months.ts';
import type { Language } from '../model/language.ts';
import type { Register, Treatment } from '../model/treatment.ts';
import type { Catalogues } from '../model/load-catalogues.ts';
import type { CatalogueKind } from '../model/catalogue.ts';
import type { CellLocation, SourceField } from '../model/source-field.ts';
import type { ParseWarning } from '../model/raw-register.ts';
import type { IriMinter } from './mint-iris.ts';
import { splitAssessmentMentions } from '../model/text/split-assessment-mentions.ts';
import { mapRegisterSemantics } from './map-semantics.ts';
import { type FormMapping, controllerPartyNode, mapFormItems, mapParty, mapTreatmentParties, ownRecipientNode, partyNodes } from './map-form-details.ts';
import { sourceFieldPath } from './source-field-path.ts';

const { quad, literal, namedNode } = DataFactory;

const int = (n: number) => literal(String(n), xsd.integer);

/** Our words in a register's literals (source record labels), in the register's language. */
const WORDING: Readonly<Record<Language, { line: string; lines: string; activity: string }>> = {
  fr: { line: 'ligne', lines: 'lignes', activity: 'Activité n°' },
  en: { line: 'line', lines: 'lines', activity: 'Activity no.' },
};

export function mapRegister(register: Register, catalogues: Catalogues, iris: IriMinter): Quad[] {
  return labelMintedNodes(mapRegisterSlice(register, catalogues, iris, register.treatments, true), iris.register(register.slug).value, register.language ?? 'fr');
}

/**
 * Part of mapRegister's quads, before labelMintedNodes: the register's own (when `withRegister`) and those of the
 * given treatments. The union over a register-level slice and one slice per treatment is mapRegister's set, so a
 * large register can be written one treatment at a time (pipeline/stream-register-turtle.ts).
 */
export function mapRegisterSlice(register: Register, catalogues: Catalogues, iris: IriMinter, treatments: Treatment[], withRegister: boolean): Quad[] {
  const quads: Quad[] = [];
  // Every text of the register (titles, purposes, verbatim fields, our labels) is tagged with its language.
  const language: Language = register.language ?? 'fr';
  const tagged = (text: string) => literal(text, language);
  const wording = WORDING[language];
  const add = (s: NamedNode, p: NamedNode, o: Quad_Object) => quads.push(quad(s, p, o));
  const entity = (kind: CatalogueKind, id: string): NamedNode => {
    const entry = catalogues.byId(kind, id);
    if (!entry) throw new Error(`unknown ${kind} "${id}" (not in ontology/catalogues)`);
    return iris.entity(kind, entry);
  };

  const reg = iris.register(register.slug);
  const regSource = iris.registerPart(register.slug, 'source');
  // The organisation block of a form (the CNIL model): the register's controller, representative and DPO.
  const registerParties = register.parties ?? [];
  const registerMapping = formMapping((...path) => iris.registerPart(register.slug, ...path));
  const registerPartyNodes = partyNodes(registerParties, registerMapping.part);
  // The first of each role stands for the register; a treatment without its own inherits it.
  const inherited = new Map(registerParties.map((party, i) => [party.role, registerPartyNodes[i]!] as const).reverse());
  if (withRegister) mapRegisterItself();
  for (const t of treatments) {
    const node = iris.treatment(register.slug, t.slug);
    add(reg, dct.hasPart, node);
    add(node, dct.isPartOf, reg);
    // A warning about a line of the treatment (a repaired word, a malformed date) keeps the original text at hand.
    register.warnings.forEach((w, i) => {
      if (concerns(w, t)) add(node, ropa.hasWarning, iris.registerPart(register.slug, 'warning', String(i + 1)));
    });
    mapTreatment(t, node, (...path) => iris.treatmentPart(register.slug, t.slug, ...path));
  }
  // What the cells say in DPV terms (roles, classified purposes and measures, legal bases, transfers, retention events).
  // The slice's treatments only; the register's owners are typed by every slice alike.
  mapRegisterSemantics({ ...register, treatments }, {
    add, entity, catalogues, language,
    treatment: (t) => iris.treatment(register.slug, t.slug),
    part: (t, ...path) => iris.treatmentPart(register.slug, t.slug, ...path),
    controllerParty: (t) => controllerPartyNode(t, inherited, (...path) => iris.treatmentPart(register.slug, t.slug, ...path)),
    ownRecipient: (t, name) => ownRecipientNode(t, name, (...path) => iris.treatmentPart(register.slug, t.slug, ...path)),
  });
  return quads;

  function mapRegisterItself(): void {
    add(reg, rdf.type, dpv.ROPA);
    add(reg, rdf.type, ropa.Register);
    add(reg, dct.title, tagged(register.title));
    add(reg, rdfs.label, tagged(register.title));
    add(reg, ropa.layout, literal(register.layout));
    add(reg, dct.language, literal(language, xsd.language));
    for (const owner of register.owners) add(reg, dpv.hasDataController, entity('organisation', owner));
    for (const policy of register.policies) add(reg, dpv.hasPolicy, entity('policy', policy));
    add(reg, prov.wasDerivedFrom, regSource);
    addSourceRecord(add, regSource, register.file, firstLine(register), lastLine(register), language, register.location);
    register.preamble.forEach((f, i) => {
      const node = iris.registerPart(register.slug, 'preamble', String(i + 1));
      add(reg, ropa.preamble, node);
      addSourceField(add, node, f, register.file, language);
    });
    registerParties.forEach((party, i) => mapParty(party, registerPartyNodes[i]!, registerMapping));
    if (inherited.has('controller')) add(reg, dpv.hasDataController, inherited.get('controller')!);
    if (inherited.has('dpo')) add(reg, dpv.hasDataProtectionOfficer, inherited.get('dpo')!);
    if (inherited.has('representative')) add(reg, dpv.hasRepresentative, inherited.get('representative')!);
    register.warnings.forEach((w, i) => {
      const node = iris.registerPart(register.slug, 'warning', String(i + 1));
      add(reg, ropa.hasWarning, node);
      add(node, rdf.type, ropa.Warning);
      add(node, ropa.warningMessage, tagged(w.message));
      add(node, ropa.sourceFile, literal(w.file));
      add(node, ropa.firstLine, int(w.line));
      if (w.location) addCellLocation(add, node, w.location);
    });
  }

  function formMapping(part: (...path: string[]) => NamedNode): FormMapping {
    return { add, tagged, entity, part, country: (alpha2) => entity('country', countryId(alpha2)) };
  }

  function mapTreatment(t: Treatment, node: NamedNode, part: (...path: string[]) => NamedNode): void {
    add(node, rdf.type, dpv.PersonalDataProcess);
    add(node, rdf.type, ropa.Treatment);
    add(node, dct.title, tagged(t.title));
    add(node, rdfs.label, tagged(t.title));
    add(node, ropa.ordinal, int(t.ordinal));
    if (t.number) add(node, ropa.registerNumber, literal(t.number));
    if (t.activity) {
      const act = iris.registerPart(register.slug, 'activity', t.activity.number);
      add(node, ropa.activity, act);
      add(act, rdf.type, ropa.Activity);
      add(act, rdfs.label, tagged(`${wording.activity} ${t.activity.number}${language === 'fr' ? ' :' : ':'} ${t.activity.title}`));
      add(act, dct.title, tagged(t.activity.title));
      add(act, dct.isPartOf, reg);
    }
    for (const id of t.controllers) add(node, dpv.hasDataController, entity('organisation', id));
    t.purposes.forEach((text, i) => {
      const p = part('purpose', String(i + 1));
      add(node, dpv.hasPurpose, p);
      add(p, rdf.type, dpv.Purpose);
      add(p, rdf.type, ropa.PurposeStatement);
      add(p, dct.description, tagged(text));
      add(p, rdfs.label, tagged(shorten(text)));
      // The register's order: a procedure listed step by step reads in that order, not alphabetically.
      add(p, ropa.ordinal, int(i + 1));
      // The CNIL fiche's sub-purposes are narrower than its main purpose.
      if (t.mainPurpose && i > 0) add(p, skos.broader, part('purpose', '1'));
    });
    for (const id of t.dataCategories) add(node, dpv.hasPersonalData, entity('data-category', id));
    for (const id of t.dataSubjects) add(node, dpv.hasDataSubject, entity('data-subject', id));
    for (const id of t.recipients) add(node, dpv.hasRecipient, entity('organisation', id));
    for (const id of t.processors) add(node, dpv.hasDataProcessor, entity('organisation', id));
    for (const id of t.systems) add(node, dpv.isImplementedUsingTechnology, entity('system', id));
    for (const id of t.policies) add(node, dpv.hasPolicy, entity('policy', id));
    for (const basis of t.legalBases) add(node, dpv.hasLegalBasis, basis.startsWith('eu-gdpr:') ? expandCurie(basis) : euGdpr.term(basis));
    // Regulation (EU) 2018/1725 has no DPV terms: its grounds stay sentences, with the articles they cite.
    t.legalBasisStatements?.forEach((statement, i) => {
      const b = part('legal-basis', String(i + 1));
      add(node, ropa.legalBasisStatement, b);
      add(b, rdf.type, ropa.LegalBasisStatement);
      add(b, rdf.type, statement.transfer ? dpv.DataTransferLegalBasis : dpv.LegalBasis);
      add(b, dct.description, tagged(statement.text));
      add(b, rdfs.label, tagged(shorten(statement.text)));
      for (const article of statement.articles) add(b, ropa.articleReference, literal(`Article ${article} of Regulation (EU) 2018/1725`));
    });

    t.retention.forEach((r, i) => {
      const cond = part('retention', String(i + 1));
      const duration = part('retention', String(i + 1), 'duration');
      add(node, dpv.hasStorageCondition, cond);
      add(cond, rdf.type, dpv.StorageDuration);
      add(cond, rdf.type, ropa.RetentionStatement);
      add(cond, dct.description, tagged(r.text));
      add(cond, rdfs.label, tagged(shorten(r.text)));
      add(cond, dpv.hasDuration, duration);
      add(duration, rdf.type, DURATION_CLASS[r.kind]);
      add(duration, dct.description, tagged(r.text));
      if (r.duration) {
        add(duration, rdf.value, literal(r.duration, xsd.duration));
        // Also a number of months (OWL-Time): SPARQL does not require xsd:duration comparison, and stores differ
        // (Virtuoso 7 gives "P3Y" back as "36" and "P30D" as "2592000"); queries compare this number instead.
        const months = countDurationMonths(r.duration);
        if (months !== undefined) {
          add(duration, rdf.type, time.Duration);
          add(duration, time.numericDuration, literal(months, xsd.decimal));
          add(duration, time.unitType, time.unitMonth);
        }
      }
    });

    if (t.transfer.stated !== 'not-stated') {
      const ts = part('transfer');
      add(node, ropa.transferStatement, ts);
      add(ts, rdf.type, ropa.TransferStatement);
      if (t.transfer.stated === 'none') add(ts, rdf.type, ropa.NoTransfer);
      add(ts, ropa.transferStated, literal(t.transfer.stated));
      if (t.transfer.text) add(ts, dct.description, tagged(t.transfer.text));
    }
    for (const country of t.transfer.countries) add(node, dpv.hasThirdCountry, entity('country', countryId(country)));

    // A field's reading, when its layout gave one, is what it says (our export's policies are no measure).
    const securityText = t.fields.filter((f) => f.key === 'securityMeasures').map((f) => f.reading ?? f.text).find((text) => text !== '');
    if (securityText !== undefined && !t.securityMeasures) {
      const m = part('security');
      add(node, dpv.hasTechnicalOrganisationalMeasure, m);
      add(m, rdf.type, dpv.TechnicalOrganisationalMeasure);
      add(m, dct.description, tagged(securityText));
    }
    if (t.dpia.mentioned) {
      // A security accreditation ("La solution sera homologuée DR") is no data protection impact assessment.
      const { impact, accreditation } = splitAssessmentMentions(t.dpia.text ?? '');
      if (impact.length > 0 || accreditation.length === 0) {
        const d = part('dpia');
        add(node, dpv.hasImpactAssessment, d);
        add(d, rdf.type, dpv.DPIA);
        const described = impact.length > 0 ? impact.join(' ') : t.dpia.text;
        if (described) add(d, dct.description, tagged(described));
      }
      if (accreditation.length > 0) {
        const a = part('accreditation');
        add(node, dpv.hasTechnicalOrganisationalMeasure, a);
        add(a, rdf.type, dpv.term('SecurityAssessment'));
        add(a, dct.description, tagged(accreditation.join(' ')));
      }
    }
    if (t.dpo) {
      const d = part('dpo');
      add(node, dpv.hasDataProtectionOfficer, d);
      add(d, rdf.type, dpv.DataProtectionOfficer);
      add(d, rdfs.label, tagged(t.dpo.text));
      add(d, dct.description, tagged(t.dpo.text));
      for (const contact of t.dpo.contacts) add(d, dpv.hasContact, literal(contact));
    }
    const forms = formMapping(part);
    mapTreatmentParties(t, node, inherited, forms);
    mapFormItems(t, node, forms);
    if (t.jointControllers && t.jointControllers.length > 0) {
      // The group of joint controllers: those of the controller item and those of the joint-controller item.
      const j = part('joint-controllers');
      add(node, dpv.hasJointDataControllers, j);
      add(j, rdf.type, dpv.JointDataControllers);
      for (const id of [...new Set([...t.controllers, ...t.jointControllers])]) add(j, dpv.hasEntity, entity('organisation', id));
      for (const id of t.jointControllers) if (!t.controllers.includes(id)) add(node, dpv.hasDataController, entity('organisation', id));
    }
    if (t.privacyNotice) {
      const n = part('privacy-notice');
      add(node, dpv.hasNotice, n);
      add(n, rdf.type, dpv.PrivacyNotice);
      add(n, dct.description, tagged(t.privacyNotice.text));
      for (const url of t.privacyNotice.urls) add(n, rdfs.seeAlso, namedNode(url));
    }
    if (t.lastUpdate?.date) add(node, dct.modified, literal(t.lastUpdate.date, xsd.date));
    if (t.lastUpdate) add(node, ropa.lastUpdateText, literal(t.lastUpdate.text));
    const legalText = t.fields.find((f) => f.key === 'legalBasisGdpr');
    if (legalText) add(node, ropa.legalBasisText, tagged(legalText.text));

    const source = part('source');
    add(node, prov.wasDerivedFrom, source);
    addSourceRecord(add, source, register.file, t.lines.first, t.lines.last, language, t.location);
    add(source, dct.isPartOf, regSource);
    for (const f of t.fields) {
      const fieldNode = part(...sourceFieldPath(f));
      add(node, ropa.hasSourceField, fieldNode);
      addSourceField(add, fieldNode, f, register.file, language);
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

function addSourceRecord(add: Add, node: NamedNode, file: string, first: number, last: number, language: Language, location?: CellLocation): void {
  const { line, lines } = WORDING[language];
  add(node, rdf.type, ropa.SourceRecord);
  add(node, rdf.type, prov.Entity);
  add(node, ropa.sourceFile, literal(file));
  add(node, ropa.firstLine, int(first));
  add(node, ropa.lastLine, int(last));
  if (location) addCellLocation(add, node, location);
  // A spreadsheet's record is named as its cells are cited: "registre.ods › 4_-_Exemple_de_fiche!A1:J39".
  const label = location ? `${file} › ${location.sheet}!${location.cell}` : first === last ? `${file}, ${line} ${first}` : `${file}, ${lines} ${first}–${last}`;
  add(node, rdfs.label, literal(label, language));
}

function addSourceField(add: Add, node: NamedNode, f: SourceField, file: string, language: Language): void {
  add(node, rdf.type, ropa.SourceField);
  add(node, ropa.fieldKey, literal(f.key));
  add(node, ropa.fieldLabel, literal(f.label, language));
  add(node, ropa.verbatim, literal(f.text, language));
  add(node, ropa.sourceFile, literal(file));
  add(node, ropa.firstLine, int(f.lines.first));
  add(node, ropa.lastLine, int(f.lines.last));
  if (f.location) addCellLocation(add, node, f.location);
  add(node, rdfs.label, literal(f.label, language));
}

function addCellLocation(add: Add, node: NamedNode, location: CellLocation): void {
  add(node, ropa.sourceSheet, literal(location.sheet));
  add(node, ropa.sourceCell, literal(location.cell));
}

/** A warning belongs to the treatment whose lines it falls in; a spreadsheet's, to the one read from its cell's row. */
function concerns(w: ParseWarning, t: Treatment): boolean {
  const inLines = w.line >= t.lines.first && w.line <= t.lines.last;
  if (!w.location) return inLines && !t.location;
  const sheet = w.location.sheet;
  return (inLines && t.location?.sheet === sheet) || t.fields.some((f) => f.location?.sheet === sheet && w.line >= f.lines.first && w.line <= f.lines.last);
}

/** A label of at most 120 characters. */
function shorten(text: string): string {
  return text.length > 120 ? cutText(text, 118) : text;
}

/** A workbook's register spans the rows of its main sheet; a text register, the lines of its parts. */
function firstLine(r: Register): number {
  if (r.location) return rowsOf(r.location).first;
  // A loop, not Math.min(...): 130 000 treatments (a 100 MB register) are more arguments than the stack holds.
  let first = Infinity;
  for (const part of [...r.preamble, ...r.treatments]) first = Math.min(first, part.lines.first);
  return first;
}
function lastLine(r: Register): number {
  if (r.location) return rowsOf(r.location).last;
  let last = -Infinity;
  for (const part of [...r.preamble, ...r.treatments]) last = Math.max(last, part.lines.last);
  return last;
}

function rowsOf(location: CellLocation): { first: number; last: number } {
  const rows = location.cell.split(':').map((a) => Number(a.replace(/^[A-Z]+/, '')));
  return { first: rows[0]!, last: rows[1] ?? rows[0]! };
}
