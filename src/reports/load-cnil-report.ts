// Reads the CNIL-style register from the graph (never from the text files): a few SELECTs per register, bound with `bindings`.
import { DataFactory } from 'n3';
import type { SparqlService } from '../sparql/sparql-service.ts';
import { loadLabelIndex, type LabelIndex } from '../linked-data/load-label-index.ts';
import { dpv, PREFIXES } from '../vocab/namespaces.ts';
import { ASSESSMENT_NOTE, CONCEPT_SEPARATOR, DURATION_KIND_NOTES, INFERRED_TRANSFER_NOTE, MEASURE_TYPE_PREFIX, POLICY_PREFIX, THIRD_COUNTRY_PREFIX } from '../model/export-conventions.ts';
import type { ColumnKey } from './cnil-columns.ts';
import { normaliseCitations, type Citation } from './citation.ts';
import type { CellValue, RegisterReport, ReportCell, SourceFieldView, TreatmentReport } from './cnil-report.ts';
import { fieldsHoldingText, fieldsNaming } from './locate-sources.ts';
import { citationOf, groupBy, groupFields, push, type Row } from './group-source-fields.ts';
import { buildPartyCells } from './build-party-cells.ts';
import { buildSensitiveCell } from './build-sensitive-cell.ts';
import { buildDateCell } from './build-date-cell.ts';
import { loadSensitiveIndex } from './load-sensitive-index.ts';
import { verbatimCell } from './verbatim-cell.ts';
import { transferText } from './transfer-text.ts';
import {
  CONCEPTS_QUERY,
  INFERRED_TRANSFERS_QUERY,
  FIELDS_QUERY,
  LINKS_QUERY,
  PREAMBLE_QUERY,
  REGISTERS_QUERY,
  STATEMENTS_QUERY,
  ENTITY_NAMES_QUERY,
  PARTIES_QUERY,
  TREATMENT_REGISTER_QUERY,
  TREATMENTS_QUERY,
} from './report-queries.ts';

const { namedNode } = DataFactory;

/** A register of the graph, before its treatments are read. */
export interface RegisterEntry {
  readonly iri: string;
  readonly slug: string;
  readonly title: string;
  /** The language of the register's text ("fr", "en"), which building an export back gives its literals. */
  readonly language?: string;
  readonly source?: Citation;
}

/** Which verbatim fields feed each column; the first ones present are cited. */
const COLUMN_FIELDS: Record<ColumnKey, readonly string[]> = {
  title: ['title'],
  controllers: ['controllers', 'jointControllers'],
  controllerContact: [],
  dpo: ['dpo'],
  purposes: ['purposes'],
  dataSubjects: ['dataSubjects', 'dataSubjectsAndCategories'],
  dataCategories: ['dataCategories', 'dataSubjectsAndCategories'],
  sensitiveData: ['sensitiveData'],
  recipients: ['recipients'],
  processors: ['processors'],
  systems: [],
  transfers: ['transfers'],
  retention: ['retention'],
  legalBasis: ['legalBasisGdpr', 'legalBasisPoliceJustice', 'legalBasisStateSecurity', 'legalFoundation'],
  security: ['securityMeasures'],
  dpia: ['dpia'],
  created: ['creationDate'],
  lastUpdate: ['lastUpdate'],
  register: [],
};

const LINK_COLUMNS: Record<string, ColumnKey> = {
  [dpv.hasDataController.value]: 'controllers',
  [dpv.hasPersonalData.value]: 'dataCategories',
  [dpv.hasDataSubject.value]: 'dataSubjects',
  [dpv.hasRecipient.value]: 'recipients',
  [dpv.hasDataProcessor.value]: 'processors',
  [dpv.isImplementedUsingTechnology.value]: 'systems',
  [dpv.hasLegalBasis.value]: 'legalBasis',
  [dpv.hasThirdCountry.value]: 'transfers',
  [dpv.hasPolicy.value]: 'security',
};

/** What a duration of each DPV kind is called in the exports when it has no ISO value. */
const DURATION_KINDS: Record<string, string> = {
  [dpv.UntilEventDuration.value]: DURATION_KIND_NOTES['until-event'],
  [dpv.EndlessDuration.value]: DURATION_KIND_NOTES.unlimited,
  [dpv.IndeterminateDuration.value]: DURATION_KIND_NOTES.unspecified,
};

