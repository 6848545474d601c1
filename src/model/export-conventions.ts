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
/** The DPV class of the measures, listed after them: "Type de mesure : Chiffrement". */
export const MEASURE_TYPE_PREFIX = 'Type de mesure';

/** Said of a third country no statement of the register names: a recipient or processor is established there. */
export const INFERRED_TRANSFER_NOTE = 'déduit : destinataire établi hors UE';

/** A transfer statement's answer, written before what the register says of it ("Oui : vers …"). */
export const TRANSFER_ANSWERS = { none: 'Non', yes: 'Oui', 'not-stated': 'Non précisé' } as const;

/** What a duration of each kind is called, in parentheses after its text, when it has no ISO value. */
export const DURATION_KIND_NOTES = { 'until-event': "jusqu'à un événement", unlimited: 'sans limitation de durée', unspecified: 'durée indéterminée' } as const;

/** Between the DPV concepts said after a purpose, by their French labels: "(Gestion du personnel, Gestion des paiements)". */
export const CONCEPT_SEPARATOR = ', ';

/** Said after a measure that is a security accreditation (homologation), not a data protection measure. */
export const ASSESSMENT_NOTE = 'homologation';

/** Written where the register states nothing for a column a DPO must read (DPO, contact, dates): read back as empty. */
export const NOT_STATED = 'Non renseigné';

/** Said after a date the register writes in a form no calendar date could be read from ("19/092023"). */
export const MALFORMED_DATE_NOTE = 'date non reconnue';
