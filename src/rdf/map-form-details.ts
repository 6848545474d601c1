// Maps what a form states item by item (the CNIL fiche): parties with their contact details, one nested process per
// data category with its retention, typed recipients, measures and transfers with their safeguard.
import { DataFactory, type Literal, type NamedNode, type Quad_Object } from 'n3';
import { dct, dpv, rdf, rdfs, ropa, xsd, expandCurie } from '../vocab/namespaces.ts';
import type { Party, Treatment } from '../model/treatment.ts';
import type { CatalogueKind } from '../model/catalogue.ts';
import { foldText } from '../text/fold.ts';

const { literal, namedNode } = DataFactory;

export interface FormMapping {
  readonly add: (s: NamedNode, p: NamedNode, o: Quad_Object) => void;
  readonly tagged: (text: string) => Literal;
  readonly entity: (kind: CatalogueKind, id: string) => NamedNode;
  /** The node of a country by its ISO 3166 alpha-2 code. */
  readonly country: (alpha2: string) => NamedNode;
  /** A node under the treatment (or the register): {owner}/{...path}. */
  readonly part: (...path: string[]) => NamedNode;
}

const PARTY_CLASS: Record<Party['role'], NamedNode> = {
  controller: dpv.DataController,
  representative: dpv.Representative,
  dpo: dpv.DataProtectionOfficer,
  'joint-controller': dpv.DataController,
};

/** The node of each party, by role and rank: {owner}/controller, {owner}/dpo (the EDPS record's DPO node too)… */
export function partyNodes(parties: readonly Party[], part: FormMapping['part']): NamedNode[] {
  const seen = new Map<string, number>();
  return parties.map((p) => {
    const n = (seen.get(p.role) ?? 0) + 1;
    seen.set(p.role, n);
    return n === 1 ? part(p.role) : part(p.role, String(n));
  });
}

/** A party with what the register gives of it: name, postal address, country, telephone and e-mail. */
export function mapParty(party: Party, node: NamedNode, m: FormMapping): void {
  m.add(node, rdf.type, PARTY_CLASS[party.role]);
  m.add(node, rdfs.label, m.tagged(party.name));
  m.add(node, dpv.hasName, m.tagged(party.name));
  const town = [party.postcode, party.town].filter(Boolean).join(' ');
  const address = [party.address, town, party.countryId ? undefined : party.country].filter(Boolean).join(', ');
  if (address) m.add(node, dpv.hasAddress, m.tagged(address));
  if (party.countryId) m.add(node, dpv.hasCountry, m.entity('country', party.countryId));
  for (const contact of [party.email, party.telephone]) if (contact) m.add(node, dpv.hasContact, literal(contact));
  for (const id of party.organisations) m.add(node, rdfs.seeAlso, m.entity('organisation', id));
}

/** Links the treatment to its parties; one with none of a role inherits the register's (its organisation block). */
export function mapTreatmentParties(t: Treatment, node: NamedNode, inherited: ReadonlyMap<Party['role'], NamedNode>, m: FormMapping): void {
  const parties = t.parties ?? [];
  const nodes = partyNodes(parties, m.part);
  parties.forEach((party, i) => {
    const target = nodes[i]!;
    mapParty(party, target, m);
    if (party.role === 'controller') m.add(node, dpv.hasDataController, target);
    if (party.role === 'representative') m.add(node, dpv.hasRepresentative, target);
    if (party.role === 'dpo' && !t.dpo) m.add(node, dpv.hasDataProtectionOfficer, target);
    if (party.role === 'joint-controller') {
      const group = m.part('joint-controllers');
      m.add(node, dpv.hasJointDataControllers, group);
      m.add(group, rdf.type, dpv.JointDataControllers);
      m.add(group, dpv.hasEntity, target);
      m.add(node, dpv.hasDataController, target);
    }
  });
  const has = (role: Party['role']) => parties.some((p) => p.role === role);
  const controller = inherited.get('controller');
  if (controller && !has('controller') && t.controllers.length === 0) m.add(node, dpv.hasDataController, controller);
  const dpo = inherited.get('dpo');
  if (dpo && !has('dpo') && !t.dpo) m.add(node, dpv.hasDataProtectionOfficer, dpo);
  const representative = inherited.get('representative');
  if (representative && !has('representative')) m.add(node, dpv.hasRepresentative, representative);
}