// The graph is read-only: each register is read once per engine; a failure is forgotten so that the next call retries.
const registerCache = new WeakMap<SparqlService, Map<string, Promise<RegisterReport>>>();
const listCache = new WeakMap<SparqlService, Promise<RegisterEntry[]>>();

/** Every register of the graph, by slug. */
export function listReportRegisters(sparql: SparqlService): Promise<RegisterEntry[]> {
  let pending = listCache.get(sparql);
  if (!pending) {
    pending = readRegisters(sparql);
    listCache.set(sparql, pending);
    pending.catch(() => listCache.delete(sparql));
  }
  return pending;
}

/** The register whose slug is `slug`, or undefined. */
export async function findReportRegister(sparql: SparqlService, slug: string): Promise<RegisterEntry | undefined> {
  return (await listReportRegisters(sparql)).find((r) => r.slug === slug);
}

/** The registers of the graph (or the ones given), each with its treatments, in slug order. */
export async function loadCnilReport(sparql: SparqlService, registers?: readonly RegisterEntry[]): Promise<RegisterReport[]> {
  const chosen = registers ?? (await listReportRegisters(sparql));
  // One register at a time: the engine has one store worker, and a whole report stays well under a second.
  const reports: RegisterReport[] = [];
  for (const register of chosen) reports.push(await loadRegisterReport(sparql, register));
  return reports;
}

export function loadRegisterReport(sparql: SparqlService, register: RegisterEntry): Promise<RegisterReport> {
  let perEngine = registerCache.get(sparql);
  if (!perEngine) registerCache.set(sparql, (perEngine = new Map()));
  let pending = perEngine.get(register.iri);
  if (!pending) {
    pending = readRegister(sparql, register);
    perEngine.set(register.iri, pending);
    pending.catch(() => perEngine.delete(register.iri));
  }
  return pending;
}

/** The treatment of IRI `iri` with its register, or undefined when the graph has no such treatment. */
export async function loadTreatmentReport(sparql: SparqlService, iri: string): Promise<{ register: RegisterReport; treatment: TreatmentReport } | undefined> {
  const rows = await sparql.selectRows(TREATMENT_REGISTER_QUERY, { bindings: { treatment: namedNode(iri) } });
  const registerIri = rows[0]?.register?.value;
  if (registerIri === undefined) return undefined;
  const entry = (await listReportRegisters(sparql)).find((r) => r.iri === registerIri);
  if (!entry) return undefined;
  const register = await loadRegisterReport(sparql, entry);
  const treatment = register.treatments.find((t) => t.iri === iri);
  return treatment ? { register, treatment } : undefined;
}

async function readRegisters(sparql: SparqlService): Promise<RegisterEntry[]> {
  const byIri = new Map<string, RegisterEntry>();
  for (const row of await sparql.selectRows(REGISTERS_QUERY)) {
    const iri = row.register!.value;
    const known = byIri.get(iri);
    const title = row.title?.value;
    // Several titles (languages) give several rows: keep the French one.
    if (known && !(title && row.title?.termType === 'Literal' && row.title.language === 'fr')) continue;
    const source = citationOf(row);
    const language = row.language?.value ?? known?.language;
    byIri.set(iri, { iri, slug: slugOf(iri), title: title ?? known?.title ?? iri, ...(language ? { language } : {}), ...(source ? { source } : {}) });
  }
  return [...byIri.values()].sort((a, b) => compareNatural(a.slug, b.slug));
}

