// Reads a column header as a register field: the --mapping file first, then a tool's profile, then the FR/EN
// synonyms kept as data (ontology/tables/headers.json).
import { z } from 'zod';
import { fieldKeySchema, type FieldKey } from '../../model/source-field.ts';
import type { Language } from '../../model/language-tag.ts';
import { readOntologyTable } from '../../model/read-ontology-table.ts';
import { foldText } from '../../text/fold.ts';
import type { HeaderMapping } from './header-mapping.ts';

const headersSchema = z.object({
  source: z.string(),
  fields: z.partialRecord(fieldKeySchema, z.object({ fr: z.array(z.string().min(1)), en: z.array(z.string().min(1)) })),
});

export interface HeaderMatch {
  readonly key: FieldKey;
  /** A tool's yes/no column: what a "yes" in it stands for ("Salariés"). */
  readonly flag?: string;
  /** A tool's sheet of items: the part of the item the column holds ("retention", "country"…). */
  readonly part?: string;
  /** The language of the synonym matched, when only one language has it. */
  readonly language?: Language;
  readonly via: 'mapping' | 'profile' | 'synonym';
}

export interface HeaderReader {
  match(header: string): HeaderMatch | undefined;
}

/** Headers compare without case, accents or spacing; "(s)" reads as a plural, a final ":", "*" or "?" is dropped. */
export function foldHeader(text: string): string {
  return foldText(text)
    .replace(/\(s\)/g, 's')
    .replace(/[\s:*?]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A header is a field when it is a synonym, or holds one as whole words: then the longest one it holds wins ("Durée
 * de conservation des données" is a retention, not data categories). Single words ("Nom", "Sécurité") only match a
 * whole header, so that "Structure - Nom" is not a treatment's name.
 */
export function createHeaderReader(options: { mapping?: HeaderMapping; profile?: Readonly<Record<string, { key: FieldKey; flag?: string; part?: string }>> } = {}): HeaderReader {
  const exact = new Map<string, { key: FieldKey; languages: Set<Language> }>();
  const contained: { words: string; key: FieldKey; languages: Set<Language> }[] = [];
  const table = readOntologyTable('headers.json', headersSchema);
  for (const [key, byLanguage] of Object.entries(table.fields) as [FieldKey, { fr: string[]; en: string[] }][]) {
    for (const language of ['fr', 'en'] as const) {
      for (const synonym of byLanguage[language]) {
        const folded = foldHeader(synonym);
        const known = exact.get(folded) ?? { key, languages: new Set<Language>() };
        known.languages.add(language);
        exact.set(folded, known);
      }
    }
  }
  for (const [words, { key, languages }] of exact) if (words.includes(' ')) contained.push({ words, key, languages });
  contained.sort((a, b) => b.words.length - a.words.length);
  const mapping = new Map(Object.entries(options.mapping?.columns ?? {}).map(([header, key]) => [foldHeader(header), key]));
  const profile = new Map(Object.entries(options.profile ?? {}).map(([header, key]) => [foldHeader(header), key]));
  const languageOf = (languages: Set<Language>) => (languages.size === 1 ? { language: [...languages][0]! } : {});
  return {
    match(header) {
      const folded = foldHeader(header);
      if (folded === '') return undefined;
      const mapped = mapping.get(folded);
      if (mapped) return { key: mapped, via: 'mapping' };
      const profiled = profile.get(folded);
      if (profiled) return { ...profiled, via: 'profile' };
      const known = exact.get(folded);
      if (known) return { key: known.key, via: 'synonym', ...languageOf(known.languages) };
      const padded = ` ${folded.replace(/[^\p{L}\p{N}'°]+/gu, ' ')} `;
      const found = contained.find((c) => padded.includes(` ${c.words.replace(/[^\p{L}\p{N}'°]+/gu, ' ')} `));
      return found ? { key: found.key, via: 'synonym', ...languageOf(found.languages) } : undefined;
    },
  };
}
