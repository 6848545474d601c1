// Maps the shared-entity catalogues to quads: one node per system, organisation, category, policy…
import { DataFactory, type NamedNode, type Quad, type Quad_Object } from 'n3';
import { dct, dpv, rdf, rdfs, skos, tech, ropa, expandCurie } from '../vocab/namespaces.ts';
import type { Catalogues } from '../model/load-catalogues.ts';
import { catalogueKindSchema, type CatalogueEntry, type CatalogueKind } from '../model/catalogue.ts';
import type { IriMinter } from './mint-iris.ts';

const { quad, literal, namedNode } = DataFactory;

/** Our class for each kind, besides the DPV types listed in the catalogue. */
const KIND_CLASS: Partial<Record<CatalogueKind, readonly NamedNode[]>> = {
  system: [ropa.System],
  'data-category': [ropa.DataCategory],
  // A category of people as the data subjects of treatments (DPV 2.3 types dpv:Employee… dpv:HumanSubject).
  'data-subject': [dpv.DataSubject, skos.Concept],
  'legal-basis': [skos.Concept],
};

export function mapCatalogues(catalogues: Catalogues, iris: IriMinter): Quad[] {
  const quads: Quad[] = [];
  const add = (s: NamedNode, p: NamedNode, o: Quad_Object) => quads.push(quad(s, p, o));
  for (const kind of catalogueKindSchema.options) {
    for (const entry of catalogues[kind]) {
      const node = iris.entity(kind, entry);
      // DPV terms get their French labels from ontology/dpv-terms.ttl; we only add the names seen in registers.
      if (entry.dpvTerm === undefined) addOwnDescription(add, node, kind, entry);
      addNames(add, node, entry);
      for (const b of entry.broader) {
        add(node, skos.broader, b.includes(':') ? expandCurie(b) : iris.entity(kind, requireEntry(catalogues, kind, b)));
      }
      for (const m of entry.closeMatch) add(node, skos.closeMatch, expandCurie(m));
      if (entry.notation) add(node, skos.notation, literal(entry.notation));
      // An EU institution has no country: the Union is its jurisdiction (Regulation (EU) 2018/1725 applies to it).
      if (entry.jurisdiction) add(node, dpv.hasJurisdiction, expandCurie(entry.jurisdiction));
      if (entry.provider) {
        const provider = iris.entity('organisation', requireEntry(catalogues, 'organisation', entry.provider));
        add(node, tech.hasProvider, provider);
        // The role the organisation plays for the system (tech:hasProvider's range).
        add(provider, rdf.type, tech.Provider);
      }
      if (entry.partOf) add(node, dct.isPartOf, iris.entity(kind, requireEntry(catalogues, kind, entry.partOf)));
      // Where a company is established decides whether handing it data is a transfer outside the EU.
      if (kind === 'organisation' && entry.country) add(node, dpv.hasCountry, iris.entity('country', requireCountry(catalogues, entry.country)));
      // Outside the EU/EEA is what makes a country a third country for the GDPR.
      if (kind === 'country' && entry.internal === false) add(node, rdf.type, dpv.ThirdCountry);
    }
  }
  return quads;
}

type Add = (s: NamedNode, p: NamedNode, o: Quad_Object) => void;

/** Our own node: its label, its name (skos:prefLabel), what it is (skos:definition), its types and notes. */
function addOwnDescription(add: Add, node: NamedNode, kind: CatalogueKind, entry: CatalogueEntry): void {
  add(node, rdfs.label, literal(entry.label, 'fr'));
  add(node, skos.prefLabel, literal(entry.name ?? entry.label, 'fr'));
  const english = entry.nameEn ?? entry.name ?? entry.labelEn;
  if (english) add(node, skos.prefLabel, literal(english, 'en'));
  if (entry.description) {
    add(node, skos.definition, literal(entry.description, 'fr'));
    add(node, dct.description, literal(entry.description, 'fr'));
  }
  for (const kindClass of KIND_CLASS[kind] ?? []) add(node, rdf.type, kindClass);
  for (const t of entry.types) add(node, rdf.type, expandCurie(t));
  if (entry.note) add(node, rdfs.comment, literal(entry.note, 'fr'));
  if (entry.seeAlso) add(node, rdfs.seeAlso, namedNode(entry.seeAlso));
}

/** The other names registers use (skos:altLabel) and their misspellings (skos:hiddenLabel, found but not shown). */
function addNames(add: Add, node: NamedNode, entry: CatalogueEntry): void {
  const shown = new Set([entry.name ?? entry.label].map(foldName));
  for (const alias of entry.aliases) if (!shown.has(foldName(alias))) add(node, skos.altLabel, literal(alias));
  for (const alias of entry.aliasesEn) add(node, skos.altLabel, literal(alias, 'en'));
  for (const misspelling of entry.misspellings) add(node, skos.hiddenLabel, literal(misspelling));
}

const foldName = (name: string): string => name.trim().toLowerCase();

function requireCountry(catalogues: Catalogues, alpha2: string) {
  const entry = catalogues.country.find((c) => c.dpvTerm === `loc:${alpha2}`);
  if (!entry) throw new Error(`catalogue organisation: country ${alpha2} is not in countries.json`);
  return entry;
}

function requireEntry(catalogues: Catalogues, kind: CatalogueKind, id: string) {
  const entry = catalogues.byId(kind, id);
  if (!entry) throw new Error(`catalogue ${kind}: unknown id "${id}"`);
  return entry;
}
