// Reads the rows of a form's repeated blocks (the CNIL fiche): parties, purposes, data rows with their retention,
// recipients with their type, measures, transfers with their safeguard; list values mapped to DPV and our catalogues.
import type { ParseWarning, RawItem } from './raw-register.ts';
import type { SourceField } from './source-field.ts';
import type { Party, Retention, Treatment } from './treatment.ts';
import type { Catalogues } from './load-catalogues.ts';
import type { ListValueReader } from './list-values.ts';
import type { Language } from './language.ts';
import { cleanText } from './text/clean-text.ts';
import { parseRetention } from './text/parse-retention.ts';
import { findRetentionEvent } from './text/find-retention-event.ts';
import { parseTransfer } from './text/parse-transfer.ts';
import { isNotApplicable } from './text/find-contacts.ts';

type Recognise = (text: string) => string[];

export interface FormContext {
  readonly recognise: { organisation: Recognise; dataCategory: Recognise; dataSubject: Recognise; country: Recognise };
  readonly values: ListValueReader;
  readonly catalogues: Catalogues;
  readonly language: Language;
  readonly file: string;
  readonly warnings: ParseWarning[];
}

/** What the items state, ready to be merged into the treatment the text fields describe. */
export type FormReading = Pick<Treatment, 'parties' | 'dpo' | 'mainPurpose' | 'personalData' | 'recipientDetails' | 'securityMeasures' | 'transfers'> & {
  purposes?: string[];
  retention?: Retention[];
  dataCategories: string[];
  dataSubjects: string[];
  recipients: string[];
  processors: string[];
};

export function readFormItems(items: readonly RawItem[], context: FormContext): FormReading {
  const of = (kind: RawItem['kind']) => items.filter((i) => i.kind === kind);
  const text = (field: SourceField | undefined) => (field ? cleanText(field.reading ?? field.text) : undefined);
  const reading: FormReading = { dataCategories: [], dataSubjects: [], recipients: [], processors: [] };

  const purposes = [...of('purpose').filter((i) => i.variant === 'main'), ...of('purpose').filter((i) => i.variant !== 'main')];
  const purposeTexts = purposes.map((i) => text(i.parts.text)).filter((t): t is string => !!t);
  if (purposeTexts.length > 0) {
    reading.purposes = purposeTexts;
    if (purposes[0]?.variant === 'main' && purposeTexts.length > 1) reading.mainPurpose = true;
  }

  const parties = readParties(of('party'), context);
  if (parties.length > 0) reading.parties = parties;
  const dpo = parties.find((p) => p.role === 'dpo');
  if (dpo) {
    const contacts = [dpo.email, dpo.telephone].filter((c): c is string => !!c);
    reading.dpo = { text: dpo.organisation ? `${dpo.name} (${dpo.organisation})` : dpo.name, contacts };
  }

  const retention: Retention[] = [];
  const personalData = of('personal-data').map((item) => {
    const description = text(item.parts.description);
    const listed = context.values.find('personalData', item.label).flatMap((e) => e.categories);
    const named = description ? context.recognise.dataCategory(description) : [];
    const categories = unique([...listed, ...(listed.length + named.length > 0 ? named : context.recognise.dataCategory(item.label))]);
    const sensitive = item.variant === 'sensitive' || categories.some((id) => context.catalogues.byId('data-category', id)?.sensitivity !== undefined);
    if (item.variant === 'sensitive' && categories.length === 0) categories.push('special-category');
    const statement = text(item.parts.retention);
    const indexes: number[] = [];
    for (const entry of statement ? parseRetention(statement, context.language) : []) {
      const event = entry.kind === 'duration' ? findRetentionEvent(entry.text, context.language) : undefined;
      indexes.push(retention.push({ ...entry, ...(event ? { event } : {}) }) - 1);
    }
    return { label: item.label || description || 'Données', ...(description ? { description } : {}), categories, sensitive, retention: indexes };
  });
  if (personalData.length > 0) {
    reading.personalData = personalData;
    reading.dataCategories = unique(personalData.flatMap((d) => d.categories));
    if (retention.length > 0) reading.retention = retention;
  }

  for (const item of of('data-subject')) {
    reading.dataSubjects.push(...[item.parts.description, item.parts.details].flatMap((f) => (f ? context.values.find('dataSubjects', f.text).flatMap((e) => e.categories) : [])));
  }

  const recipients = of('recipient').map((item) => {
    const type = text(item.parts.type);
    const name = text(item.parts.details) ?? type ?? item.label;
    const kind = type ? context.values.find('recipientTypes', type)[0] : undefined;
    const organisations = context.recognise.organisation(name);
    reading.recipients.push(...organisations);
    if (kind?.processor) reading.processors.push(...organisations);
    return { name, ...(type ? { type } : {}), types: kind?.types ?? [], processor: kind?.processor === true, organisations };
  });
  if (recipients.length > 0) reading.recipientDetails = recipients;

  const measures = of('security-measure').map((item) => {
    const type = text(item.parts.type);
    const details = text(item.parts.details);
    const measure = context.values.find('securityMeasures', type ?? details ?? '')[0]?.measure;
    return { text: [type, details].filter(Boolean).join(' — ') || item.label, ...(measure ? { measure } : {}) };
  });
  if (measures.length > 0) reading.securityMeasures = measures;

  const transfers = of('transfer').map((item) => readTransfer(item, context));
  if (transfers.length > 0) reading.transfers = transfers;

  reading.dataSubjects = unique(reading.dataSubjects);
  reading.recipients = unique(reading.recipients);
  reading.processors = unique(reading.processors);
  return reading;
}

