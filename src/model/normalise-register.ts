// Turns a parsed register (verbatim fields) into typed treatments linked to the shared catalogues.
import type { RawRegister, RawTreatment, ParseWarning } from './raw-register.ts';
import type { FieldKey, SourceField } from './source-field.ts';
import { registerSchema, treatmentSchema, type Register, type Treatment, type Retention } from './treatment.ts';
import type { Catalogues } from './load-catalogues.ts';
import { createRecogniser } from './recognise-entities.ts';
import { makeSlug } from './make-slug.ts';
import { cleanText as cleanTextOnce } from './text/clean-text.ts';
import { splitStatements as splitStatementsOnce } from './text/split-statements.ts';
import { findRetentionStatements as findRetentionStatementsOnce } from './text/find-retention-statements.ts';
import { parseRetention as parseRetentionOnce } from './text/parse-retention.ts';
import { parseFrenchDate } from './text/parse-french-date.ts';
import { parseGdprLegalBasis } from './text/parse-legal-basis.ts';
import { parseTransfer as parseTransferOnce } from './text/parse-transfer.ts';
import { memoiseText } from './text/memoise-text.ts';
import { detectDpia } from './text/detect-dpia.ts';
import { stripNegatedMentions } from './text/strip-negated-mentions.ts';
import { findSubjectPhrases } from './text/find-subject-phrases.ts';
import { findProcessorClauses } from './text/find-processor-clauses.ts';
import { splitSubjectsAndCategories } from './text/split-subjects-and-categories.ts';
import { findLegalBasisStatements } from './text/find-legal-basis-statements.ts';
import { findEmailAddresses, findUrls, isNotApplicable } from './text/find-contacts.ts';
import { LAYOUT_LANGUAGE, namesForLanguage, type Language } from './language.ts';
import type { LegalBasisStatement } from './treatment.ts';
import type { ConceptRules } from './load-concept-rules.ts';
import { createTreatmentEnricher } from './enrich-treatment.ts';
import { createListValueReader } from './list-values.ts';
import { readFormItems, type FormReading } from './read-form-items.ts';
import { readTableNames } from './read-table-names.ts';
import { OWN_EXPORT_PROFILE } from './export-conventions.ts';
import { createNameIndex, type NameIndex } from './create-name-index.ts';
import { readOwnExportLists } from './read-own-export-lists.ts';

type Recognise = (text: string) => string[];

// The text readers are pure: a table's repeated cells ("5 ans", "Agents") are read once per build.
const cleanText = memoiseText(cleanTextOnce);
const splitStatements = memoiseText(splitStatementsOnce);
const findRetentionStatements = memoiseText(findRetentionStatementsOnce);
const parseRetention = memoiseText(parseRetentionOnce);
const parseTransfer = memoiseText(parseTransferOnce);

/** Recognisers are built once per catalogue set and reused for every register. */
export interface Normaliser {
  normalise(raw: RawRegister): Register;
}

