// Generates synthetic typed registers whose statistics follow the measured real ones, deterministically.
import type { FieldKey, SourceField } from '../../src/model/source-field.ts';
import type { Register, Retention, Treatment } from '../../src/model/treatment.ts';
import type { LayoutId } from '../../src/model/raw-register.ts';
import { makeSlug } from '../../src/model/make-slug.ts';
import { createRandom, type Random } from './create-random.ts';
import { LIST_KEYS, type LayoutStats, type ListKey, type RegisterStats } from './measure-register-stats.ts';

export interface GenerateOptions {
  /** Treatments in total, spread over registers. */
  treatments: number;
  seed: number | string;
  /** Treatments per register, drawn uniformly in [min, max]; the last register takes what is left. */
  minPerRegister?: number;
  maxPerRegister?: number;
}

/** A slug prefix no real register file has, so synthetic and real registers never share an IRI. */
export const SYNTHETIC_PREFIX = 'synthetic';

/**
 * Each register draws a layout (weighted by the real treatments), a real register as template (title, owners,
 * policies, preamble), then each treatment draws every count, id, statement and field length from the
 * layout's empirical distributions. Ids are drawn independently (co-occurrence, e.g. Office365 with SharePoint,
 * is not kept). Yields registers one at a time so that 100 000 treatments never sit in memory at once.
 */
export function* generateRegisters(stats: RegisterStats, options: GenerateOptions): Generator<Register> {
  const random = createRandom(options.seed);
  const min = options.minPerRegister ?? 50;
  // At least ~8 registers at small scales, so that the layouts' shares can be honoured.
  const max = Math.max(min, Math.min(options.maxPerRegister ?? 500, Math.floor(options.treatments / 8)));
  const words = stats.words.length > 0 ? stats.words : ['donnée'];
  // Each layout gets its real share of the treatments, exactly; registers then draw a layout by what it has left.
  const layouts = Object.values(stats.layouts);
  const left = {} as Record<LayoutId, number>;
  let assigned = 0;
  layouts.forEach((l, i) => {
    const n = i === layouts.length - 1 ? options.treatments - assigned : Math.round((options.treatments * l.treatments) / stats.treatments);
    left[l.layout] = n;
    assigned += n;
  });
  let index = 0;
  while (Object.values<number>(left).some((n) => n > 0)) {
    const layout = random.pickWeighted({ ...left }); // a copy: draws cache the tables they are given
    const remaining = left[layout];
    let size = random.int(min, max);
    if (size >= remaining) size = remaining;
    else if (remaining - size < min) size = remaining <= max ? remaining : remaining - min;
    left[layout] -= size;
    index++;
    yield generateRegister(stats.layouts[layout]!, { random, words, index, size });
  }
}

interface Draw {
  random: Random;
  words: readonly string[];
  index: number;
  size: number;
}

function generateRegister(stats: LayoutStats, { random, words, index, size }: Draw): Register {
  const template = random.pick(stats.registers);
  const number = String(index).padStart(4, '0');
  const file = `${SYNTHETIC_PREFIX}_${number}.txt`;
  const preamble = template.preamble.map((f) => ({ ...f, lines: { ...f.lines } }));
  let line = Math.max(0, ...preamble.map((f) => f.lines.last)) + 1;
  const grouped = stats.activities.grouped / Math.max(1, stats.treatments) >= 0.5 && stats.activities.sizes.length > 0;
  const treatments: Treatment[] = [];
  let activity: { number: string; title: string; left: number; count: number } | undefined;
  let activities = 0;
  for (let ordinal = 1; ordinal <= size; ordinal++) {
    let numbering: Pick<Treatment, 'number' | 'activity'> = {};
    if (grouped) {
      if (!activity || activity.left === 0) {
        activities++;
        activity = { number: String(activities), title: makeText(random, words, random.pick(stats.activities.titleLengths)) || `Activité ${activities}`, left: random.pick(stats.activities.sizes), count: 0 };
      }
      activity.left--;
      activity.count++;
      numbering = { number: `${activity.number}.${activity.count}`, activity: { number: activity.number, title: activity.title } };
    }
    const t = generateTreatment(stats, random, words, { ordinal, line, ...numbering });
    line = t.lines.last + 1;
    treatments.push(t);
  }
  dedupeSlugs(treatments);
  const warningCount = Math.min(random.pick(stats.warnings.perRegister), treatments.length);
  const warnings = Array.from({ length: warningCount }, () => {
    const t = random.pick(treatments);
    return { file, line: t.lines.first, message: random.pick(stats.warnings.messages) };
  });
  return {
    slug: `${SYNTHETIC_PREFIX}-${number}`,
    file,
    layout: stats.layout,
    title: `${template.title} — registre synthétique n° ${index}`,
    owners: [...template.owners],
    preamble,
    policies: [...template.policies],
    treatments,
    warnings,
  };
}

