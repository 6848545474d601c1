// The evidence that two treatments of two registers describe the same processing, and the score it adds up to.
import type { Treatment } from '../model/treatment.ts';
import type { TitleReader } from './create-title-reader.ts';
import { extractContentWords, type ContentWord } from './extract-content-words.ts';
import { extractTrigrams, measureDice } from './measure-overlap.ts';

export interface SpellingVariant {
  /** Catalogue id of the system both titles name. */
  system: string;
  left: string;
  right: string;
}

export interface PairEvidence {
  /** Weighted mean of the similarities below that could be measured, 0–1, three decimals. */
  score: number;
  /** Best of word and character-trigram overlap of the titles, systems read through the catalogue. */
  titleSimilarity: number;
  /** Overlap of the recognised systems; absent when neither treatment names one. */
  systemSimilarity?: number;
  /** Overlap of the content words of the purposes; absent when neither states one. */
  purposeSimilarity?: number;
  sharedSystems: string[];
  /** Words the purposes share, one per stem, as the first register writes them; sorted. */
  sharedPurposeWords: string[];
  /** Systems the titles write differently ("Hyde" / "Hydre"): same catalogue entry, other spelling. */
  spellingVariants: SpellingVariant[];
}

/** Titles say most; systems and purposes confirm, and break ties between the five Office365 treatments. */
export const EVIDENCE_WEIGHTS = { title: 0.5, systems: 0.2, purposes: 0.3 } as const;

export function scoreTreatmentPair(left: Treatment, right: Treatment, readTitle: TitleReader): PairEvidence {
  const leftTitle = readTitle(left.title);
  const rightTitle = readTitle(right.title);
  const titleSimilarity = Math.max(
    measureDice(leftTitle.words, rightTitle.words) ?? 0,
    measureDice(spellOut(leftTitle.words), spellOut(rightTitle.words)) ?? 0,
  );
  const systemSimilarity = measureDice(left.systems, right.systems);
  const leftPurposeWords = readPurposeWords(left);
  const rightPurposeStems = new Set(readPurposeWords(right).map((w) => w.stem));
  const purposeSimilarity = measureDice(leftPurposeWords.map((w) => w.stem), rightPurposeStems);

  const parts: [number, number | undefined][] = [
    [EVIDENCE_WEIGHTS.title, titleSimilarity],
    [EVIDENCE_WEIGHTS.systems, systemSimilarity],
    [EVIDENCE_WEIGHTS.purposes, purposeSimilarity],
  ];
  const measured = parts.filter((p): p is [number, number] => p[1] !== undefined);
  const weight = measured.reduce((sum, [w]) => sum + w, 0);
  const score = measured.reduce((sum, [w, v]) => sum + w * v, 0) / weight;

  const spellingVariants: SpellingVariant[] = [];
  for (const [system, surface] of leftTitle.systems) {
    const other = rightTitle.systems.get(system);
    if (other !== undefined && other.toLowerCase() !== surface.toLowerCase()) spellingVariants.push({ system, left: surface, right: other });
  }
  return {
    score: round(score),
    titleSimilarity: round(titleSimilarity),
    ...(systemSimilarity !== undefined ? { systemSimilarity: round(systemSimilarity) } : {}),
    ...(purposeSimilarity !== undefined ? { purposeSimilarity: round(purposeSimilarity) } : {}),
    sharedSystems: left.systems.filter((s) => right.systems.includes(s)).sort(),
    sharedPurposeWords: findSharedWords(leftPurposeWords, rightPurposeStems),
    spellingVariants,
  };
}

/** Trigrams of the plain words, for typos and inflections; a named system stays one item, never spelled out. */
function spellOut(words: readonly string[]): string[] {
  const systems = words.filter((w) => w.startsWith('system:'));
  return [...extractTrigrams(words.filter((w) => !w.startsWith('system:'))), ...systems];
}

/** A treatment is scored against every treatment of the other register: its purpose words are read once. */
const purposeWords = new WeakMap<Treatment, ContentWord[]>();

function readPurposeWords(t: Treatment): ContentWord[] {
  let words = purposeWords.get(t);
  if (!words) {
    words = extractContentWords(t.purposes.join(' '));
    purposeWords.set(t, words);
  }
  return words;
}

function findSharedWords(left: readonly ContentWord[], rightStems: ReadonlySet<string>): string[] {
  const byStem = new Map<string, string>();
  for (const { stem, word } of left) if (rightStems.has(stem) && !byStem.has(stem)) byStem.set(stem, word);
  return [...byStem.values()].sort((a, b) => a.localeCompare(b, 'fr'));
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