export function createNormaliser(catalogues: Catalogues, rules: ConceptRules): Normaliser {
  // What the cells say in DPV terms (purposes and measures classified, legal bases, transfers, retention events).
  const enrich = createTreatmentEnricher(catalogues, rules);
  // A register is read with the names of its own language only (see CatalogueEntry.aliasesEn).
  const buildRecognisers = (language: Language) =>
    ({
      organisation: createRecogniser(namesForLanguage(catalogues.organisation, language)),
      system: createRecogniser(namesForLanguage(catalogues.system, language)),
      policy: createRecogniser(namesForLanguage(catalogues.policy, language)),
      dataCategory: createRecogniser(namesForLanguage(catalogues['data-category'], language)),
      dataSubject: createRecogniser(namesForLanguage(catalogues['data-subject'], language)),
      country: createRecogniser(namesForLanguage(catalogues.country, language)),
    }) satisfies Record<string, Recognise>;
  const recognisers: Record<Language, ReturnType<typeof buildRecognisers>> = { fr: buildRecognisers('fr'), en: buildRecognisers('en') };
  const organisations = new Map(catalogues.organisation.map((o) => [o.id, o]));
  const values = createListValueReader();
  let names: NameIndex | undefined;
  const knownCountry = (alpha2: string) => catalogues.country.some((c) => c.dpvTerm === `loc:${alpha2}`);
  /** A country's ISO 3166 alpha-2 code, from its DPV term; undefined for an unnamed third country. */
  const alpha2Of = (id: string) => catalogues.byId('country', id)?.dpvTerm?.replace(/^loc:/, '');
  const systems = new Map(catalogues.system.map((s) => [s.id, s]));

  function normaliseTreatment(
    raw: RawTreatment,
    reg: { defaultControllers: string[]; policies: string[]; file: string; language: Language; namesInCells: boolean; ownExport: boolean },
    warnings: ParseWarning[],
  ): Treatment {
    const { language } = reg;
    const recognise = recognisers[language];
    const field = (key: FieldKey): SourceField | undefined => raw.fields.find((f) => f.key === key);
    // A spreadsheet gives a key one field per cell (one data category a row): read them together, in order.
    const text = (key: FieldKey): string => raw.fields.filter((f) => f.key === key).map(readField).join('\n');
    /** An item the record answers "n/a" states nothing. */
    const stated = (key: FieldKey): string | undefined => (field(key) && !isNotApplicable(text(key)) ? text(key) : undefined);
    // Sentences that name something only to exclude it ("ne relève pas de CallMI mais de Orion") are not mentions.
    const all = stripNegatedMentions(raw.fields.map(readField).join('\n'), language);
    const title = cleanText(text('title')) || `${language === 'en' ? 'Processing' : 'Traitement'} ${raw.number ?? raw.ordinal}`;
    // The EU record asks for persons and data categories in one cell: read each from its own part.
    const personsAndData = field('dataSubjectsAndCategories') ? splitSubjectsAndCategories(text('dataSubjectsAndCategories')) : undefined;
    const subjectsText = personsAndData?.subjects ?? text('dataSubjects');
    const categoriesText = personsAndData?.categories ?? [text('dataCategories'), text('sensitiveData')].filter(Boolean).join('\n');
    // Our own export read back: each line of a list cell one value, an entry's exact name where we wrote one.
    const own = reg.ownExport
      ? readOwnExportLists(raw.fields, (names ??= createNameIndex(catalogues)), {
          organisation: recognise.organisation,
          system: recognise.system,
          'data-category': recognise.dataCategory,
          'data-subject': recognise.dataSubject,
          policy: recognise.policy,
        })
      : undefined;
    // The rows of a form (the CNIL fiche) say item by item what the fields say in bulk.
    const form: FormReading | undefined = raw.items
      ? readFormItems(raw.items, { recognise, values, catalogues, language, file: reg.file, warnings })
      : undefined;

    // cleanText joins words cut by a page break ("Directi <p>on de la jeunesse") before names are looked up.
    // Every organisation the controller item names is a controller of the treatment. EDPS record 57 names the EDPS
    // and, as "a separate controller for the procedure concerning the financial transactions", Lufthansa AirPlus:
    // both control a part of the processing, neither jointly (its joint-controller item says "n/a"), so both are
    // controllers and no joint controllership is stated; jointness comes only from the joint-controller item.
    const controllers = own?.controllers ?? unique([...recognise.organisation(cleanText(text('controllers')))]);
    // Cell by cell (a system's name never spans two cells), so that a cell repeated over rows is read once.
    const systemIds = own?.systems ?? unique(raw.fields.flatMap((f) => recognise.system(stripNegatedMentions(readField(f), language))));
    const recipients = own?.recipients ?? unique([...recognise.organisation(cleanText(text('recipients'))), ...(form?.recipients ?? [])]);
    const controllerIds = new Set(controllers.length > 0 ? controllers : reg.defaultControllers);
    const external = (id: string): boolean => organisations.get(id)?.internal === false && !controllerIds.has(id);
    // The company providing a system the treatment uses, when the register also names it as a recipient (Microsoft
    // for Microsoft 365), processes the data on the controller's behalf; the mere publisher of installed software
    // (Windows) does not. Hosts and subcontractors named among the recipients are processors too.
    const providers = systemIds
      .map((id) => systems.get(id)?.provider)
      .filter((p): p is string => p !== undefined && recipients.includes(p));
    const hosts = findProcessorClauses(text('recipients'), language).flatMap((clause) => recognise.organisation(clause));
    const processors = own?.processors ?? unique([...recognise.organisation(stated('processors') ?? ''), ...[...providers, ...hosts].filter(external), ...(form?.processors ?? [])]);
    const jointControllers = unique(recognise.organisation(cleanText(stated('jointControllers') ?? '')));

    const retentionTexts = own?.retentionTexts ?? [...findRetentionStatements(categoriesText, language), ...(field('retention') ? [cleanText(text('retention'))] : [])];
    const retention: Retention[] = form?.retention ?? retentionTexts.flatMap((t) => parseRetention(t, language)).map(readNoRetention);

    // French registers have a lawful-basis cell; the EU records state the basis in their purposes or transfers.
    const legal = parseGdprLegalBasis(text('legalBasisGdpr'));
    const listedBases = values.find('legalBases', text('legalBasisGdpr')).map((e) => e.basis);
    const legalStatements = language === 'en' ? readLegalBasisStatements(raw.fields) : [];
    const transfer = form?.transfers
      ? { stated: 'yes' as const, text: cleanText(text('transfers')), countries: form.transfers.flatMap((t) => alpha2Of(t.country) ?? []) }
      : field('transfers')
        ? { ...parseTransfer(text('transfers'), language), text: cleanText(text('transfers')) }
        : { stated: 'not-stated' as const, countries: [] as string[] };
    // A country our catalogue does not know stays in the transfer's text; the graph links only the ones it knows.
    for (const code of transfer.countries.filter((c) => !knownCountry(c))) {
      const at = field('transfers')!;
      warnings.push({ file: reg.file, line: at.lines.first, ...(at.location ? { location: at.location } : {}), message: `the country ${code} is not in ontology/catalogues/countries.json: the transfer keeps it as text` });
    }
    const dpia = detectDpia(all);

    let lastUpdate: Treatment['lastUpdate'];
    const updateField = field('lastUpdate');
    if (updateField) lastUpdate = readDate(updateField, reg.file, warnings);
    const creationField = field('creationDate');

    const slugBase = makeSlug(title, 50) || 'traitement';
    const numberSlug = raw.number && !/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/.test(raw.number) ? makeSlug(raw.number, 20) : raw.number;
    return enrich({
      slug: raw.slug ?? (numberSlug ? `${numberSlug}-${slugBase}` : `${String(raw.ordinal).padStart(2, '0')}-${slugBase}`),
      ordinal: raw.ordinal,
      ...(raw.number ? { number: raw.number } : {}),
      ...(raw.activity ? { activity: raw.activity } : {}),
      title,
      lines: raw.lines,
      ...(raw.location ? { location: raw.location } : {}),
      fields: raw.fields,
      purposes: own?.purposes ?? form?.purposes ?? splitStatements(text('purposes')),
      controllers: controllers.length > 0 ? controllers : reg.defaultControllers,
      processors,
      recipients,
      systems: systemIds,
      policies: unique([...reg.policies, ...recognise.policy(all), ...(own?.policies ?? [])]),
      dataCategories: own?.dataCategories ?? unique([
        ...recognise.dataCategory(stripNegatedMentions(categoriesText, language)),
        ...values.find('personalData', categoriesText).flatMap((e) => e.categories),
        ...(form?.dataCategories ?? []),
      ]),
      // "Données relatives aux parents et à l'enfant" names data subjects the subjects cell may leave out.
      dataSubjects: own?.dataSubjects ?? unique([
        ...recognise.dataSubject(stripNegatedMentions(subjectsText, language)),
        ...findSubjectPhrases(categoriesText, language).flatMap((phrase) => recognise.dataSubject(phrase)),
        ...values.find('dataSubjects', subjectsText).flatMap((e) => e.categories),
        ...(form?.dataSubjects ?? []),
      ]),
      legalBases: unique([...legal.bases, ...listedBases, ...legalStatements.flatMap((s) => s.gdpr)]).map((b) => `eu-gdpr:${b}`),
      retention,
      transfer: { ...transfer, countries: unique(transfer.countries.filter(knownCountry)) },
      dpia,
      ...(lastUpdate ? { lastUpdate } : {}),
      ...readRecordItems(),
      ...(creationField ? { creation: readDate(creationField, reg.file, warnings) } : {}),
      ...readForm(),
    }, language);

    /** What only a form's rows state: parties, sub-purposes, per-category rows, typed recipients, measures, transfers.
     * A table (one row per treatment) states names instead: those the catalogues do not know become the treatment's own. */
    function readForm(): Partial<Treatment> {
      if (!form) return raw.items === undefined && reg.namesInCells ? readTableNames(raw.fields, recognise.organisation) : {};
      const { parties, dpo, mainPurpose, personalData, recipientDetails, securityMeasures, transfers } = form;
      return Object.fromEntries(Object.entries({ parties, dpo, mainPurpose, personalData, recipientDetails, securityMeasures, transfers }).filter(([, v]) => v !== undefined));
    }

    /** What only the EU record form states: DPO, joint controllers, legal-basis sentences, data protection notice. */
    function readRecordItems(): Partial<Treatment> {
      const dpo = stated('dpo');
      const notice = stated('privacyStatement');
      return {
        ...(dpo !== undefined ? { dpo: { text: cleanText(dpo), contacts: findEmailAddresses(dpo) } } : {}),
        ...(jointControllers.length > 0 ? { jointControllers } : {}),
        ...(legalStatements.length > 0 ? { legalBasisStatements: legalStatements.map(({ gdpr: _gdpr, ...s }) => s) } : {}),
        ...(notice !== undefined ? { privacyNotice: { text: cleanText(notice), urls: findUrls(notice) } } : {}),
      };
    }
  }

  return {
    normalise(raw) {
      const warnings = [...raw.warnings];
      // The content says the language: a table's headers, else the layout it was detected as (never the file name).
      const language = raw.language ?? LAYOUT_LANGUAGE[raw.layout];
      const recognise = recognisers[language];
      const preambleText = raw.preamble.map((f) => f.text).join('\n');
      const owners = unique(recognise.organisation(raw.title));
      const preambleControllers = raw.preamble.filter((f) => f.key === 'controllers').flatMap((f) => recognise.organisation(f.text));
      const defaultControllers = unique(preambleControllers.length > 0 ? preambleControllers : owners);
      const policies = unique(recognise.policy(preambleText));
      // Our own export names its entities by their catalogue labels, or quotes the register's words: no new names in it.
      const ownExport = raw.profile === OWN_EXPORT_PROFILE;
      const namesInCells = raw.layout === 'table' && !ownExport;
      const ctx = { defaultControllers, policies, file: raw.file, language, namesInCells, ownExport };
      // Each treatment checked (and copied, as zod does) as it is made: a large register is never held twice.
      const treatments = raw.treatments.map((t) => treatmentSchema.parse(normaliseTreatment(t, ctx, warnings)));
      const parties = raw.items ? readFormItems(raw.items, { recognise, values, catalogues, language, file: raw.file, warnings }).parties : undefined;
      dedupeSlugs(treatments);
      // The rest of the register checked with its first treatment (at least one is required), then given them all.
      const register = registerSchema.parse({
        slug: raw.slug ?? makeSlug(raw.file.replace(/\.[a-z]+$/i, ''), 80),
        file: raw.file,
        layout: raw.layout,
        language,
        title: cleanText(raw.title),
        ...(raw.location ? { location: raw.location } : {}),
        ...(raw.profile ? { profile: raw.profile } : {}),
        owners: unique([...owners, ...defaultControllers]),
        preamble: raw.preamble,
        ...(parties ? { parties } : {}),
        policies,
        treatments: treatments.slice(0, 1),
        warnings,
      });
      register.treatments = treatments;
      return register;
    },
  };
}

