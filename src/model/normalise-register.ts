// Turns a parsed register (verbatim fields) into typed treatments linked to the shared catalogues.
import type { RawRegister, RawTreatment, ParseWarning } from './raw-register.ts';
import type { FieldKey, SourceField } from './source-field.ts';
import { registerSchema, type Register, type Treatment, type Retention } from './treatment.ts';
import type { Catalogues } from './load-catalogues.ts';
import { createRecogniser } from './recognise-entities.ts';
import { makeSlug } from './make-slug.ts';
import { cleanText } from './text/clean-text.ts';
import { splitStatements } from './text/split-statements.ts';
import { findRetentionStatements } from './text/find-retention-statements.ts';
import { parseRetention } from './text/parse-retention.ts';
import { parseFrenchDate } from './text/parse-french-date.ts';
import { parseGdprLegalBasis } from './text/parse-legal-basis.ts';
import { parseTransfer } from './text/parse-transfer.ts';
import { detectDpia } from './text/detect-dpia.ts';
import { stripNegatedMentions } from './text/strip-negated-mentions.ts';
import { findSubjectPhrases } from './text/find-subject-phrases.ts';
import { findProcessorClauses } from './text/find-processor-clauses.ts';

type Recognise = (text: string) => string[];

/** Recognisers are built once per catalogue set and reused for every register. */
export interface Normaliser {
  normalise(raw: RawRegister): Register;
}

