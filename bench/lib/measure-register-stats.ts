// Measures the real typed registers: the empirical distributions the synthetic generator draws from.
import type { LayoutId } from '../../src/model/raw-register.ts';
import type { FieldKey, SourceField } from '../../src/model/source-field.ts';
import type { Register, Retention, Treatment } from '../../src/model/treatment.ts';

/** The treatment lists whose items are catalogue ids (or legal-basis CURIEs). */
export const LIST_KEYS = ['controllers', 'processors', 'recipients', 'systems', 'policies', 'dataCategories', 'dataSubjects', 'legalBases'] as const;
export type ListKey = (typeof LIST_KEYS)[number];

export interface ListStats {
  /** One entry per treatment: how many items it had. */
  counts: number[];
  /** How many treatments name each id. */
  ids: Record<string, number>;
}

export interface FieldStats {
  /** Treatments that have this source field. */
  present: number;
  /** The header or label as printed, and how often. */
  labels: Record<string, number>;
  /** Text length of every occurrence. */
  lengths: number[];
}

export interface RegisterTemplate {
  title: string;
  owners: string[];
  policies: string[];
  preamble: SourceField[];
}

/** Everything measured on the treatments of one layout (the layouts differ in fields, dates, legal bases). */
export interface LayoutStats {
  layout: LayoutId;
  treatments: number;
  lists: Record<ListKey, ListStats>;
  purposes: { counts: number[]; lengths: number[] };
  titleLengths: number[];
  /** The real retention statements (text, kind, ISO duration), drawn whole so that the three stay consistent. */
  retention: { counts: number[]; entries: Retention[] };
  transfer: { stated: Record<Treatment['transfer']['stated'], number>; texts: string[]; countryCounts: number[]; countries: Record<string, number> };
  dpia: { mentioned: number; texts: string[] };
  lastUpdate: { present: number; dates: string[]; undatedTexts: string[] };
  /** Source fields in the order they first appear, with their presence, labels and lengths. */
  fieldOrder: FieldKey[];
  fields: Partial<Record<FieldKey, FieldStats>>;
  /** Share of treatments grouped in activities (block layout), the activity sizes and title lengths. */
  activities: { grouped: number; sizes: number[]; titleLengths: number[] };
  registers: RegisterTemplate[];
  warnings: { perRegister: number[]; messages: string[] };
}

export interface RegisterStats {
  registers: number;
  treatments: number;
  layouts: Partial<Record<LayoutId, LayoutStats>>;
  /** Words of every verbatim field, with repetitions (drawing one uniformly follows their frequency). */
  words: string[];
}

export function measureRegisterStats(registers: readonly Register[]): RegisterStats {
  const layouts: Partial<Record<LayoutId, LayoutStats>> = {};
  const words: string[] = [];
  for (const register of registers) {
    const stats = (layouts[register.layout] ??= createLayoutStats(register.layout));
    stats.registers.push({ title: register.title, owners: [...register.owners], policies: [...register.policies], preamble: register.preamble.map((f) => ({ ...f, lines: { ...f.lines } })) });
    stats.warnings.perRegister.push(register.warnings.length);
    stats.warnings.messages.push(...register.warnings.map((w) => w.message));
    let activity: string | undefined;
    for (const t of register.treatments) {
      addTreatment(stats, t);
      if (t.activity) {
        stats.activities.grouped++;
        if (t.activity.number !== activity) {
          stats.activities.sizes.push(0);
          stats.activities.titleLengths.push(t.activity.title.length);
          activity = t.activity.number;
        }
        stats.activities.sizes[stats.activities.sizes.length - 1]!++;
      }
      for (const f of t.fields) words.push(...splitWords(f.text));
    }
  }
  const treatments = registers.reduce((n, r) => n + r.treatments.length, 0);
  return { registers: registers.length, treatments, layouts, words };
}

function createLayoutStats(layout: LayoutId): LayoutStats {
  return {
    layout,
    treatments: 0,
    lists: Object.fromEntries(LIST_KEYS.map((k) => [k, { counts: [], ids: {} }])) as unknown as Record<ListKey, ListStats>,
    purposes: { counts: [], lengths: [] },
    titleLengths: [],
    retention: { counts: [], entries: [] },
    transfer: { stated: { none: 0, yes: 0, 'not-stated': 0 }, texts: [], countryCounts: [], countries: {} },
    dpia: { mentioned: 0, texts: [] },
    lastUpdate: { present: 0, dates: [], undatedTexts: [] },
    fieldOrder: [],
    fields: {},
    activities: { grouped: 0, sizes: [], titleLengths: [] },
    registers: [],
    warnings: { perRegister: [], messages: [] },
  };
}

function addTreatment(stats: LayoutStats, t: Treatment): void {
  stats.treatments++;
  for (const key of LIST_KEYS) {
    const list = stats.lists[key];
    list.counts.push(t[key].length);
    for (const id of new Set(t[key])) list.ids[id] = (list.ids[id] ?? 0) + 1;
  }
  stats.purposes.counts.push(t.purposes.length);
  stats.purposes.lengths.push(...t.purposes.map((p) => p.length));
  stats.titleLengths.push(t.title.length);
  stats.retention.counts.push(t.retention.length);
  stats.retention.entries.push(...t.retention.map((r) => ({ ...r })));
  stats.transfer.stated[t.transfer.stated]++;
  if (t.transfer.text !== undefined) stats.transfer.texts.push(t.transfer.text);
  stats.transfer.countryCounts.push(t.transfer.countries.length);
  for (const c of t.transfer.countries) stats.transfer.countries[c] = (stats.transfer.countries[c] ?? 0) + 1;
  if (t.dpia.mentioned) {
    stats.dpia.mentioned++;
    if (t.dpia.text !== undefined) stats.dpia.texts.push(t.dpia.text);
  }
  if (t.lastUpdate) {
    stats.lastUpdate.present++;
    if (t.lastUpdate.date) stats.lastUpdate.dates.push(t.lastUpdate.date);
    else stats.lastUpdate.undatedTexts.push(t.lastUpdate.text);
  }
  for (const f of t.fields) {
    if (!stats.fieldOrder.includes(f.key)) stats.fieldOrder.push(f.key);
    const field = (stats.fields[f.key] ??= { present: 0, labels: {}, lengths: [] });
    field.present++;
    field.labels[f.label] = (field.labels[f.label] ?? 0) + 1;
    field.lengths.push(f.text.length);
  }
}

/** Plain words and numbers of a verbatim text, markup left out. */
function splitWords(text: string): string[] {
  return text
    .replace(/<[^>]*>/g, ' ')
    .split(/\s+/)
    .filter((w) => /^[\p{L}\p{N}][\p{L}\p{N}'’/-]*[.,;:]?$/u.test(w));
}