async function readRegister(sparql: SparqlService, register: RegisterEntry): Promise<RegisterReport> {
  const options = { bindings: { register: namedNode(register.iri) } };
  const [treatmentRows, fieldRows, linkRows, statementRows, nameRows, preambleRows, { sensitive, kinds }, labels, conceptRows, inferredRows, partyRows] = await Promise.all([
    sparql.selectRows(TREATMENTS_QUERY, options),
    sparql.selectRows(FIELDS_QUERY, options),
    sparql.selectRows(LINKS_QUERY, options),
    sparql.selectRows(STATEMENTS_QUERY, options),
    sparql.selectRows(ENTITY_NAMES_QUERY, options),
    sparql.selectRows(PREAMBLE_QUERY, options),
    loadSensitiveIndex(sparql),
    loadLabelIndex(sparql),
    sparql.selectRows(CONCEPTS_QUERY, options),
    sparql.selectRows(INFERRED_TRANSFERS_QUERY, options),
    sparql.selectRows(PARTIES_QUERY, options),
  ]);
  const fields = groupFields(fieldRows, 'treatment');
  const preamble = [...groupFields(preambleRows).values()].flat();
  const links = groupBy(linkRows, (r) => r.treatment!.value);
  const statements = groupBy(statementRows, (r) => r.treatment!.value);
  const concepts = new Map<string, string[]>();
  for (const row of conceptRows) push(concepts, row.node!.value, row.concept!.value);
  const inferred = new Set(inferredRows.map((r) => `${r.treatment!.value} ${r.country!.value}`));
  const entityNames = new Map<string, string[]>();
  for (const row of nameRows) push(entityNames, row.target!.value, row.name!.value);
  const parties = groupBy(partyRows, (r) => r.treatment!.value);

  const treatments = new Map<string, Row>();
  for (const row of treatmentRows) {
    const iri = row.treatment!.value;
    // Several titles (languages) give several rows: keep the French one.
    if (!treatments.has(iri) || row.title?.termType === 'Literal' && row.title.language === 'fr') treatments.set(iri, row);
  }
  const reports = [...treatments.values()].map((row) =>
    buildTreatment(row, register, {
      fields: fields.get(row.treatment!.value) ?? [],
      preamble,
      links: links.get(row.treatment!.value) ?? [],
      statements: statements.get(row.treatment!.value) ?? [],
      parties: parties.get(row.treatment!.value) ?? [],
      kinds,
      entityNames,
      sensitive,
      labels,
      concepts,
      inferred,
    }),
  );
  reports.sort((a, b) => a.ordinal - b.ordinal || compareNatural(a.iri, b.iri));
  return { ...register, treatments: reports };
}

interface TreatmentInputs {
  fields: readonly SourceFieldView[];
  preamble: readonly SourceFieldView[];
  links: readonly Row[];
  statements: readonly Row[];
  /** PARTIES_QUERY rows of the treatment: its DPO and controllers with their contact details. */
  parties: readonly Row[];
  /** Data category → the articles that make it sensitive (SENSITIVE_KINDS_QUERY). */
  kinds: ReadonlyMap<string, ReadonlySet<string>>;
  entityNames: ReadonlyMap<string, readonly string[]>;
  sensitive: ReadonlySet<string>;
  labels: LabelIndex;
  /** Purpose or measure node → the DPV concepts it falls under. */
  concepts: ReadonlyMap<string, readonly string[]>;
  /** "treatment country" of the transfers the register does not state but the catalogue implies. */
  inferred: ReadonlySet<string>;
}

