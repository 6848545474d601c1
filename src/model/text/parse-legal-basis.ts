// Reads the lawful basis cells: GDPR art. 6(1)/9(2) points, and whether a LIL Titre III/IV basis is stated.
import { stripMarks } from '../../text/fold.ts';
import { cleanText } from './clean-text.ts';

export type GdprLegalBasis =
  | 'A6-1-a' | 'A6-1-b' | 'A6-1-c' | 'A6-1-d' | 'A6-1-e' | 'A6-1-f'
  | 'A9-2-a' | 'A9-2-b' | 'A9-2-c' | 'A9-2-d' | 'A9-2-e' | 'A9-2-f' | 'A9-2-g' | 'A9-2-h' | 'A9-2-i' | 'A9-2-j';

export interface GdprLegalBasisStatement {
  /** Recognised bases, unique, in article order. */
  bases: GdprLegalBasis[];
  /** False when the cell is empty or says no ("Non", "Sans objet"). */
  stated: boolean;
}

export interface LilBasisStatement {
  stated: boolean;
  text: string;
}

const ORDER: GdprLegalBasis[] = [
  'A6-1-a', 'A6-1-b', 'A6-1-c', 'A6-1-d', 'A6-1-e', 'A6-1-f',
  'A9-2-a', 'A9-2-b', 'A9-2-c', 'A9-2-d', 'A9-2-e', 'A9-2-f', 'A9-2-g', 'A9-2-h', 'A9-2-i', 'A9-2-j',
];
const NEGATIVE = /^(?:non|sans objet|neant|aucun(?:e)?|n\/?a|nc|non applicable|non concerne|-|–|\/)\.?$/u;

// "Article 6 (1) f", "article 6.1.e", "art. 6-1-c", "6(1)(e)", "article 6, paragraphe 1, point e".
const ARTICLE =
  /(?<![\p{L}\p{N}])([69])\s*(?:\(\s*([12])\s*\)|[.-]\s*([12])|,?\s*(?:paragraphe|par\.|§|alinea|al\.)\s*([12]))\s*,?\s*(?:(?:point|lettre|sous-paragraphe|litt?era|lit\.)\s*)?[.-]?\s*\(?\s*([a-j])\s*\)?(?![\p{L}\p{N}])/gu;

// Wording of each basis, as the registers paraphrase GDPR art. 6(1).
const WORDING: [RegExp, GdprLegalBasis][] = [
  [/(?<![\p{L}])(?<!(?:sans|pas de|absence de|ni)\s)consentement/u, 'A6-1-a'],
  [/execution d'un contrat|mesures precontractuelles|contrat auquel la personne/u, 'A6-1-b'],
  [/obligations? legales?/u, 'A6-1-c'],
  [/interets? vita(?:ux|l)/u, 'A6-1-d'],
  [/interet public|autorite publique|mission de service public/u, 'A6-1-e'],
  [/interets? legitimes?/u, 'A6-1-f'],
];

/** GDPR bases named by article reference or by their usual wording. */
export function parseGdprLegalBasis(text: string): GdprLegalBasisStatement {
  const folded = foldText(cleanText(text));
  if (folded === '' || NEGATIVE.test(folded)) return { bases: [], stated: false };
  const found = new Set<GdprLegalBasis>();
  for (const m of folded.matchAll(ARTICLE)) {
    const article = m[1];
    const paragraph = m[2] ?? m[3] ?? m[4];
    const point = m[5] as string;
    if (article === '6' && paragraph === '1' && point <= 'f') found.add(`A6-1-${point}` as GdprLegalBasis);
    if (article === '9' && paragraph === '2') found.add(`A9-2-${point}` as GdprLegalBasis);
  }
  for (const [re, basis] of WORDING) if (re.test(folded)) found.add(basis);
  return { bases: ORDER.filter((b) => found.has(b)), stated: true };
}

/** Titre III (police-justice) / Titre IV (state security) cells: anything but a "no" states a basis. */
export function parseLilBasis(text: string): LilBasisStatement {
  const clean = cleanText(text);
  const folded = foldText(clean);
  return { stated: folded !== '' && !NEGATIVE.test(folded), text: clean };
}

function foldText(text: string): string {
  return stripMarks(text).replace(/[’‘`]/g, "'").toLowerCase().trim();
}