/** Rows of data categories, recipients, measures and transfers, each a node of its own under the treatment. */
export function mapFormItems(t: Treatment, node: NamedNode, m: FormMapping): void {
  if (t.creation?.date) m.add(node, dct.created, literal(t.creation.date, xsd.date));
  if (t.creation) m.add(node, ropa.creationText, literal(t.creation.text));

  // DPV's pattern for what applies to one data category: a process of its own within the treatment.
  t.personalData?.forEach((item, i) => {
    const d = m.part('personal-data', String(i + 1));
    m.add(node, dpv.hasProcess, d);
    m.add(d, rdf.type, dpv.Process);
    m.add(d, dct.title, m.tagged(item.label));
    m.add(d, rdfs.label, m.tagged(item.description ? `${item.label} : ${item.description}` : item.label));
    if (item.description) m.add(d, dct.description, m.tagged(item.description));
    for (const id of item.categories) m.add(d, dpv.hasPersonalData, m.entity('data-category', id));
    for (const k of item.retention) m.add(d, dpv.hasStorageCondition, m.part('retention', String(k + 1)));
  });

  const recipientNodes = new Map<string, NamedNode>();
  t.recipientDetails?.forEach((item, i) => {
    // A recipient our catalogue knows is its shared node (linked through t.recipients); the others get one here.
    if (item.organisations.length > 0) return;
    const r = m.part('recipient', String(i + 1));
    recipientNodes.set(foldText(item.name), r);
    m.add(node, dpv.hasRecipient, r);
    if (item.processor) m.add(node, dpv.hasDataProcessor, r);
    m.add(r, rdf.type, dpv.Recipient);
    for (const type of item.types) m.add(r, rdf.type, expandCurie(type));
    m.add(r, rdfs.label, m.tagged(item.name));
    if (item.type) m.add(r, ropa.recipientType, m.tagged(item.type));
  });

  t.securityMeasures?.forEach((item, i) => {
    const s = m.part('security', String(i + 1));
    m.add(node, dpv.hasTechnicalOrganisationalMeasure, s);
    m.add(s, rdf.type, dpv.TechnicalOrganisationalMeasure);
    if (item.measure) m.add(s, rdf.type, expandCurie(item.measure));
    m.add(s, rdfs.label, m.tagged(item.text));
    m.add(s, dct.description, m.tagged(item.text));
  });

  t.transfers?.forEach((item, i) => {
    const x = m.part('transfer', String(i + 1));
    m.add(node, dpv.hasProcess, x);
    m.add(x, rdf.type, dpv.Process);
    m.add(x, dpv.hasProcessing, dpv.Transfer);
    const where = item.country ? ` (${item.country})` : '';
    m.add(x, rdfs.label, m.tagged(`Transfert${item.recipient ? ` : ${item.recipient}` : ''}${where}`));
    if (item.recipient) {
      const known = recipientNodes.get(foldText(item.recipient));
      const r = known ?? m.part('transfer', String(i + 1), 'recipient');
      if (!known) {
        m.add(r, rdf.type, dpv.Recipient);
        m.add(r, rdfs.label, m.tagged(item.recipient));
      }
      m.add(r, rdf.type, dpv.DataImporter);
      m.add(x, dpv.hasRecipient, r);
    }
    for (const code of item.countries) m.add(x, dpv.hasThirdCountry, m.country(code));
    if (item.legalBasis) m.add(x, dpv.hasLegalBasis, expandCurie(item.legalBasis));
    if (item.safeguard || item.documentation) {
      const g = m.part('transfer', String(i + 1), 'safeguard');
      m.add(x, dpv.hasTechnicalOrganisationalMeasure, g);
      m.add(g, rdf.type, dpv.SafeguardForDataTransfer);
      if (item.safeguardTerm) m.add(g, rdf.type, expandCurie(item.safeguardTerm));
      if (item.safeguard) m.add(g, rdfs.label, m.tagged(item.safeguard));
      if (item.documentation && /^https?:\/\/\S+$/.test(item.documentation)) m.add(g, rdfs.seeAlso, namedNode(item.documentation));
      else if (item.documentation) m.add(g, dct.bibliographicCitation, m.tagged(item.documentation));
    }
  });
}
