// Structures a treatment's transfers to third countries: the ones its register states (country, recipient, the
// legal basis of the transfer; a form's rows as read) and the ones the catalogue implies (a recipient established
// outside the EU/EEA).
import type { Catalogues } from './load-catalogues.ts';
import { namesForLanguage, type Language } from './language.ts';
import { createRecogniser, type Recogniser } from './recognise-entities.ts';
import type { LegalBasisStatement, Transfer, Treatment } from './treatment.ts';
import { cleanText } from './text/clean-text.ts';

/** The country a register points to when it only says "outside the EU and the EEA" (countries.json). */
export const UNSPECIFIED_THIRD_COUNTRY = 'non-eea';

export type TransferFinder = (treatment: Treatment, language: Language, statements: readonly LegalBasisStatement[]) => Transfer[];

export function createTransferFinder(catalogues: Catalogues): TransferFinder {
  const organisations = new Map(catalogues.organisation.map((o) => [o.id, o]));
  const countryOf = (alpha2: string) => catalogues.country.find((c) => c.dpvTerm === `loc:${alpha2}` || c.id === alpha2.toLowerCase());
  const recognise: Record<Language, { organisation: Recogniser; safeguard: Recogniser }> = {
    fr: buildRecognisers(catalogues, 'fr'),
    en: buildRecognisers(catalogues, 'en'),
  };
  /** A country outside the EU/EEA, by its catalogue entry. */
  const isThirdCountry = (id: string | undefined): boolean => id !== undefined && catalogues.byId('country', id)?.internal === false;

  return (treatment, language, statements) => {
    // A form states its transfers row by row (the CNIL fiche: recipient, country, safeguard): those are the stated
    // ones, sent by the controllers when the row names no sender; its cells' text is not read again.
    const transfers: Transfer[] = (treatment.transfers ?? []).map((t) => (t.exporters.length > 0 ? t : { ...t, exporters: [...treatment.controllers] }));
    const { transfer } = treatment;
    if (transfer.stated === 'yes' && transfers.length === 0) {
      const text = cleanText(transfer.text ?? '');
      const third = transfer.countries.map((code) => countryOf(code)?.id).filter((id): id is string => isThirdCountry(id));
      // "Transferred outside of EU and EEA" without a country: a country of DPV's loc:non-EEA, unnamed.
      const countries = third.length > 0 ? third : [UNSPECIFIED_THIRD_COUNTRY];
      // An EU institution named there (the Commission, for its standard clauses) is no party to the transfer.
      const named = recognise[language].organisation(text).filter((id) => organisations.get(id)?.jurisdiction === undefined);
      // A controller the item names is the one transferring (EDPS 57: "transferred outside of EU and EEA by AirPlus").
      const exporting = named.filter((id) => treatment.controllers.includes(id));
      const exporters = exporting.length > 0 ? exporting : [...treatment.controllers];
      const recipients = named.filter((id) => organisations.get(id)?.internal === false && !treatment.controllers.includes(id));
      const safeguards = unique([
        ...statements.filter((s) => s.transfer).flatMap((s) => s.bases ?? []),
        ...recognise[language].safeguard(text),
      ]);
      for (const country of countries) transfers.push({ country, exporters, recipients, safeguards, evidence: 'stated' });
    }
    // A recipient or processor established in a third country receives the data there, whatever the register says.
    for (const id of unique([...treatment.recipients, ...treatment.processors])) {
      const home = organisations.get(id)?.country;
      const country = home === undefined ? undefined : countryOf(home)?.id;
      if (country === undefined || !isThirdCountry(country)) continue;
      const known = transfers.find((t) => t.country === country);
      if (known) {
        if (!known.recipients.includes(id)) known.recipients.push(id);
      } else transfers.push({ country, exporters: [...treatment.controllers], recipients: [id], safeguards: [], evidence: 'inferred' });
    }
    return transfers;
  };
}

function buildRecognisers(catalogues: Catalogues, language: Language): { organisation: Recogniser; safeguard: Recogniser } {
  // The legal bases of a transfer: those typed dpv:DataTransferLegalBasis (adequacy, clauses, binding rules, derogations).
  const safeguards = catalogues['legal-basis'].filter((entry) => entry.types.includes('dpv:DataTransferLegalBasis'));
  return {
    organisation: createRecogniser(namesForLanguage(catalogues.organisation, language)),
    safeguard: createRecogniser(namesForLanguage(safeguards, language)),
  };
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