function generateTreatment(
  stats: LayoutStats,
  random: Random,
  words: readonly string[],
  at: { ordinal: number; line: number } & Pick<Treatment, 'number' | 'activity'>,
): Treatment {
  const title = makeText(random, words, random.pick(stats.titleLengths)) || `Traitement ${at.ordinal}`;
  const purposes = Array.from({ length: random.pick(stats.purposes.counts) }, () => makeText(random, words, random.pick(stats.purposes.lengths)) || 'Gestion');
  const weights = calibrateListWeights(stats);
  const lists = Object.fromEntries(
    LIST_KEYS.map((key) => [key, random.pickDistinct(weights[key], random.pick(stats.lists[key].counts))]),
  ) as Record<ListKey, string[]>;
  const retention: Retention[] = stats.retention.entries.length === 0 ? [] : Array.from({ length: random.pick(stats.retention.counts) }, () => ({ ...random.pick(stats.retention.entries) }));
  const stated = random.pickWeighted(stats.transfer.stated);
  const transfer: Treatment['transfer'] = {
    stated,
    ...(stated !== 'not-stated' && stats.transfer.texts.length > 0 ? { text: random.pick(stats.transfer.texts) } : {}),
    countries: random.pickDistinct(stats.transfer.countries, random.pick(stats.transfer.countryCounts)),
  };
  const mentioned = random.chance(stats.dpia.mentioned / stats.treatments);
  const dpia: Treatment['dpia'] = { mentioned, ...(mentioned && stats.dpia.texts.length > 0 ? { text: random.pick(stats.dpia.texts) } : {}) };
  const lastUpdate = random.chance(stats.lastUpdate.present / stats.treatments) ? drawLastUpdate(stats, random) : undefined;

  const fields: SourceField[] = [];
  let line = at.line;
  for (const key of stats.fieldOrder) {
    const field = stats.fields[key]!;
    if (key !== 'title' && !random.chance(field.present / stats.treatments)) continue;
    const text = fieldText(key, { title, purposes, retention, lastUpdate }) ?? makeText(random, words, random.pick(field.lengths));
    // Labels that print the treatment's number ("TRAITEMENT n° 2.2") print this one's.
    const label = random.pickWeighted(field.labels).replace(/n° \d+(?:\.\d+)*/, at.number ? `n° ${at.number}` : '$&');
    fields.push({ key, label, text, lines: { first: line, last: line } });
    line++;
  }
  if (fields.length === 0) fields.push({ key: 'title', label: 'Intitulé', text: title, lines: { first: line, last: line } });
  const slugBase = makeSlug(title, 50) || 'traitement';
  return {
    slug: at.number ? `${at.number}-${slugBase}` : `${String(at.ordinal).padStart(2, '0')}-${slugBase}`,
    ordinal: at.ordinal,
    ...(at.number ? { number: at.number } : {}),
    ...(at.activity ? { activity: at.activity } : {}),
    title,
    lines: { first: at.line, last: Math.max(at.line, line - 1) },
    fields,
    purposes,
    ...lists,
    retention,
    transfer,
    dpia,
    ...(lastUpdate ? { lastUpdate } : {}),
  };
}

