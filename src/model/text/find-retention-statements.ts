// Picks out of a data-categories cell the sentences and clauses that state how long data is kept.
import { splitSegments } from './clean-text.ts';

// Words that only occur in these registers when a retention is being stated.
const KEYWORD = /(?:conserv|durée|duree|rétention|retention|supprim|purg|effac|détrui|detrui|tant qu|temps d['’]usage|le temps de|limitée?s? à|jusqu['’])/iu;
const PERIOD =
  /(?<![\p{L}\p{N}])(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente)\s*(?:ans?|années?|mois|semaines?|jours?|heures?)(?![\p{L}])/giu;
// A bare period ("Informations de connexion 1 an") counts when it closes the clause or starts a relative span;
// one closing a parenthesis or following "moins de" is an age or a size ("usagers de moins de 25 ans)").
const AFTER_PERIOD = /^(?:[\s.,;]*$|\s*(?:à compter|à compte|après|apres|max|au maximum|puis|glissant|suivant|au terme))/iu;
const BEFORE_PERIOD_AGE = /(?:moins de|plus de|âgée?s? de|age de|âge de)\s*$/iu;

/** Retention clauses of a cell (HTML or plain), cleaned, in source order, exact repeats removed. */
export function findRetentionStatements(cellText: string): string[] {
  const found: string[] = [];
  for (const segment of splitSegments(cellText, { mode: 'clauses' })) {
    const text = segment.text.replace(/[\s,;]+$/, '');
    if (!isRetention(text)) continue;
    if (!found.includes(text)) found.push(text);
  }
  return found;
}

function isRetention(text: string): boolean {
  if (KEYWORD.test(text)) return true;
  for (const m of text.matchAll(PERIOD)) {
    const at = m.index ?? 0;
    if (BEFORE_PERIOD_AGE.test(text.slice(Math.max(0, at - 20), at))) continue;
    if (AFTER_PERIOD.test(text.slice(at + m[0].length))) return true;
  }
  return false;
}
