// Maps what a register's cells say in DPV terms: roles typed, purposes and measures under DPV concepts, legal bases
// linked, transfers structured, retention anchored to its event and scoped to its data (docs/semantics.md).
import { DataFactory, type NamedNode, type Quad_Object } from 'n3';
import { dct, dpv, expandCurie, prov, rdf, rdfs, ropa, skos } from '../vocab/namespaces.ts';
import type { CatalogueKind } from '../model/catalogue.ts';
import type { Catalogues } from '../model/load-catalogues.ts';
import type { Language } from '../model/language.ts';
import type { FieldKey } from '../model/source-field.ts';
import type { Register, RetentionEvent, Transfer, Treatment } from '../model/treatment.ts';
import { sourceFieldPath } from './source-field-path.ts';

const { literal, namedNode } = DataFactory;

export interface SemanticsContext {
  readonly add: (s: NamedNode, p: NamedNode, o: Quad_Object) => void;
  readonly entity: (kind: CatalogueKind, id: string) => NamedNode;
  readonly treatment: (t: Treatment) => NamedNode;
  /** A node owned by a treatment: {treatment}/{...path}, as mapRegister mints them. */
  readonly part: (t: Treatment, ...path: string[]) => NamedNode;
  readonly catalogues: Catalogues;
  readonly language: Language;
  /** The party node that controls the treatment (a form's "Acteurs"), when no catalogue organisation does. */
  readonly controllerParty: (t: Treatment) => NamedNode | undefined;
  /** The treatment's own node of a recipient the catalogues do not know, by name (a form's recipient rows). */
  readonly ownRecipient: (t: Treatment, name: string) => NamedNode | undefined;
}

/** How a retention period relates to its event (see RetentionEvent.relation). */
const EVENT_RELATION: Record<RetentionEvent['relation'], NamedNode> = {
  after: ropa.countedFrom,
  until: ropa.lastsUntil,
  while: ropa.lastsWhile,
};

const TRANSFER_WORDING: Record<Language, string> = { fr: 'Transfert hors UE :', en: 'Transfer outside the EU:' };

export function mapRegisterSemantics(register: Register, ctx: SemanticsContext): void {
  const { add, entity } = ctx;
  // A value of dpv:hasDataController is a dpv:DataController (and so on): the role each organisation plays here.
  for (const id of register.owners) add(entity('organisation', id), rdf.type, dpv.DataController);
  for (const t of register.treatments) mapTreatmentSemantics(t, ctx);
}

function mapTreatmentSemantics(t: Treatment, ctx: SemanticsContext): void {
  const { add, entity, part, language } = ctx;
  const node = ctx.treatment(t);
  const tagged = (text: string) => literal(text, language);
  // A spreadsheet has one field per cell of a key: the cell holding the text, else the first, stands for the item.
  const field = (key: FieldKey, text?: string): NamedNode | undefined => {
    const fields = t.fields.filter((f) => f.key === key);
    const found = fields.find((f) => text !== undefined && (f.reading ?? f.text).trim() === text) ?? fields[0];
    return found ? part(t, ...sourceFieldPath(found)) : undefined;
  };

  for (const id of [...t.controllers, ...(t.jointControllers ?? [])]) add(entity('organisation', id), rdf.type, dpv.DataController);
  for (const id of t.recipients) add(entity('organisation', id), rdf.type, dpv.Recipient);
  for (const id of t.processors) add(entity('organisation', id), rdf.type, dpv.DataProcessor);

  // DPV's pattern for a specific purpose: a dpv:Purpose of ours, skos:broader the DPV concept (dex:E0040).
  t.purposeConcepts?.forEach((classified, i) => {
    if (classified.concepts.length === 0) return;
    const purpose = part(t, 'purpose', String(i + 1));
    for (const concept of classified.concepts) add(purpose, skos.broader, expandCurie(concept));
    const source = classified.from === 'title' ? field('title') : field('purposes', t.purposes[i]);
    if (source) add(purpose, ropa.classifiedFrom, source);
  });
  if (t.measureConcepts && t.measureConcepts.length > 0) {
    const measure = part(t, 'security');
    for (const concept of t.measureConcepts) add(measure, skos.broader, expandCurie(concept));
    const source = field('securityMeasures');
    if (source) add(measure, ropa.classifiedFrom, source);
  }

  for (const id of t.legalBasisEntries ?? []) add(node, dpv.hasLegalBasis, entity('legal-basis', id));
  t.legalBasisStatements?.forEach((statement, i) => {
    const stated = part(t, 'legal-basis', String(i + 1));
    for (const id of statement.bases ?? []) add(stated, skos.broader, entity('legal-basis', id));
    // A basis of the processing no catalogue entry names is still the treatment's legal basis.
    if (!statement.transfer && (statement.bases ?? []).length === 0) add(node, dpv.hasLegalBasis, stated);
  });

  const seen = new Map<string, number>();
  for (const transfer of t.transfers ?? []) {
    // One process per transfer: {treatment}/transfer/{country}, and -2, -3… for further transfers to that country.
    const n = (seen.get(transfer.country) ?? 0) + 1;
    seen.set(transfer.country, n);
    mapTransfer(t, node, transfer, n === 1 ? transfer.country : `${transfer.country}-${n}`, ctx, field('transfers'));
  }

  t.retention.forEach((r, i) => {
    const rank = String(i + 1);
    if (r.event) {
      const event = part(t, 'retention', rank, 'event');
      add(part(t, 'retention', rank, 'duration'), EVENT_RELATION[r.event.relation], event);
      add(event, rdf.type, ropa.RetentionEvent);
      add(event, rdfs.label, tagged(r.event.text));
    }
    // The rows of a form this retention belongs to (the CNIL fiche: a data category, its description, its retention).
    const rows = (t.personalData ?? []).filter((row) => row.retention.includes(i));
    if ((r.dataCategories && r.dataCategories.length > 0) || rows.length > 0) {
      // DPV's pattern for what applies to some data only: a process of the treatment with those data (dex:E0041).
      const scope = part(t, 'retention', rank, 'scope');
      add(node, dpv.hasProcess, scope);
      add(scope, rdf.type, dpv.Process);
      for (const id of r.dataCategories ?? []) add(scope, dpv.hasPersonalData, entity('data-category', id));
      add(scope, dpv.hasStorageCondition, part(t, 'retention', rank));
      for (const row of rows) {
        add(scope, dct.title, tagged(row.label));
        add(scope, rdfs.label, tagged(row.description ? `${row.label} : ${row.description}` : row.label));
        if (row.description) add(scope, dct.description, tagged(row.description));
      }
    }
  });
}

