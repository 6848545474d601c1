// Reads a treatment title into comparable words, with the systems it names replaced by their catalogue id.
import { replaceTags } from '../text/replace-tags.ts';
import { stripMarks } from '../text/fold.ts';
import type { CatalogueEntry } from '../model/catalogue.ts';
import { extractContentWords } from './extract-content-words.ts';

export interface TitleReading {
  /** Content words, a named system counting as one word "system:<id>" whatever its spelling. */
  words: string[];
  /** Catalogue id → the name as written in the title (accents off, case kept), e.g. hydre → "Hyde". */
  systems: Map<string, string>;
}

export type TitleReader = (title: string) => TitleReading;

interface SystemName {
  id: string;
  pattern: RegExp;
}

/**
 * Built once from the systems catalogue: its labels, aliases and misspellings are how "Hyde" (001) and "Hydre" (002) turn
 * out to be the same directory. Longer names are tried first so that "Socle Enquêtes SOLEN" wins over "SOLEN".
 */
export function createTitleReader(systems: readonly CatalogueEntry[]): TitleReader {
  const names: SystemName[] = systems
    .flatMap((entry) => [entry.label, ...entry.aliases, ...entry.misspellings].map((name) => ({ id: entry.id, name: stripAccents(name) })))
    .filter(({ name }) => /[\p{L}\p{N}]{2}/u.test(name))
    .sort((a, b) => b.name.length - a.name.length || a.name.localeCompare(b.name))
    .map(({ id, name }) => ({ id, pattern: new RegExp(`(?<![\\p{L}\\p{N}])${buildNamePattern(name)}(?![\\p{L}\\p{N}])`, 'giu') }));

  // Aligning two registers reads each title once per candidate pair: remember the readings.
  const readings = new Map<string, TitleReading>();
  return (title) => {
    const known = readings.get(title);
    if (known) return known;
    let rest = stripAccents(replaceTags(title));
    const systemsFound = new Map<string, string>();
    for (const { id, pattern } of names) {
      rest = rest.replace(pattern, (surface) => {
        if (!systemsFound.has(id)) systemsFound.set(id, surface);
        // A placeholder without letters keeps the name from being matched again by a shorter alias.
        return ' \u0000 ';
      });
    }
    const words = [...extractContentWords(rest.replace(/\u0000/g, ' ')).map((w) => w.stem), ...[...systemsFound.keys()].map((id) => `system:${id}`)];
    const reading = { words, systems: systemsFound };
    readings.set(title, reading);
    return reading;
  };
}

function stripAccents(text: string): string {
  return stripMarks(text).normalize('NFC');
}

/** Spaces, hyphens and slashes inside a name match any run of them, or none ("Office 365" finds "Office365"). */
function buildNamePattern(name: string): string {
  return name
    .trim()
    .split(/[\s\-_/]+/u)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[\\s\\-_/]*');
}
