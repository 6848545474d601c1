// Reads the legal bases a treatment states outside the GDPR's points: Regulation (EU) 2018/1725 articles, EU staff
// rules, French laws and decrees, each a catalogue entry (legal-bases.json) of ours.
import type { CatalogueEntry } from './catalogue.ts';
import type { Catalogues } from './load-catalogues.ts';
import { namesForLanguage, type Language } from './language.ts';
import { createRecogniser, type Recogniser } from './recognise-entities.ts';
import type { FieldKey } from './source-field.ts';
import type { LegalBasisStatement, Treatment } from './treatment.ts';
import { cleanText } from './text/clean-text.ts';

export interface StatedLegalBases {
  /** Legal-basis ids the treatment's processing rests on, in order of first mention. */
  readonly bases: string[];
  /** The record's legal-basis sentences, each with the ids it cites. */
  readonly statements?: LegalBasisStatement[];
}

/** French cells that state a legal basis or the text it comes from; purposes may cite one ("sur la base de la loi …"). */
const FRENCH_FIELDS: readonly FieldKey[] = ['legalBasisGdpr', 'legalBasisPoliceJustice', 'legalBasisStateSecurity', 'legalFoundation', 'purposes'];

export type LegalBasisReader = (treatment: Treatment, language: Language) => StatedLegalBases;

export function createLegalBasisReader(catalogues: Catalogues): LegalBasisReader {
  // Ours only: the GDPR's points are read by parseGdprLegalBasis into eu-gdpr terms.
  const own: readonly CatalogueEntry[] = catalogues['legal-basis'].filter((entry) => entry.dpvTerm === undefined);
  const recognisers: Record<Language, Recogniser> = {
    fr: createRecogniser(namesForLanguage(own, 'fr')),
    en: createRecogniser(namesForLanguage(own, 'en')),
  };
  const ids = new Set(own.map((entry) => entry.id));
  /** "48(2)(d)" of Regulation (EU) 2018/1725 → "eudpr-48-2-d", when the catalogue has it. */
  const articleId = (article: string): string | undefined => {
    const id = `eudpr-${article.replace(/\)\(|\(/g, '-').replace(/\)/g, '')}`.toLowerCase();
    return ids.has(id) ? id : undefined;
  };
  return (treatment, language) => {
    if (language === 'fr') {
      const text = treatment.fields.filter((f) => FRENCH_FIELDS.includes(f.key)).map((f) => cleanText(f.text)).join('\n');
      return { bases: recognisers.fr(text) };
    }
    const statements = (treatment.legalBasisStatements ?? []).map((statement) => {
      const cited = unique([...statement.articles.map(articleId).filter((id): id is string => id !== undefined), ...recognisers.en(statement.text)]);
      return cited.length > 0 ? { ...statement, bases: cited } : statement;
    });
    const bases = unique(statements.filter((s) => !s.transfer).flatMap((s) => s.bases ?? []));
    return { bases, ...(statements.length > 0 ? { statements } : {}) };
  };
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
