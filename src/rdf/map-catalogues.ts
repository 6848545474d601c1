// Maps the shared-entity catalogues to quads: one node per system, organisation, category, policy…
import { DataFactory, type NamedNode, type Quad, type Quad_Object } from 'n3';
import { dct, dpv, rdf, rdfs, ropa, skos, tech, expandCurie } from '../vocab/namespaces.ts';
import type { Catalogues } from '../model/load-catalogues.ts';
import { catalogueKindSchema, type CatalogueKind } from '../model/catalogue.ts';
import type { IriMinter } from './mint-iris.ts';

const { quad, literal, namedNode } = DataFactory;

/** Our class for each kind, besides the DPV types listed in the catalogue. */
const KIND_CLASS: Partial<Record<CatalogueKind, NamedNode>> = {
  system: ropa.System,
  'data-category': ropa.DataCategory,
};

export function mapCatalogues(catalogues: Catalogues, iris: IriMinter): Quad[] {
  const quads: Quad[] = [];
  const add = (s: NamedNode, p: NamedNode, o: Quad_Object) => quads.push(quad(s, p, o));
  for (const kind of catalogueKindSchema.options) {
    for (const entry of catalogues[kind]) {
      const node = iris.entity(kind, entry);
      const own = entry.dpvTerm === undefined;
      // DPV terms get their French labels from ontology/dpv-terms.ttl; we only add the aliases seen in registers.
      if (own) {
        add(node, rdfs.label, literal(entry.label, 'fr'));
        add(node, skos.prefLabel, literal(entry.label, 'fr'));
        if (entry.labelEn) add(node, skos.prefLabel, literal(entry.labelEn, 'en'));
        const kindClass = KIND_CLASS[kind];
        if (kindClass) add(node, rdf.type, kindClass);
        for (const t of entry.types) add(node, rdf.type, expandCurie(t));
        if (entry.note) add(node, rdfs.comment, literal(entry.note, 'fr'));
        if (entry.seeAlso) add(node, rdfs.seeAlso, namedNode(entry.seeAlso));
      }
      for (const alias of entry.aliases) add(node, ropa.alias, literal(alias));
      for (const alias of entry.aliasesEn) add(node, ropa.alias, literal(alias, 'en'));
      for (const b of entry.broader) {
        add(node, skos.broader, b.includes(':') ? expandCurie(b) : iris.entity(kind, requireEntry(catalogues, kind, b)));
      }
      // An EU institution has no country: the Union is its jurisdiction (Regulation (EU) 2018/1725 applies to it).
      if (entry.jurisdiction) add(node, dpv.hasJurisdiction, expandCurie(entry.jurisdiction));
      if (entry.provider) add(node, tech.hasProvider, iris.entity('organisation', requireEntry(catalogues, 'organisation', entry.provider)));
      if (entry.partOf) add(node, dct.isPartOf, iris.entity(kind, requireEntry(catalogues, kind, entry.partOf)));
      // Where a company is established decides whether handing it data is a transfer outside the EU.
      if (kind === 'organisation' && entry.country) add(node, dpv.hasCountry, iris.entity('country', requireCountry(catalogues, entry.country)));
      // Outside the EU/EEA is what makes a country a third country for the GDPR.
      if (kind === 'country' && entry.internal === false) add(node, rdf.type, dpv.ThirdCountry);
    }
  }
  return quads;
}

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
