// Gives each retention rule its anchor event and the data categories it applies to ("Logs de connexion : 1 an").
import type { Catalogues } from './load-catalogues.ts';
import { namesForLanguage, type Language } from './language.ts';
import { createRecogniser, type Recogniser } from './recognise-entities.ts';
import type { Retention } from './treatment.ts';
import { locateRetentionAnchor, parseRetentionEvent } from './text/parse-retention-event.ts';

export type RetentionReader = (entries: readonly Retention[], language: Language, source: string) => Retention[];

/** What only excludes: "En dehors des traces, seules les données …" names no category the rule applies to. */
const EXCLUSION = /(?<![\p{L}])(?:en dehors|hors|sauf|à l'exception|except|apart from|other than)\s+(?:des?|du|de la|de l'|d'|the)?\s*[^,;:.]*/giu;
/** A clause with no subject of its own: it goes on with what the previous entry ends with. */
const SUBJECTLESS = /^(?:if|which|are|is|si|qui|sont|est)(?![\p{L}])/iu;

export function createRetentionReader(catalogues: Catalogues): RetentionReader {
  const categories: Record<Language, Recogniser> = {
    fr: createRecogniser(namesForLanguage(catalogues['data-category'], 'fr')),
    en: createRecogniser(namesForLanguage(catalogues['data-category'], 'en')),
  };
  return (entries, language, source) => {
    const recognise = categories[language];
    const resplit = reattachTrailingCategories(entries, recognise, source);
    return resplit.map((entry) => {
      const event = parseRetentionEvent(entry, language);
      // What the rule is about comes before it: "Logs de connexion : 1 an", "Noms, prénoms … sont conservés 1 an";
      // what follows is its event or its reason ("7 ans, délai de prescription des infractions pénales").
      const at = locateRetentionAnchor(entry, language);
      const subject = entry.kind === 'unspecified' ? '' : entry.text.slice(0, at ?? entry.text.length).replace(EXCLUSION, ' ');
      // A form's row already says which data its retention is for (the CNIL fiche: one retention per category).
      const dataCategories = entry.dataCategories ?? recognise(subject);
      return {
        ...entry,
        ...(event ? { event } : {}),
        ...(dataCategories.length > 0 ? { dataCategories } : {}),
      };
    });
  };
}

/**
 * A list item whose line break was lost ends the previous entry: "6 months after submission for spontaneous
 * applications health data, if communicated … are stored until the end of the selection process". The category the
 * entry ends with is the subject of the next, subject-less, clause: it moves there when the source has the words so.
 */
function reattachTrailingCategories(entries: readonly Retention[], recognise: Recogniser, source: string): Retention[] {
  const out = entries.map((e) => ({ ...e }));
  for (let i = 0; i + 1 < out.length; i += 1) {
    const current = out[i]!;
    const next = out[i + 1]!;
    if (!SUBJECTLESS.test(next.text)) continue;
    const words = current.text.split(/\s+/);
    for (let n = 1; n <= Math.min(4, words.length - 2); n += 1) {
      const tail = words.slice(-n).join(' ');
      if (/\d/.test(tail) || recognise(tail).length === 0) continue;
      const moved = `${tail}, ${next.text}`;
      if (!source.includes(moved)) break;
      current.text = words.slice(0, -n).join(' ');
      next.text = moved;
      break;
    }
  }
  return out;
}
