// The language a register is written in, known from its layout, and what depends on it when reading names.
import type { CatalogueEntry } from './catalogue.ts';
import type { LayoutId } from './raw-register.ts';
import type { RecognisableEntry } from './recognise-entities.ts';

export { languageSchema, type Language } from './language-tag.ts';
import type { Language } from './language-tag.ts';

/**
 * Each layout is one administration's template, in one language: the French ministries' tables and blocks, the EU
 * institutions' (EDPS) record form in English. The layout id is what the content-based detection found, never the
 * file name, so the language follows from it.
 */
export const LAYOUT_LANGUAGE: Readonly<Record<LayoutId, Language>> = {
  'ms-table': 'fr',
  'miom-blocks': 'fr',
  'edps-form': 'en',
  // The CNIL's model and the tables people keep are French unless their headers say otherwise (RawRegister.language).
  'cnil-template': 'fr',
  table: 'fr',
};

/** The names of catalogue entries a register of this language is read with (see CatalogueEntry.aliasesEn). */
export function namesForLanguage(entries: readonly CatalogueEntry[], language: Language): RecognisableEntry[] {
  if (language === 'fr') return [...entries];
  // An empty label compiles to no name: only the English aliases and patterns are matched.
  return entries.map((entry) => ({ id: entry.id, label: '', aliases: entry.aliasesEn, patterns: entry.patternsEn }));
}
