// Decides which of two editions of a register is the older one, from signals read in their texts, never their file names.
import { trimTrailing } from '../text/match-tail.ts';
import type { CatalogueEntry } from '../model/catalogue.ts';
import type { Register, Treatment } from '../model/treatment.ts';
import type { SourceField } from '../model/source-field.ts';
import { cleanText } from '../model/text/clean-text.ts';
import type { Alignment } from './align-treatments.ts';
import { diffWords } from './diff-words.ts';
import { findMentionedDates } from './find-mentioned-dates.ts';
import { foldText } from '../text/fold.ts';

export type SignalKind = 'verb-tense' | 'latest-date' | 'retention-coverage' | 'spelling';

export interface OrderingSignal {
  kind: SignalKind;
  /** What the signal counts for when it points to one edition. */
  weight: number;
  /** Slug of the register this signal says is the newer edition; absent when it says nothing. */
  newer?: string;
  /** In French, with the words or figures it rests on. */
  description: string;
}

export interface OrderDecision {
  newer?: string;
  older?: string;
  /** Sum of the weights of the signals pointing to each register, by slug. */
  tally: Record<string, number>;
  signals: OrderingSignal[];
  /** In French: the decision and the evidence for it. */
  reason: string;
}

/**
 * Weights: a statement moved from the present to the imperfect ("respectent" → "respectaient") is the editor
 * speaking of a state that no longer holds, the strongest sign of a superseded edition; a later date is
 * strong too but may be absent; a register gaining retention periods or correct spellings is only likely.
 */
const WEIGHTS: Record<SignalKind, number> = { 'verb-tense': 3, 'latest-date': 2, 'retention-coverage': 1, spelling: 1 };
/** How the signals are named to readers. */
export const SIGNAL_LABELS: Record<SignalKind, string> = {
  'verb-tense': 'temps des verbes',
  'latest-date': 'dates mentionnées',
  'retention-coverage': 'durées de conservation',
  spelling: 'graphies',
};
/** Below this difference in the share of treatments stating a retention period, the signal says nothing. */
const COVERAGE_GAP = 0.2;

export function decideEditionOrder(left: Register, right: Register, alignment: Alignment, systems: readonly CatalogueEntry[]): OrderDecision {
  const signals = [
    readVerbTense(left, right, alignment),
    readLatestDate(left, right),
    readRetentionCoverage(left, right),
    readSpelling(left, right, alignment, systems),
  ];
  const tally: Record<string, number> = { [left.slug]: 0, [right.slug]: 0 };
  for (const s of signals) if (s.newer !== undefined) tally[s.newer] = (tally[s.newer] ?? 0) + s.weight;
  const l = tally[left.slug] ?? 0;
  const r = tally[right.slug] ?? 0;
  if (l === r) {
    return { tally, signals, reason: `Ordre des éditions ${left.slug} et ${right.slug} indéterminé : les indices s'équilibrent (${l} contre ${r}). ${describeAll(signals)}` };
  }
  const [newer, older] = l > r ? [left.slug, right.slug] : [right.slug, left.slug];
  const reason = `${newer} est l'édition la plus récente et ${older} l'édition antérieure (indices : ${Math.max(l, r)} contre ${Math.min(l, r)}). ${describeAll(signals)}`;
  return { newer, older, tally, signals, reason };
}

function describeAll(signals: readonly OrderingSignal[]): string {
  return signals.map((s) => s.description).join(' ');
}

// ------------------------------------------------------------------------------------------ verb tense

function readVerbTense(left: Register, right: Register, alignment: Alignment): OrderingSignal {
  const presentIn = new Map<string, string[]>([[left.slug, []], [right.slug, []]]);
  for (const [a, b] of pairTexts(left, right, alignment)) {
    for (const hunk of diffWords(a, b).hunks) {
      const before = readBareWord(hunk.deleted);
      const after = readBareWord(hunk.inserted);
      if (before === undefined || after === undefined) continue;
      if (isImperfectOf(before, after)) presentIn.get(left.slug)!.push(`« ${before} » (${left.slug}) / « ${after} » (${right.slug})`);
      else if (isImperfectOf(after, before)) presentIn.get(right.slug)!.push(`« ${after} » (${right.slug}) / « ${before} » (${left.slug})`);
    }
  }
  const l = presentIn.get(left.slug)!;
  const r = presentIn.get(right.slug)!;
  if (l.length === r.length) {
    return { kind: 'verb-tense', weight: WEIGHTS['verb-tense'], description: 'Temps des verbes : aucun passage du présent à l’imparfait entre les deux éditions.' };
  }
  const [newer, examples] = l.length > r.length ? [left.slug, l] : [right.slug, r];
  const older = newer === left.slug ? right.slug : left.slug;
  return {
    kind: 'verb-tense',
    weight: WEIGHTS['verb-tense'],
    newer,
    description: `Temps des verbes : le même énoncé est au présent dans ${newer} et à l’imparfait dans ${older} (${examples.join(' ; ')}) ; l’imparfait parle d’un état révolu, celui d’une édition dépassée.`,
  };
}

/** Texts both editions hold for the same thing: heading fields of the same label, fields of aligned treatments. */
function pairTexts(left: Register, right: Register, alignment: Alignment): [string, string][] {
  const out: [string, string][] = [];
  const pairFields = (a: readonly SourceField[], b: readonly SourceField[], key: (f: SourceField) => string) => {
    for (const f of a) {
      const g = b.find((candidate) => key(candidate) === key(f));
      if (g) out.push([cleanText(f.text), cleanText(g.text)]);
    }
  };
  pairFields(left.preamble, right.preamble, (f) => `${f.key} ${foldText(f.label)}`);
  for (const pair of alignment.pairs) pairFields(pair.left.fields, pair.right.fields, (f) => f.key);
  return out;
}

