// IRI minting for everything a user may link to: readable paths under one configurable base.
import { DataFactory, type NamedNode } from 'n3';
import { expandCurie } from '../vocab/namespaces.ts';
import type { CatalogueEntry, CatalogueKind } from '../model/catalogue.ts';

const { namedNode } = DataFactory;

/** Path segment of each catalogue kind, e.g. {base}system/office365. */
export const ENTITY_PATHS: Record<CatalogueKind, string> = {
  organisation: 'organisation',
  system: 'system',
  policy: 'policy',
  'data-category': 'data-category',
  'data-subject': 'data-subject',
  'legal-basis': 'legal-basis',
  country: 'country',
};

export interface IriMinter {
  readonly base: string;
  register(registerSlug: string): NamedNode;
  /** A node owned by a register, e.g. its source record: {register}/{...path}. */
  registerPart(registerSlug: string, ...path: string[]): NamedNode;
  treatment(registerSlug: string, treatmentSlug: string): NamedNode;
  /** A node owned by a treatment (purpose, retention, field…): {treatment}/{...path}. */
  treatmentPart(registerSlug: string, treatmentSlug: string, ...path: string[]): NamedNode;
  /** The node of a catalogue entry: the DPV term itself when the entry is one, else ours. */
  entity(kind: CatalogueKind, entry: Pick<CatalogueEntry, 'id' | 'dpvTerm'>): NamedNode;
}

export function createIriMinter(base: string): IriMinter {
  if (!/^https?:\/\/[^\s]+\/$/.test(base)) throw new Error(`base IRI must be an http(s) IRI ending with "/": ${base}`);
  const seg = (s: string) => encodeURIComponent(s);
  const register = (r: string) => namedNode(`${base}register/${seg(r)}`);
  const treatment = (r: string, t: string) => namedNode(`${base}register/${seg(r)}/treatment/${seg(t)}`);
  return {
    base,
    register,
    registerPart: (r, ...path) => namedNode([register(r).value, ...path.map(seg)].join('/')),
    treatment,
    treatmentPart: (r, t, ...path) => namedNode([treatment(r, t).value, ...path.map(seg)].join('/')),
    entity: (kind, entry) => (entry.dpvTerm ? expandCurie(entry.dpvTerm) : namedNode(`${base}${ENTITY_PATHS[kind]}/${seg(entry.id)}`)),
  };
}
