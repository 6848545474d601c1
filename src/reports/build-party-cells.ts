// The DPO and the controller's contact details of a treatment, from the graph's parties, else the register's own words.
import type { LabelIndex } from '../linked-data/load-label-index.ts';
import { normaliseCitations, type Citation } from './citation.ts';
import type { CellValue, ReportCell, SourceFieldView } from './cnil-report.ts';
import type { Row } from './group-source-fields.ts';

export interface PartyInputs {
  /** PARTIES_QUERY rows of the treatment. */
  readonly parties: readonly Row[];
  readonly fields: readonly SourceFieldView[];
  /** The register's own fields, where a register-wide DPO or address is written once for all treatments. */
  readonly preamble: readonly SourceFieldView[];
  readonly labels: LabelIndex;
  readonly recordCitations: readonly Citation[];
}

/** A field that names the DPO: its key, or a label such as "Délégué à la Protection des Données". */
const DPO_LABEL = /d[ée]l[ée]gu[ée]e?\s.*protection\s+des\s+donn[ée]es|\bDPO\b|data\s+protection\s+officer/i;
/** A field holding the controller's contact details: "Coordonnées", "adresse", "exercice des droits", "contact details". */
const CONTACT_LABEL = /coordonn[ée]es|adresse|exercice\s+des\s+droits|contact/i;
const EMAIL = /@/;
const TELEPHONE = /^\+?[\d\s().\-x]{6,}$/i;

export const CONTACT_PREFIXES = { address: 'Adresse', email: 'Courriel', telephone: 'Téléphone', other: 'Contact' } as const;

interface Party {
  readonly iri: string;
  name?: string;
  readonly addresses: string[];
  readonly contacts: string[];
  country?: string;
}

export function buildPartyCells(input: PartyInputs): { dpo: ReportCell; controllerContact: ReportCell } {
  const byRole = readParties(input.parties);
  const cite = (fields: readonly SourceFieldView[]) => (fields.length > 0 ? normaliseCitations(fields.map((f) => f.citation)) : input.recordCitations);

  const dpoFields = input.fields.filter((f) => f.key === 'dpo');
  const dpos = byRole.get('dpo') ?? [];
  const dpoValues = dpos.flatMap((p) => partyValues(p, input.labels, true));
  const dpo: ReportCell =
    dpoValues.length > 0
      ? { values: dpoValues, verbatim: false, citations: cite(dpoFields) }
      : ownWords([...dpoFields, ...input.preamble.filter((f) => f.key === 'dpo' || DPO_LABEL.test(f.label))]);

  const controllers = (byRole.get('controller') ?? []).filter((p) => p.addresses.length > 0 || p.contacts.length > 0);
  const named = controllers.length > 1;
  const contactValues = controllers.flatMap((p) => partyValues(p, input.labels, named));
  const controllerFields = input.fields.filter((f) => f.key === 'controllers');
  const controllerContact: ReportCell =
    contactValues.length > 0
      ? { values: contactValues, verbatim: false, citations: cite(controllerFields) }
      : ownWords([
          ...controllerFields.filter((f) => CONTACT_LABEL.test(f.label)),
          ...input.preamble.filter((f) => CONTACT_LABEL.test(f.label) && !DPO_LABEL.test(f.label) && f.key !== 'dpo'),
        ]);
  return { dpo, controllerContact };
}

function readParties(rows: readonly Row[]): Map<string, Party[]> {
  const parties = new Map<string, Party & { role: string }>();
  for (const row of rows) {
    const iri = row.party!.value;
    const role = row.role!.value;
    const key = `${role} ${iri}`;
    let party = parties.get(key);
    if (!party) parties.set(key, (party = { iri, role, addresses: [], contacts: [] }));
    if (row.name && party.name === undefined) party.name = row.name.value;
    if (row.address && !party.addresses.includes(row.address.value)) party.addresses.push(row.address.value);
    if (row.contact && !party.contacts.includes(row.contact.value)) party.contacts.push(row.contact.value);
    if (row.country && party.country === undefined) party.country = row.country.value;
  }
  const byRole = new Map<string, Party[]>();
  for (const party of parties.values()) byRole.set(party.role, [...(byRole.get(party.role) ?? []), party]);
  return byRole;
}

/** The party's name (unless it is only one of its contacts), then its address with its country, e-mails, telephones. */
function partyValues(party: Party, labels: LabelIndex, withName: boolean): CellValue[] {
  const name = party.name ?? labels.labelOf(party.iri);
  const country = party.country ? labels.labelOf(party.country) : undefined;
  const values: CellValue[] = [];
  if (withName && name && !party.contacts.includes(name)) values.push({ text: name, iri: party.iri });
  for (const address of party.addresses) {
    const withCountry = country && !address.toLowerCase().includes(country.toLowerCase()) ? `${address}, ${country}` : address;
    values.push({ text: withCountry, prefix: CONTACT_PREFIXES.address });
  }
  const kind = (c: string) => (EMAIL.test(c) ? 'email' : TELEPHONE.test(c) ? 'telephone' : 'other');
  for (const k of ['email', 'telephone', 'other'] as const) {
    for (const contact of party.contacts.filter((c) => kind(c) === k)) values.push({ text: contact, prefix: CONTACT_PREFIXES[k] });
  }
  return values;
}

/** The register's own words where the graph holds no party; "Non renseigné" where the register says nothing. */
function ownWords(fields: readonly SourceFieldView[]): ReportCell {
  const written = fields.filter((f) => f.verbatim.trim() !== '' && !/^(?:n\/?a|néant|-)\.?$/i.test(f.verbatim.trim()));
  if (written.length === 0) return { values: [], verbatim: false, citations: [], notStated: true };
  // In the register's order: a preamble field and a treatment's field are sorted by where they were read.
  const unique = written
    .filter((f, i) => written.findIndex((g) => g.verbatim === f.verbatim) === i)
    .sort((a, b) => a.citation.file.localeCompare(b.citation.file) || a.citation.first - b.citation.first);
  return { values: unique.map((f) => ({ text: f.verbatim })), verbatim: true, citations: normaliseCitations(unique.map((f) => f.citation)) };
}