function readBareWord(text: string): string | undefined {
  const word = trimTrailing(text.trim().replace(/^[«"'(]+/, ''), /[»"'),.;:!?]/);
  return /^[\p{L}’']+$/u.test(word) ? word : undefined;
}

const IRREGULAR_IMPERFECT: Record<string, string> = {
  est: 'etait', sont: 'etaient', a: 'avait', ont: 'avaient', fait: 'faisait', font: 'faisaient',
  peut: 'pouvait', peuvent: 'pouvaient', doit: 'devait', doivent: 'devaient', va: 'allait', vont: 'allaient',
};

/** "respectent"/"respectaient", "respecte"/"respectait", "est"/"était": the same verb, present then imperfect. */
function isImperfectOf(present: string, imperfect: string): boolean {
  const p = foldText(present);
  const i = foldText(imperfect);
  if (IRREGULAR_IMPERFECT[p] === i) return true;
  if (p.length > 4 && p.endsWith('ent') && i === `${p.slice(0, -3)}aient`) return true;
  return p.length > 3 && p.endsWith('e') && i === `${p.slice(0, -1)}ait`;
}

// ------------------------------------------------------------------------------------------ dates

function readLatestDate(left: Register, right: Register): OrderingSignal {
  const l = findMentionedDates(left).at(-1);
  const r = findMentionedDates(right).at(-1);
  const base = { kind: 'latest-date' as const, weight: WEIGHTS['latest-date'] };
  if (l === undefined || r === undefined) {
    return { ...base, description: `Dates : ${l === undefined && r === undefined ? 'aucune des deux éditions ne mentionne de date complète' : 'une seule des deux éditions mentionne une date complète'} ; pas de conclusion.` };
  }
  if (l === r) return { ...base, description: `Dates : la date la plus récente mentionnée est la même dans les deux éditions (${formatDate(l)}) ; pas de conclusion.` };
  const [newer, newest, other] = l > r ? [left.slug, l, r] : [right.slug, r, l];
  return { ...base, newer, description: `Dates : ${newer} mentionne le ${formatDate(newest)}, plus tard que toute date de l’autre édition (au plus le ${formatDate(other)}).` };
}

function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

// ------------------------------------------------------------------------------------------ retention periods

function readRetentionCoverage(left: Register, right: Register): OrderingSignal {
  const count = (r: Register) => r.treatments.filter((t: Treatment) => t.retention.length > 0).length;
  const lc = count(left);
  const rc = count(right);
  const l = lc / left.treatments.length;
  const r = rc / right.treatments.length;
  const figures = `${lc} traitements sur ${left.treatments.length} indiquent une durée de conservation dans ${left.slug}, ${rc} sur ${right.treatments.length} dans ${right.slug}`;
  const base = { kind: 'retention-coverage' as const, weight: WEIGHTS['retention-coverage'] };
  if (Math.abs(l - r) < COVERAGE_GAP) return { ...base, description: `Durées de conservation : ${figures} ; écart trop faible pour conclure.` };
  const newer = l > r ? left.slug : right.slug;
  return { ...base, newer, description: `Durées de conservation : ${figures} ; un registre se complète d’une édition à l’autre (article 30, 1, f du RGPD), il se vide rarement.` };
}

// ------------------------------------------------------------------------------------------ spelling

/**
 * Titles of aligned treatments that differ only by the spelling of a name: the edition that writes it as the
 * catalogue's label does ("Hydre" in "Annuaire Hydre"), or with its accents ("Pégase"), looks proof-read.
 */
function readSpelling(left: Register, right: Register, alignment: Alignment, systems: readonly CatalogueEntry[]): OrderingSignal {
  const corrected = new Map<string, string[]>([[left.slug, []], [right.slug, []]]);
  const labelWords = new Map(systems.map((s) => [s.id, new Set(s.label.split(/[\s,()]+/u).map(foldText))]));
  for (const pair of alignment.pairs) {
    for (const variant of pair.evidence.spellingVariants) {
      const words = labelWords.get(variant.system);
      const leftOk = words?.has(foldText(variant.left)) ?? false;
      const rightOk = words?.has(foldText(variant.right)) ?? false;
      if (leftOk !== rightOk) corrected.get(leftOk ? left.slug : right.slug)!.push(leftOk ? `« ${variant.left} » / « ${variant.right} »` : `« ${variant.right} » / « ${variant.left} »`);
    }
    const a = pair.left.title.split(/\s+/u);
    const b = pair.right.title.split(/\s+/u);
    if (a.length !== b.length) continue;
    a.forEach((word, k) => {
      const other = b[k]!;
      if (word === other || foldText(word) !== foldText(other)) return;
      const accents = (w: string) => w.normalize('NFD').length - w.length;
      if (accents(word) !== accents(other)) corrected.get(accents(word) > accents(other) ? left.slug : right.slug)!.push(accents(word) > accents(other) ? `« ${word} » / « ${other} »` : `« ${other} » / « ${word} »`);
    });
  }
  const l = corrected.get(left.slug)!;
  const r = corrected.get(right.slug)!;
  const base = { kind: 'spelling' as const, weight: WEIGHTS.spelling };
  if (l.length === r.length) return { ...base, description: 'Graphies : pas d’écart d’orthographe des noms entre les titres des deux éditions.' };
  const [newer, examples] = l.length > r.length ? [left.slug, l] : [right.slug, r];
  return {
    ...base,
    newer,
    description: `Graphies : ${newer} écrit les noms comme le catalogue ou avec leurs accents (${examples.join(' ; ')}), signe possible d’une relecture ; indice faible, une coquille pouvant aussi apparaître dans une édition récente.`,
  };
}