function buildTreatment(row: Row, register: RegisterEntry, input: TreatmentInputs): TreatmentReport {
  const iri = row.treatment!.value;
  const title = row.title?.value ?? iri;
  const source = citationOf(row);
  const recordCitations = source ? [source] : [];
  const { fields } = input;
  const fieldsFor = (column: ColumnKey) => COLUMN_FIELDS[column].flatMap((key) => fields.filter((f) => f.key === key));
  const cite = (found: readonly SourceFieldView[]) => normaliseCitations(found.map((f) => f.citation));

  // Shared entities, by column, labelled in French and sorted as a reader expects.
  const linked = new Map<ColumnKey, CellValue[]>();
  for (const link of input.links) {
    const column = LINK_COLUMNS[link.property!.value];
    if (!column) continue;
    const target = link.target!.value;
    const value: CellValue = {
      text: input.labels.labelOf(target) ?? fallbackLabel(target),
      iri: target,
      ...(column === 'dataCategories' && input.sensitive.has(target) ? { sensitive: true } : {}),
    };
    const list = linked.get(column) ?? [];
    if (!list.some((v) => v.iri === target)) list.push(value);
    linked.set(column, list);
  }
  for (const list of linked.values()) list.sort((a, b) => a.text.localeCompare(b.text, 'fr'));
  const entities = (column: ColumnKey) => linked.get(column) ?? [];

  // Statements (purposes, retention…) in the register's order: their IRIs end with their rank.
  const statementsOf = (kind: string) =>
    dedupeBy(input.statements.filter((s) => s.kind?.value === kind), (s) => s.node!.value).sort((a, b) => compareNatural(a.node!.value, b.node!.value));

  /** The fields that name one of `values` (by label or alias): the source of an entity no field of its own holds. */
  const naming = (values: readonly CellValue[]) =>
    fieldsNaming(fields, values.flatMap((v) => [v.text, ...(v.iri ? (input.entityNames.get(v.iri) ?? []) : [])]));

  /** The data fields whose text or label (a form's row: "Numéro de Sécurité Sociale (ou NIR)") names one of `values`. */
  const namingIn = (own: readonly SourceFieldView[], values: readonly CellValue[]) =>
    fieldsNaming(own.map((f) => ({ ...f, verbatim: `${f.label}\n${f.verbatim}` })), values.flatMap((v) => [v.text, ...(v.iri ? (input.entityNames.get(v.iri) ?? []) : [])]));

  /** A cell of shared entities: when none was recognised, the register's own words stand in. */
  const entityCell = (column: ColumnKey, extraFields: readonly SourceFieldView[] = []): ReportCell => {
    const own = fieldsFor(column);
    const primary = own.length > 0 ? own : extraFields;
    const values = entities(column);
    if (values.length === 0) return verbatimCell(primary);
    const cited = primary.length > 0 ? primary : naming(values);
    return { values, verbatim: false, citations: cited.length > 0 ? cite(cited) : recordCitations };
  };

  /** A cell of statements: cited from the column's field, else from the fields that hold the statement's words. */
  const statementCell = (column: ColumnKey, values: CellValue[], texts: readonly string[], extraFields: readonly SourceFieldView[] = []): ReportCell => {
    const own = fieldsFor(column);
    const primary = own.length > 0 ? own : extraFields;
    if (values.length === 0) return verbatimCell(primary);
    const found = primary.length > 0 ? primary : texts.flatMap((t) => fieldsHoldingText(fields, t));
    return { values, verbatim: false, citations: found.length > 0 ? cite(found) : recordCitations };
  };

  const purposes = statementsOf('purpose').filter((s) => s.text);
  const retention = statementsOf('retention');
  const transfers = statementsOf('transfer');
  const measures = statementsOf('measure');
  const dpias = statementsOf('dpia');

  const retentionValues: CellValue[] = retention.map((s) => {
    const note = s.duration?.value ?? (s.durationType ? DURATION_KINDS[s.durationType.value] : undefined);
    return { text: s.text?.value ?? '', ...(note ? { note } : {}) };
  });

  const transferValues: CellValue[] = [
    ...transfers.map((s) => ({ text: transferText(s) })),
    ...entities('transfers').map((v) => ({ ...v, prefix: THIRD_COUNTRY_PREFIX, ...(input.inferred.has(`${iri} ${v.iri}`) ? { note: INFERRED_TRANSFER_NOTE } : {}) })),
  ];
  // The DPV class of each purpose and of the security measures: what DPV calls them, in French.
  const conceptLabels = (node: string) => (input.concepts.get(node) ?? []).map((c) => input.labels.labelOf(c) ?? fallbackLabel(c));
  const measureTypes = dedupeBy(measures.flatMap((m) => input.concepts.get(m.node!.value) ?? []), (c) => c)
    .map((c) => ({ text: input.labels.labelOf(c) ?? fallbackLabel(c), iri: c, prefix: MEASURE_TYPE_PREFIX }))
    .sort((a, b) => a.text.localeCompare(b.text, 'fr'));

  const preambleSecurity = input.preamble.filter((f) => f.key === 'securityMeasures');
  const securityValues: CellValue[] = [
    ...measures.filter((m) => m.text).map((m) => ({ text: m.text!.value, ...(m.assessment?.value === 'true' ? { note: ASSESSMENT_NOTE } : {}) })),
    ...entities('security').map((v) => ({ ...v, prefix: POLICY_PREFIX })),
    ...measureTypes,
  ];

  const dpiaValues: CellValue[] = dpias.map((d) => ({ text: d.text?.value ?? 'AIPD mentionnée par le registre' }));


  // Systems are named anywhere in the row: cite the fields that name them, else the whole record.
  const systems = entities('systems');
  const systemFields = naming(systems);

  const titleFields = fieldsFor('title');
  const registerFields = input.preamble.filter((f) => foldedEquals(f.verbatim, register.title));

  const dataCategories = entityCell('dataCategories');
  const cells: Record<ColumnKey, ReportCell> = {
    title: { values: [{ text: title }], verbatim: false, citations: titleFields.length > 0 ? cite(titleFields) : recordCitations },
    controllers: entityCell('controllers', input.preamble.filter((f) => f.key === 'controllers')),
    ...buildPartyCells({ parties: input.parties, fields, preamble: input.preamble, labels: input.labels, recordCitations }),
    purposes: statementCell('purposes', purposes.map((p) => withNote({ text: p.text!.value }, conceptLabels(p.node!.value).join(CONCEPT_SEPARATOR))), purposes.map((p) => p.text!.value)),
    dataSubjects: entityCell('dataSubjects'),
    dataCategories,
    sensitiveData: buildSensitiveCell({ categories: dataCategories, kinds: input.kinds, naming: (values) => namingIn(fieldsFor('dataCategories'), values) }),
    recipients: entityCell('recipients'),
    processors: entityCell('processors'),
    systems: { values: systems, verbatim: false, citations: systems.length === 0 ? [] : systemFields.length > 0 ? cite(systemFields) : recordCitations },
    transfers: statementCell('transfers', transferValues, transfers.map((s) => s.text?.value ?? '')),
    retention: statementCell('retention', retentionValues, retention.map((s) => s.text?.value ?? '')),
    legalBasis: entityCell('legalBasis'),
    security: withNamingFields(statementCell('security', securityValues, measures.map((m) => m.text?.value ?? ''), preambleSecurity), naming(entities('security'))),
    dpia: dpiaValues.length > 0 ? statementCell('dpia', dpiaValues, dpias.map((d) => d.text?.value ?? '')) : { values: [], verbatim: false, citations: [] },
    created: buildDateCell(row.creationText?.value, row.created?.value, fieldsFor('created')),
    lastUpdate: buildDateCell(row.lastUpdateText?.value, row.modified?.value, fieldsFor('lastUpdate')),
    register: { values: [{ text: register.title, iri: register.iri }], verbatim: false, citations: registerFields.length > 0 ? cite(registerFields) : register.source ? [register.source] : [] },
  };
  return {
    iri,
    registerIri: register.iri,
    registerSlug: register.slug,
    title,
    ...(row.number ? { number: row.number.value } : {}),
    ordinal: Number(row.ordinal?.value ?? 0),
    ...(source ? { source } : {}),
    cells,
    fields: [...fields].sort((a, b) => a.citation.first - b.citation.first || a.citation.last - b.citation.last || compareNatural(a.key, b.key)),
  };
}

