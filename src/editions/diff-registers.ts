// Compares two registers treatment by treatment: added, removed, and field by field what changed in the aligned pairs.
import { trimTrailing } from '../text/match-tail.ts';
import type { CatalogueKind } from '../model/catalogue.ts';
import type { Catalogues } from '../model/load-catalogues.ts';
import type { SourceField } from '../model/source-field.ts';
import type { Register, Treatment } from '../model/treatment.ts';
import { cleanText } from '../model/text/clean-text.ts';
import { alignTreatments, type AlignedPair } from './align-treatments.ts';
import { createTitleReader } from './create-title-reader.ts';
import { decideEditionOrder, type OrderDecision } from './decide-edition-order.ts';
import { diffWords, type WordDiff } from './diff-words.ts';
import { labelField, type ComparedField, type SetField } from './field-labels.ts';
import { areEditions } from './find-editions.ts';
import { foldText } from '../text/fold.ts';
import { explainPair } from './map-editions.ts';
import type { PairEvidence } from './score-treatment-pair.ts';

export interface RegisterRef {
  slug: string;
  file: string;
  title: string;
  treatments: number;
}

export interface TreatmentRef {
  slug: string;
  ordinal: number;
  title: string;
}

export interface EntityRef {
  id: string;
  label: string;
}

export interface RetentionRef {
  text: string;
  kind: Treatment['retention'][number]['kind'];
  duration?: string;
}

interface ChangeBase {
  field: ComparedField;
  /** French name of the field. */
  label: string;
}
export interface SetChange extends ChangeBase {
  kind: 'set';
  added: EntityRef[];
  removed: EntityRef[];
}
export interface StatementsChange extends ChangeBase {
  kind: 'statements';
  added: string[];
  removed: string[];
}
export interface RetentionChange extends ChangeBase {
  kind: 'retention';
  added: RetentionRef[];
  removed: RetentionRef[];
  /** ISO-8601 durations stated in `to` only / in `from` only. */
  durationsAdded: string[];
  durationsRemoved: string[];
}
export interface TextChange extends ChangeBase {
  kind: 'text';
  /** Source text (tags stripped), "" when the field is absent on that side. */
  before: string;
  after: string;
  words: WordDiff;
}
export type FieldChange = SetChange | StatementsChange | RetentionChange | TextChange;

export interface TreatmentDiff {
  from: TreatmentRef;
  to: TreatmentRef;
  evidence: PairEvidence;
  /** French: why the two are taken to be the same treatment. */
  reason: string;
  /** What was read from the text first (sets, purposes, retention), then the verbatim texts word by word. */
  changes: FieldChange[];
}

export interface RegisterDiff {
  from: RegisterRef;
  to: RegisterRef;
  /** Same owner and most treatments aligned: two editions of one register. */
  editions: boolean;
  /** Which edition is older and why; only for editions. */
  order?: OrderDecision;
  threshold: number;
  /** Title, heading and notes of the register. */
  register: TextChange[];
  /** In `to` only. */
  added: TreatmentRef[];
  /** In `from` only. */
  removed: TreatmentRef[];
  changed: TreatmentDiff[];
  unchanged: { from: TreatmentRef; to: TreatmentRef }[];
}

const SET_FIELDS: readonly { field: SetField; kind: CatalogueKind }[] = [
  { field: 'controllers', kind: 'organisation' },
  { field: 'processors', kind: 'organisation' },
  { field: 'recipients', kind: 'organisation' },
  { field: 'dataCategories', kind: 'data-category' },
  { field: 'dataSubjects', kind: 'data-subject' },
  { field: 'systems', kind: 'system' },
  { field: 'legalBases', kind: 'legal-basis' },
];

export function diffRegisters(from: Register, to: Register, catalogues: Catalogues): RegisterDiff {
  const alignment = alignTreatments(from, to, createTitleReader(catalogues.system));
  const editions = areEditions(from, to, alignment);
  const label = (kind: CatalogueKind, id: string): string =>
    catalogues.byId(kind, id)?.label ?? catalogues[kind].find((e) => e.dpvTerm === id)?.label ?? id;

  const changed: TreatmentDiff[] = [];
  const unchanged: RegisterDiff['unchanged'] = [];
  for (const pair of alignment.pairs) {
    const changes = diffTreatments(pair, label);
    if (changes.length === 0) unchanged.push({ from: toTreatmentRef(pair.left), to: toTreatmentRef(pair.right) });
    else changed.push({ from: toTreatmentRef(pair.left), to: toTreatmentRef(pair.right), evidence: pair.evidence, reason: explainPair(pair, alignment.threshold, catalogues), changes });
  }
  return {
    from: toRegisterRef(from),
    to: toRegisterRef(to),
    editions,
    ...(editions ? { order: decideEditionOrder(from, to, alignment, catalogues.system) } : {}),
    threshold: alignment.threshold,
    register: diffHeadings(from, to),
    added: alignment.onlyRight.map(toTreatmentRef),
    removed: alignment.onlyLeft.map(toTreatmentRef),
    changed,
    unchanged,
  };
}