export function createNormaliser(catalogues: Catalogues): Normaliser {
  const recognise = {
    organisation: createRecogniser(catalogues.organisation),
    system: createRecogniser(catalogues.system),
    policy: createRecogniser(catalogues.policy),
    dataCategory: createRecogniser(catalogues['data-category']),
    dataSubject: createRecogniser(catalogues['data-subject']),
    country: createRecogniser(catalogues.country),
  } satisfies Record<string, Recognise>;
  const organisations = new Map(catalogues.organisation.map((o) => [o.id, o]));
  const systems = new Map(catalogues.system.map((s) => [s.id, s]));

  function normaliseTreatment(raw: RawTreatment, reg: { defaultControllers: string[]; policies: string[]; file: string }, warnings: ParseWarning[]): Treatment {
    const field = (key: FieldKey): SourceField | undefined => raw.fields.find((f) => f.key === key);
    const text = (key: FieldKey): string => field(key)?.text ?? '';
    // Sentences that name something only to exclude it ("ne relève pas de CallMI mais de Orion") are not mentions.
    const all = stripNegatedMentions(raw.fields.map((f) => f.text).join('\n'));
    const title = cleanText(text('title')) || `Traitement ${raw.number ?? raw.ordinal}`;

    // cleanText joins words cut by a page break ("Directi <p>on de la jeunesse") before names are looked up.
    const controllers = unique([...recognise.organisation(cleanText(text('controllers')))]);
    const systemIds = unique(recognise.system(all));
    const recipients = unique(recognise.organisation(cleanText(text('recipients'))));
    const controllerIds = new Set(controllers.length > 0 ? controllers : reg.defaultControllers);
    const external = (id: string): boolean => organisations.get(id)?.internal === false && !controllerIds.has(id);
    // The company providing a system the treatment uses, when the register also names it as a recipient (Microsoft
    // for Microsoft 365), processes the data on the controller's behalf; the mere publisher of installed software
    // (Windows) does not. Hosts and subcontractors named among the recipients are processors too.
    const providers = systemIds
      .map((id) => systems.get(id)?.provider)
      .filter((p): p is string => p !== undefined && recipients.includes(p));
    const hosts = findProcessorClauses(text('recipients')).flatMap((clause) => recognise.organisation(clause));
    const processors = unique([...recognise.organisation(text('processors')), ...[...providers, ...hosts].filter(external)]);

    const retentionTexts = [...findRetentionStatements(text('dataCategories')), ...(field('retention') ? [cleanText(text('retention'))] : [])];
    const retention: Retention[] = retentionTexts.flatMap((t) => parseRetention(t)).map(readNoRetention);

    const legal = parseGdprLegalBasis(text('legalBasisGdpr'));
    const transfer = field('transfers')
      ? { ...parseTransfer(text('transfers')), text: cleanText(text('transfers')) }
      : { stated: 'not-stated' as const, countries: [] as string[] };
    const dpia = detectDpia(all);

    let lastUpdate: Treatment['lastUpdate'];
    const updateField = field('lastUpdate');
    if (updateField) {
      const parsed = parseFrenchDate(cleanText(updateField.text));
      // The layout parser may already have flagged this line; one warning per oddity is enough.
      const known = warnings.some((w) => w.line === updateField.lines.first);
      if (parsed.warning && !known) warnings.push({ file: reg.file, line: updateField.lines.first, message: parsed.warning });
      lastUpdate = { text: parsed.text, ...(parsed.date ? { date: parsed.date } : {}) };
    }

    const slugBase = makeSlug(title, 50) || 'traitement';
    return {
      slug: raw.number ? `${raw.number}-${slugBase}` : `${String(raw.ordinal).padStart(2, '0')}-${slugBase}`,
      ordinal: raw.ordinal,
      ...(raw.number ? { number: raw.number } : {}),
      ...(raw.activity ? { activity: raw.activity } : {}),
      title,
      lines: raw.lines,
      fields: raw.fields,
      purposes: splitStatements(text('purposes')),
      controllers: controllers.length > 0 ? controllers : reg.defaultControllers,
      processors,
      recipients,
      systems: systemIds,
      policies: unique([...reg.policies, ...recognise.policy(all)]),
      dataCategories: unique(recognise.dataCategory(stripNegatedMentions(text('dataCategories')))),
      // "Données relatives aux parents et à l'enfant" names data subjects the subjects cell may leave out.
      dataSubjects: unique([
        ...recognise.dataSubject(stripNegatedMentions(text('dataSubjects'))),
        ...findSubjectPhrases(text('dataCategories')).flatMap((phrase) => recognise.dataSubject(phrase)),
      ]),
      legalBases: legal.bases.map((b) => `eu-gdpr:${b}`),
      retention,
      transfer: { ...transfer, countries: unique([...transfer.countries]) },
      dpia,
      ...(lastUpdate ? { lastUpdate } : {}),
    };
  }

  return {
    normalise(raw) {
      const warnings = [...raw.warnings];
      const preambleText = raw.preamble.map((f) => f.text).join('\n');
      const owners = unique(recognise.organisation(raw.title));
      const preambleControllers = raw.preamble.filter((f) => f.key === 'controllers').flatMap((f) => recognise.organisation(f.text));
      const defaultControllers = unique(preambleControllers.length > 0 ? preambleControllers : owners);
      const policies = unique(recognise.policy(preambleText));
      const ctx = { defaultControllers, policies, file: raw.file };
      const treatments = raw.treatments.map((t) => normaliseTreatment(t, ctx, warnings));
      dedupeSlugs(treatments);
      return registerSchema.parse({
        slug: makeSlug(raw.file.replace(/\.[a-z]+$/i, ''), 80),
        file: raw.file,
        layout: raw.layout,
        title: cleanText(raw.title),
        owners: unique([...owners, ...defaultControllers]),
        preamble: raw.preamble,
        policies,
        treatments,
        warnings,
      });
    },
  };
}

/** "Absence de conservation de la voix." states a retention of zero, not an undetermined one. */
function readNoRetention(entry: Retention): Retention {
  if (entry.kind !== 'unspecified' || !NO_RETENTION.test(entry.text)) return entry;
  return { ...entry, kind: 'duration', duration: 'P0D' };
}
const NO_RETENTION = /^(?:absence de conservation|aucune conservation|pas de conservation)(?![\p{L}])/iu;

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