function withNote(value: CellValue, note: string): CellValue {
  return note === '' ? value : { ...value, note };
}

/** A policy is often named outside the security field (e.g. in the legal foundation): cite where it is named, too. */
function withNamingFields(cell: ReportCell, naming: readonly SourceFieldView[]): ReportCell {
  if (cell.verbatim || naming.length === 0) return cell;
  return { ...cell, citations: normaliseCitations([...cell.citations, ...naming.map((f) => f.citation)]) };
}

function slugOf(registerIri: string): string {
  return decodeURIComponent(registerIri.slice(registerIri.lastIndexOf('/') + 1));
}

/** "pd:EmailAddress" for a DPV term the graph does not label; the last segment of any other IRI. */
function fallbackLabel(iri: string): string {
  for (const [prefix, ns] of Object.entries(PREFIXES)) if (iri.startsWith(ns) && iri.length > ns.length) return `${prefix}:${iri.slice(ns.length)}`;
  return decodeURIComponent(iri.slice(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1));
}

function foldedEquals(a: string, b: string): boolean {
  const fold = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
  return fold(a) === fold(b);
}

/** "…/purpose/2" before "…/purpose/10". */
export function compareNatural(a: string, b: string): number {
  return a.localeCompare(b, 'fr', { numeric: true });
}

function dedupeBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}