const calibrated = new WeakMap<LayoutStats, Record<ListKey, Record<string, number>>>();

/**
 * Drawing k ids without replacement in proportion to their counts under-represents the frequent ones (RIO, Office365):
 * the weights are adjusted, by simulation with a fixed seed, until each id's share of treatments matches the real one.
 */
function calibrateListWeights(stats: LayoutStats): Record<ListKey, Record<string, number>> {
  const known = calibrated.get(stats);
  if (known) return known;
  const random = createRandom(`calibrate:${stats.layout}`);
  const result = {} as Record<ListKey, Record<string, number>>;
  for (const key of LIST_KEYS) {
    const { ids, counts } = stats.lists[key];
    const target = Object.fromEntries(Object.entries(ids).map(([id, n]) => [id, n / stats.treatments]));
    let weights: Record<string, number> = { ...ids };
    const draws = 4000;
    for (let round = 0; round < 8 && Object.keys(weights).length > 0; round++) {
      const seen: Record<string, number> = {};
      for (let i = 0; i < draws; i++) for (const id of random.pickDistinct(weights, random.pick(counts))) seen[id] = (seen[id] ?? 0) + 1;
      // A new table each round (draws cache a table's weights). Damped (square root) against sampling noise.
      weights = Object.fromEntries(
        Object.entries(weights).map(([id, w]) => [id, w * Math.sqrt(target[id]! / Math.max((seen[id] ?? 0) / draws, 0.5 / draws))]),
      );
    }
    result[key] = weights;
  }
  calibrated.set(stats, result);
  return result;
}

/** Fields whose verbatim text is what the typed values were read from. */
function fieldText(key: FieldKey, t: { title: string; purposes: string[]; retention: Retention[]; lastUpdate: Treatment['lastUpdate'] }): string | undefined {
  if (key === 'title') return t.title;
  if (key === 'purposes' && t.purposes.length > 0) return t.purposes.join(' ');
  if (key === 'retention' && t.retention.length > 0) return t.retention.map((r) => r.text).join(' ');
  if (key === 'lastUpdate' && t.lastUpdate) return t.lastUpdate.text;
  return undefined;
}

/** A real date moved by up to two months either way (so dates spread without leaving the real range much). */
function drawLastUpdate(stats: LayoutStats, random: Random): Treatment['lastUpdate'] {
  const dated = stats.lastUpdate.dates.length;
  const undated = stats.lastUpdate.undatedTexts.length;
  if (dated === 0 || (undated > 0 && random.chance(undated / (dated + undated)))) {
    return undated > 0 ? { text: random.pick(stats.lastUpdate.undatedTexts) } : undefined;
  }
  const base = Date.parse(`${random.pick(stats.lastUpdate.dates)}T00:00:00Z`);
  const date = new Date(base + random.int(-60, 60) * 86_400_000).toISOString().slice(0, 10);
  const [y, m, d] = date.split('-');
  return { text: `${d}/${m}/${y}`, date };
}

/** Words drawn from the real texts until the length is reached, ending on the whole word that comes closest. */
function makeText(random: Random, words: readonly string[], length: number): string {
  if (length <= 0) return '';
  const parts: string[] = [];
  let n = -1;
  let previous = n;
  while (n < length) {
    const w = random.pick(words);
    parts.push(w);
    previous = n;
    n += w.length + 1;
  }
  if (parts.length > 1 && length - previous < n - length) parts.pop();
  const text = parts.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function dedupeSlugs(treatments: Treatment[]): void {
  const seen = new Map<string, number>();
  for (const t of treatments) {
    const n = (seen.get(t.slug) ?? 0) + 1;
    seen.set(t.slug, n);
    if (n > 1) t.slug = `${t.slug}-${n}`;
  }
}