function mapTransfer(t: Treatment, node: NamedNode, transfer: Transfer, segment: string, ctx: SemanticsContext, statedIn: NamedNode | undefined): void {
  const { add, entity, part, catalogues, language } = ctx;
  const at = (...path: string[]) => part(t, 'transfer', segment, ...path);
  const process = at();
  const tagged = (text: string) => literal(text, language);
  const country = entity('country', transfer.country);
  const entry = catalogues.byId('country', transfer.country);
  add(node, dpv.hasThirdCountry, country);
  add(node, dpv.hasProcess, process);
  add(process, rdf.type, dpv.Process);
  add(process, rdf.type, transfer.evidence === 'stated' ? ropa.StatedTransfer : ropa.InferredTransfer);
  add(process, rdfs.label, tagged(`${TRANSFER_WORDING[language]} ${(language === 'en' ? entry?.labelEn : undefined) ?? entry?.label ?? transfer.country}`));
  add(process, dpv.hasProcessing, dpv.CrossBorderTransfer);
  add(process, dpv.hasThirdCountry, country);
  // DPV's roles of a transfer: who sends the data (dpv:DataExporter), who receives them there (dpv:DataImporter).
  const exporters = transfer.exporters.map((id) => entity('organisation', id));
  const party = exporters.length === 0 ? ctx.controllerParty(t) : undefined;
  for (const exporter of party ? [party] : exporters) {
    add(process, dpv.hasDataExporter, exporter);
    add(exporter, rdf.type, dpv.DataExporter);
  }
  for (const id of transfer.recipients) {
    const importer = entity('organisation', id);
    add(process, dpv.hasDataImporter, importer);
    add(importer, rdf.type, dpv.DataImporter);
    // Inferred: the catalogue's word on where the recipient is established is the evidence.
    if (transfer.evidence === 'inferred') add(process, prov.wasDerivedFrom, importer);
  }
  // A recipient the catalogues do not know: the treatment's own recipient of that name, else a node of the transfer.
  transfer.recipientNames?.forEach((name, i) => {
    let importer = ctx.ownRecipient(t, name);
    if (!importer) {
      importer = at('recipient', String(i + 1));
      add(importer, rdf.type, dpv.Recipient);
      add(importer, rdfs.label, tagged(name));
    }
    add(process, dpv.hasDataImporter, importer);
    add(importer, rdf.type, dpv.DataImporter);
  });
  for (const id of transfer.safeguards) add(process, dpv.hasLegalBasis, entity('legal-basis', id));
  if (transfer.safeguardText || transfer.safeguardTerms || transfer.documentation) {
    // The safeguard as a measure of the transfer: its DPV concept, the register's words, the document it rests on.
    const safeguard = at('safeguard');
    add(process, dpv.hasTechnicalOrganisationalMeasure, safeguard);
    add(safeguard, rdf.type, dpv.SafeguardForDataTransfer);
    for (const term of transfer.safeguardTerms ?? []) add(safeguard, skos.broader, expandCurie(term));
    if (transfer.safeguardText) add(safeguard, rdfs.label, tagged(transfer.safeguardText));
    const documentation = transfer.documentation;
    if (documentation && /^https?:\/\/\S+$/.test(documentation)) add(safeguard, rdfs.seeAlso, namedNode(documentation));
    else if (documentation) add(safeguard, dct.bibliographicCitation, tagged(documentation));
  }
  if (transfer.evidence === 'stated' && statedIn) add(process, prov.wasDerivedFrom, statedIn);
}