/** What a field says: the layout's reading of its cell when it gave one (a date cell's ISO date), else its text. */
function readField(field: SourceField): string {
  return field.reading ?? field.text;
}

/** A date field as the register writes it, with the calendar date read from it, or a warning saying why not. */
function readDate(field: SourceField, file: string, warnings: ParseWarning[]): { text: string; date?: string } {
  const parsed = parseFrenchDate(cleanText(readField(field)));
  // The layout parser may already have flagged this line or cell; one warning per oddity is enough.
  const known = warnings.some((w) => w.line === field.lines.first && w.location?.cell === field.location?.cell);
  if (parsed.warning && !known) warnings.push({ file, line: field.lines.first, message: parsed.warning, ...(field.location ? { location: field.location } : {}) });
  // A date cell's reading is its ISO date: the register's words are then the cell as shown.
  const shown = field.reading !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(field.reading) ? cleanText(field.text) : parsed.text;
  return { text: shown, ...(parsed.date ? { date: parsed.date } : {}) };
}

/** "Absence de conservation de la voix." states a retention of zero, not an undetermined one. */
function readNoRetention(entry: Retention): Retention {
  if (entry.kind !== 'unspecified' || !NO_RETENTION.test(entry.text)) return entry;
  return { ...entry, kind: 'duration', duration: 'P0D' };
}
const NO_RETENTION = /^(?:absence de conservation|aucune conservation|pas de conservation|no (?:data )?(?:retention|storage)|(?:data )?(?:are|is) not (?:kept|stored|retained))(?![\p{L}])/iu;

/** Fields of an EU record that may state a legal basis: every item but the identification and contact ones. */
const NO_LEGAL_BASIS: ReadonlySet<FieldKey> = new Set(['title', 'lastUpdate', 'referenceNumber', 'controllers', 'dpo', 'jointControllers', 'processors', 'privacyStatement']);

/** Legal-basis sentences of an English record, with the GDPR points cited; those of the transfers item are about transfers. */
function readLegalBasisStatements(fields: readonly SourceField[]): (LegalBasisStatement & { gdpr: string[] })[] {
  return fields
    .filter((f) => !NO_LEGAL_BASIS.has(f.key))
    .flatMap((f) => findLegalBasisStatements(f.text).map((s) => ({ ...s, transfer: f.key === 'transfers' })));
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/** Two treatments with the same title in one register must still get distinct IRIs. */
function dedupeSlugs(treatments: Treatment[]): void {
  const seen = new Map<string, number>();
  for (const t of treatments) {
    const n = (seen.get(t.slug) ?? 0) + 1;
    seen.set(t.slug, n);
    if (n > 1) t.slug = `${t.slug}-${n}`;
  }
}
