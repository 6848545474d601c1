// How our CNIL-style exports write values in a cell, shared by the writer (src/reports) and the reader that builds
// an edited export back (src/ingest/table): the one place these words are spelled.

/** The profile id of the workbooks `ropa report --format xlsx` writes (ontology/tables/profiles/ropa-graph.json). */
export const OWN_EXPORT_PROFILE = 'ropa-graph';

/** Said after a sensitive data category. */
export const SENSITIVE_MARK = '(donnée sensible)';

/** The register's own words (nothing recognised in them) stand between these. */
export const VERBATIM_OPEN = '« ';
export const VERBATIM_CLOSE = ' »';

/** Prefixes of values in a column that mixes kinds: "Pays tiers : États-Unis", "Politique : PSSI-MCAS". */
export const THIRD_COUNTRY_PREFIX = 'Pays tiers';
export const POLICY_PREFIX = 'Politique';

/** A transfer statement's answer, written before what the register says of it ("Oui : vers …"). */
export const TRANSFER_ANSWERS = { none: 'Non', yes: 'Oui', 'not-stated': 'Non précisé' } as const;

/** What a duration of each kind is called, in parentheses after its text, when it has no ISO value. */
export const DURATION_KIND_NOTES = { 'until-event': "jusqu'à un événement", unlimited: 'sans limitation de durée', unspecified: 'durée indéterminée' } as const;

/** Said after a measure that is a security accreditation (homologation), not a data protection measure. */
export const ASSESSMENT_NOTE = 'homologation';