function diffTreatments(pair: AlignedPair, label: (kind: CatalogueKind, id: string) => string): FieldChange[] {
  const { left: a, right: b } = pair;
  const changes: FieldChange[] = [];
  for (const { field, kind } of SET_FIELDS) {
    const added = b[field].filter((id) => !a[field].includes(id)).map((id) => ({ id, label: label(kind, id) }));
    const removed = a[field].filter((id) => !b[field].includes(id)).map((id) => ({ id, label: label(kind, id) }));
    if (added.length + removed.length > 0) changes.push({ kind: 'set', field, label: labelField(field, 'fr'), added, removed });
  }
  const purposes = diffStatements(a.purposes, b.purposes, foldText);
  if (purposes.added.length + purposes.removed.length > 0) changes.push({ kind: 'statements', field: 'purposes', label: labelField('purposes', 'fr'), ...purposes });
  const retention = diffRetention(a.retention, b.retention);
  if (retention) changes.push(retention);
  changes.push(...diffFields(a.fields, b.fields, (f) => f.key, (f) => labelField(f.key, 'fr', f.label)));
  return changes;
}

function diffStatements<T>(before: readonly T[], after: readonly T[], key: (item: T) => string): { added: T[]; removed: T[] } {
  const beforeKeys = new Set(before.map(key));
  const afterKeys = new Set(after.map(key));
  return { added: dedupeBy(after.filter((s) => !beforeKeys.has(key(s))), key), removed: dedupeBy(before.filter((s) => !afterKeys.has(key(s))), key) };
}

/** "Conservation : 1 an" and "1 an" say the same: the label in front is not compared. */
function normaliseRetention(r: RetentionRef): string {
  return trimTrailing(foldText(r.text).replace(/^(?:duree(?: de conservation)?|conservation|conservee?s?)\s*:\s*/, ''), /[.;,\s]/);
}

function diffRetention(before: Treatment['retention'], after: Treatment['retention']): RetentionChange | undefined {
  const { added, removed } = diffStatements(before.map(toRetentionRef), after.map(toRetentionRef), normaliseRetention);
  const durations = (list: Treatment['retention']) => new Set(list.flatMap((r) => (r.duration ? [r.duration] : [])));
  const beforeDurations = durations(before);
  const afterDurations = durations(after);
  const durationsAdded = [...afterDurations].filter((d) => !beforeDurations.has(d)).sort();
  const durationsRemoved = [...beforeDurations].filter((d) => !afterDurations.has(d)).sort();
  if (added.length + removed.length + durationsAdded.length + durationsRemoved.length === 0) return undefined;
  return { kind: 'retention', field: 'retention', label: labelField('retention', 'fr'), added, removed, durationsAdded, durationsRemoved };
}

function toRetentionRef(r: Treatment['retention'][number]): RetentionRef {
  return { text: r.text, kind: r.kind, ...(r.duration ? { duration: r.duration } : {}) };
}

/** Fields of the same key (or heading label) side by side; a field on one side only is all added or all removed. */
function diffFields(before: readonly SourceField[], after: readonly SourceField[], key: (f: SourceField) => string, labelOf: (f: SourceField) => string, field?: ComparedField): TextChange[] {
  const keys = dedupeBy([...before, ...after].map(key), (k) => k);
  const changes: TextChange[] = [];
  for (const k of keys) {
    const a = before.filter((f) => key(f) === k);
    const b = after.filter((f) => key(f) === k);
    const beforeText = a.map((f) => cleanText(f.text)).join(' ');
    const afterText = b.map((f) => cleanText(f.text)).join(' ');
    if (beforeText === afterText) continue;
    const sample = (b[0] ?? a[0])!;
    changes.push({ kind: 'text', field: field ?? sample.key, label: labelOf(sample), before: beforeText, after: afterText, words: diffWords(beforeText, afterText) });
  }
  return changes;
}

function diffHeadings(from: Register, to: Register): TextChange[] {
  const changes: TextChange[] = [];
  if (from.title !== to.title) {
    changes.push({ kind: 'text', field: 'registerTitle', label: labelField('registerTitle', 'fr'), before: from.title, after: to.title, words: diffWords(from.title, to.title) });
  }
  const heading = (f: SourceField) => `${f.key} ${foldText(f.label)}`;
  changes.push(...diffFields(from.preamble, to.preamble, heading, (f) => `${labelField('preamble', 'fr')} : ${f.label}`, 'preamble'));
  return changes;
}

function toTreatmentRef(t: Treatment): TreatmentRef {
  return { slug: t.slug, ordinal: t.ordinal, title: t.title };
}

function toRegisterRef(r: Register): RegisterRef {
  return { slug: r.slug, file: r.file, title: r.title, treatments: r.treatments.length };
}

function dedupeBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