function readParties(items: readonly RawItem[], context: FormContext): Party[] {
  const value = (item: RawItem, part: string) => {
    const field = item.parts[part];
    return field && !isNotApplicable(field.text) ? cleanText(field.text) : undefined;
  };
  const parties: Party[] = [];
  let dpoOrganisation: string | undefined;
  for (const item of items) {
    const name = [value(item, 'firstName'), value(item, 'name')].filter(Boolean).join(' ');
    if (item.variant === 'dpo-organisation') {
      dpoOrganisation = name || undefined;
      continue;
    }
    if (!name || !isRole(item.variant)) continue;
    const country = value(item, 'country');
    const countryId = country ? context.recognise.country(country)[0] : undefined;
    const details = ['organisation', 'address', 'postcode', 'town', 'telephone', 'email'].flatMap((part) => {
      const v = value(item, part);
      return v ? [[part, v] as const] : [];
    });
    parties.push({
      role: item.variant,
      name,
      ...Object.fromEntries(details),
      ...(country ? { country } : {}),
      ...(countryId ? { countryId } : {}),
      organisations: context.recognise.organisation(name),
    });
  }
  // The model asks for an external DPO's company on a row of its own ("N/A" when the DPO is internal).
  if (dpoOrganisation) {
    const dpo = parties.find((p) => p.role === 'dpo');
    if (dpo) dpo.organisation = dpoOrganisation;
    else parties.push({ role: 'dpo', name: dpoOrganisation, organisation: dpoOrganisation, organisations: context.recognise.organisation(dpoOrganisation) });
  }
  return parties;
}

function isRole(variant: string | undefined): variant is Party['role'] {
  return variant === 'controller' || variant === 'representative' || variant === 'dpo' || variant === 'joint-controller';
}

/** The country by our catalogue's names, an ISO code (a tool's export), or the names the transfer reader knows. */
function readTransfer(item: RawItem, context: FormContext): NonNullable<Treatment['transfers']>[number] {
  const part = (name: string) => {
    const field = item.parts[name];
    return field && !isNotApplicable(field.text) ? cleanText(field.text) : undefined;
  };
  const country = part('country');
  const codes: string[] = [];
  if (country) {
    const byName = context.recognise.country(country).map((id) => context.catalogues.byId('country', id)?.dpvTerm?.replace(/^loc:/, ''));
    const byCode = /^[A-Za-z]{2}$/.test(country) ? [country.toUpperCase()] : [];
    codes.push(...[...byName, ...byCode, ...parseTransfer(country, context.language).countries].filter((c): c is string => !!c));
  }
  const known = unique(codes).filter((code) => context.catalogues.country.some((c) => c.dpvTerm === `loc:${code}`));
  const field = item.parts.country;
  if (country && known.length === 0 && field) {
    context.warnings.push({ file: context.file, line: field.lines.first, ...(field.location ? { location: field.location } : {}), message: `the country "${country}" is not in ontology/catalogues/countries.json: the transfer keeps it as text` });
  }
  const safeguard = part('safeguard');
  const entry = safeguard ? context.values.find('transferSafeguards', safeguard)[0] : undefined;
  if (entry?.warning && item.parts.safeguard) {
    const at = item.parts.safeguard;
    context.warnings.push({ file: context.file, line: at.lines.first, ...(at.location ? { location: at.location } : {}), message: entry.warning });
  }
  const recipient = part('recipient');
  const documentation = part('documentation');
  return {
    ...(recipient ? { recipient } : {}),
    ...(country ? { country } : {}),
    countries: known,
    ...(safeguard ? { safeguard } : {}),
    ...(entry?.safeguard ? { safeguardTerm: entry.safeguard } : {}),
    ...(entry?.legalBasis ? { legalBasis: entry.legalBasis } : {}),
    ...(documentation ? { documentation } : {}),
  };
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
