// Reads the CNIL-style register from the graph (never from the text files): a few SELECTs per register, bound with `bindings`.
import { DataFactory } from 'n3';
import type { SparqlService } from '../sparql/sparql-service.ts';
import { loadLabelIndex, type LabelIndex } from '../linked-data/load-label-index.ts';
import { dpv, PREFIXES } from '../vocab/namespaces.ts';
import { ASSESSMENT_NOTE, DURATION_KIND_NOTES, POLICY_PREFIX, THIRD_COUNTRY_PREFIX, TRANSFER_ANSWERS } from '../model/export-conventions.ts';
import type { ColumnKey } from './cnil-columns.ts';
import { normaliseCitations, type Citation } from './citation.ts';
import type { CellValue, RegisterReport, ReportCell, SourceFieldView, TreatmentReport } from './cnil-report.ts';
import { fieldsHoldingText, fieldsNaming } from './locate-sources.ts';
import { citationOf, groupBy, groupFields, push, type Row } from './group-source-fields.ts';
import {
  FIELDS_QUERY,
  LINKS_QUERY,
  PREAMBLE_QUERY,
  REGISTERS_QUERY,
  SENSITIVE_CATEGORIES_QUERY,
  STATEMENTS_QUERY,
  ENTITY_NAMES_QUERY,
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
  purposes: ['purposes'],
  dataSubjects: ['dataSubjects', 'dataSubjectsAndCategories'],
  dataCategories: ['dataCategories', 'dataSubjectsAndCategories'],
  recipients: ['recipients'],
  processors: ['processors'],
  systems: [],
  transfers: ['transfers'],
  retention: ['retention'],
  legalBasis: ['legalBasisGdpr', 'legalBasisPoliceJustice', 'legalBasisStateSecurity', 'legalFoundation'],
  security: ['securityMeasures'],
  dpia: ['dpia'],
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
  const [treatmentRows, fieldRows, linkRows, statementRows, nameRows, preambleRows, sensitiveRows, labels] = await Promise.all([
    sparql.selectRows(TREATMENTS_QUERY, options),
    sparql.selectRows(FIELDS_QUERY, options),
    sparql.selectRows(LINKS_QUERY, options),
    sparql.selectRows(STATEMENTS_QUERY, options),
    sparql.selectRows(ENTITY_NAMES_QUERY, options),
    sparql.selectRows(PREAMBLE_QUERY, options),
    sparql.selectRows(SENSITIVE_CATEGORIES_QUERY),
    loadLabelIndex(sparql),
  ]);
  const sensitive = new Set(sensitiveRows.map((r) => r.category!.value));
  const fields = groupFields(fieldRows, 'treatment');
  const preamble = [...groupFields(preambleRows).values()].flat();
  const links = groupBy(linkRows, (r) => r.treatment!.value);
  const statements = groupBy(statementRows, (r) => r.treatment!.value);
  const entityNames = new Map<string, string[]>();
  for (const row of nameRows) push(entityNames, row.target!.value, row.name!.value);

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
      entityNames,
      sensitive,
      labels,
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
  entityNames: ReadonlyMap<string, readonly string[]>;
  sensitive: ReadonlySet<string>;
  labels: LabelIndex;
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
    ...entities('transfers').map((v) => ({ ...v, prefix: THIRD_COUNTRY_PREFIX })),
  ];

  const preambleSecurity = input.preamble.filter((f) => f.key === 'securityMeasures');
  const securityValues: CellValue[] = [
    ...measures.filter((m) => m.text).map((m) => ({ text: m.text!.value, ...(m.assessment?.value === 'true' ? { note: ASSESSMENT_NOTE } : {}) })),
    ...entities('security').map((v) => ({ ...v, prefix: POLICY_PREFIX })),
  ];

  const dpiaValues: CellValue[] = dpias.map((d) => ({ text: d.text?.value ?? 'AIPD mentionnée par le registre' }));

  const lastUpdateText = row.lastUpdateText?.value ?? row.modified?.value;
  const lastUpdate: CellValue[] = lastUpdateText ? [{ text: lastUpdateText, ...(row.modified ? { note: row.modified.value } : {}) }] : [];

  // Systems are named anywhere in the row: cite the fields that name them, else the whole record.
  const systems = entities('systems');
  const systemFields = naming(systems);

  const titleFields = fieldsFor('title');
  const registerFields = input.preamble.filter((f) => foldedEquals(f.verbatim, register.title));

  const cells: Record<ColumnKey, ReportCell> = {
    title: { values: [{ text: title }], verbatim: false, citations: titleFields.length > 0 ? cite(titleFields) : recordCitations },
    controllers: entityCell('controllers', input.preamble.filter((f) => f.key === 'controllers')),
    purposes: statementCell('purposes', purposes.map((p) => ({ text: p.text!.value })), purposes.map((p) => p.text!.value)),
    dataSubjects: entityCell('dataSubjects'),
    dataCategories: entityCell('dataCategories'),
    recipients: entityCell('recipients'),
    processors: entityCell('processors'),
    systems: { values: systems, verbatim: false, citations: systems.length === 0 ? [] : systemFields.length > 0 ? cite(systemFields) : recordCitations },
    transfers: statementCell('transfers', transferValues, transfers.map((s) => s.text?.value ?? '')),
    retention: statementCell('retention', retentionValues, retention.map((s) => s.text?.value ?? '')),
    legalBasis: entityCell('legalBasis'),
    security: withNamingFields(statementCell('security', securityValues, measures.map((m) => m.text?.value ?? ''), preambleSecurity), naming(entities('security'))),
    dpia: dpiaValues.length > 0 ? statementCell('dpia', dpiaValues, dpias.map((d) => d.text?.value ?? '')) : { values: [], verbatim: false, citations: [] },
    lastUpdate: { values: lastUpdate, verbatim: false, citations: lastUpdate.length > 0 ? cite(fieldsFor('lastUpdate')) : [] },
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

/** A policy is often named outside the security field (e.g. in the legal foundation): cite where it is named, too. */
function withNamingFields(cell: ReportCell, naming: readonly SourceFieldView[]): ReportCell {
  if (cell.verbatim || naming.length === 0) return cell;
  return { ...cell, citations: normaliseCitations([...cell.citations, ...naming.map((f) => f.citation)]) };
}

/** Words that only say the field does not apply: dropped beside a real answer, kept when they are all there is. */
const PLACEHOLDER = /^(?:n\/?a|na|néant|non applicable|not applicable|-|–|\/)\.?$/i;

/** The register's own words, for a column where the graph recognised nothing. */
function verbatimCell(fields: readonly SourceFieldView[]): ReportCell {
  const written = fields.filter((f) => f.verbatim.trim() !== '');
  const meaningful = written.filter((f) => !PLACEHOLDER.test(f.verbatim.trim()));
  const kept = meaningful.length > 0 ? meaningful : written.slice(0, 1);
  return { values: kept.map((f) => ({ text: f.verbatim })), verbatim: kept.length > 0, citations: normaliseCitations(kept.map((f) => f.citation)) };
}

/**
 * "Non", "Oui", or what the register says after it ("Oui : vers …"). A bare answer ("Non", "No", "Néant") is written as
 * the register wrote it: it says all there is, and building the export back gives the same words.
 */
function transferText(statement: Row): string {
  const stated = statement.stated?.value;
  const said = stated === 'none' ? TRANSFER_ANSWERS.none : stated === 'yes' ? TRANSFER_ANSWERS.yes : TRANSFER_ANSWERS['not-stated'];
  const text = statement.text?.value.trim() ?? '';
  const bare = text.toLowerCase().replace(/[.!\s]+$/, '');
  if (text === '') return said;
  return ['non', 'no', 'none', 'aucun', 'néant', 'oui', 'yes'].includes(bare) ? text : `${said} : ${text}`;
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
