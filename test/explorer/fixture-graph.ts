// A small explorer graph built from hand-written result rows: two registers, three treatments, shared entities.
import type * as RDF from '@rdfjs/types';
import { DataFactory } from 'n3';
import { dct, dpv, rdfs, ropa, skos, tech, PREFIXES } from '../../src/vocab/namespaces.ts';
import { buildExplorerGraph } from '../../src/explorer/load-explorer-graph.ts';
import type { ExplorerGraph } from '../../src/explorer/explorer-graph.ts';
import type { SensitivityKind } from '../../src/explorer/node-types.ts';

const { namedNode, literal } = DataFactory;

export const BASE = 'http://example.test/';
export const iri = {
  regA: `${BASE}register/000-aaaa`,
  regB: `${BASE}register/004-bbbb`,
  t1: `${BASE}register/000-aaaa/treatment/01-annuaire`,
  t2: `${BASE}register/004-bbbb/treatment/5.12-rio`,
  t3: `${BASE}register/004-bbbb/treatment/5.10-apsim`,
  purpose1: `${BASE}register/000-aaaa/treatment/01-annuaire/purpose/1`,
  rio: `${BASE}system/rio`,
  hydre: `${BASE}system/hydre`,
  office: `${BASE}system/office365`,
  ddc: `${BASE}organisation/ddc`,
  dtnum: `${BASE}organisation/dtnum`,
  nir: `${BASE}data-category/nir`,
  unused: `${BASE}data-category/unused`,
  name: `${PREFIXES.pd}Name`,
  identifying: `${PREFIXES.pd}Identifying`,
  health: `${PREFIXES.pd}Health`,
  medical: `${PREFIXES.pd}MedicalHealth`,
  special: `${PREFIXES.dpv}SpecialCategoryPersonalData`,
  employee: `${PREFIXES.dpv}Employee`,
} as const;

type Row = Record<string, RDF.Term>;
const row = (values: Record<string, RDF.Term>): Row => values;

const links: [string, RDF.NamedNode, string][] = [
  [iri.t1, dct.isPartOf, iri.regA],
  [iri.t2, dct.isPartOf, iri.regB],
  [iri.t3, dct.isPartOf, iri.regB],
  [iri.regA, dpv.hasDataController, iri.ddc],
  [iri.regB, dpv.hasDataController, iri.dtnum],
  [iri.t1, dpv.hasDataController, iri.ddc],
  [iri.t2, dpv.hasDataController, iri.dtnum],
  [iri.t3, dpv.hasDataController, iri.dtnum],
  [iri.t1, dpv.hasPurpose, iri.purpose1],
  [iri.t1, dpv.isImplementedUsingTechnology, iri.hydre],
  [iri.t2, dpv.isImplementedUsingTechnology, iri.rio],
  [iri.t3, dpv.isImplementedUsingTechnology, iri.rio],
  [iri.t1, dpv.hasPersonalData, iri.name],
  [iri.t2, dpv.hasPersonalData, iri.name],
  [iri.t1, dpv.hasPersonalData, iri.nir],
  [iri.t3, dpv.hasPersonalData, iri.health],
  [iri.t1, dpv.hasDataSubject, iri.employee],
  [iri.t3, dpv.hasDataSubject, iri.employee],
  [iri.name, skos.broader, iri.identifying],
  [iri.nir, skos.broader, iri.identifying],
  [iri.health, skos.broader, iri.medical],
  [iri.medical, skos.broader, iri.special],
  [iri.rio, tech.hasProvider, iri.dtnum],
];

const types: [string, RDF.NamedNode][] = [
  [iri.t1, ropa.Treatment],
  [iri.t2, ropa.Treatment],
  [iri.t3, dpv.PersonalDataProcess],
  [iri.regA, ropa.Register],
  [iri.regB, dpv.ROPA],
  [iri.rio, ropa.System],
  [iri.hydre, ropa.System],
  [iri.office, ropa.System],
  [iri.ddc, dpv.Organisation],
  [iri.dtnum, dpv.Organisation],
  [iri.nir, ropa.DataCategory],
  [iri.nir, dpv.SensitivePersonalData],
  [iri.purpose1, ropa.PurposeStatement],
];

const labels: [string, RDF.NamedNode, string, string?][] = [
  [iri.t1, dct.title, 'Annuaire et trombinoscope', 'fr'],
  [iri.t1, rdfs.label, 'Annuaire et trombinoscope', 'fr'],
  [iri.t2, rdfs.label, 'RIO', 'fr'],
  [iri.t3, rdfs.label, 'APSIM', 'fr'],
  [iri.regA, rdfs.label, 'Registre de la Division Des Cabinets (DDC)', 'fr'],
  [iri.regB, rdfs.label, 'REGISTRE DES ACTIVITES DE LA DIRECTION DE LA TRANSFORMATION NUMERIQUE', 'fr'],
  [iri.rio, rdfs.label, "RIO, référentiel des identités et de l'organisation", 'fr'],
  [iri.hydre, rdfs.label, 'Annuaire Hydre', 'fr'],
  [iri.hydre, ropa.alias, 'Hyde'],
  [iri.hydre, ropa.alias, 'Hydre'],
  [iri.office, rdfs.label, 'Microsoft 365', 'fr'],
  [iri.office, skos.prefLabel, 'Microsoft 365', 'en'],
  [iri.office, ropa.alias, 'Office365'],
  [iri.ddc, rdfs.label, 'Division des cabinets (DDC)', 'fr'],
  [iri.dtnum, rdfs.label, 'Direction de la transformation numérique du ministère de l’Intérieur', 'fr'],
  [iri.dtnum, ropa.alias, 'DTNUM'],
  [iri.nir, rdfs.label, "Numéro d'inscription au répertoire (NIR, numéro de sécurité sociale)", 'fr'],
  [iri.nir, ropa.alias, 'NIR'],
  [iri.unused, rdfs.label, 'Catégorie que nul ne cite', 'fr'],
  [iri.name, skos.prefLabel, 'Nom', 'fr'],
  [iri.identifying, skos.prefLabel, "Données d'identification", 'fr'],
  [iri.health, skos.prefLabel, 'Santé', 'fr'],
  [iri.employee, skos.prefLabel, 'Agent ou salarié', 'fr'],
  [iri.purpose1, rdfs.label, 'Publier l’annuaire des agents du cabinet', 'fr'],
  [dpv.hasPersonalData.value, skos.prefLabel, 'porte sur les données personnelles', 'fr'],
  [dpv.isImplementedUsingTechnology.value, skos.prefLabel, 'est mis en œuvre avec la technologie', 'fr'],
];

export function fixtureGraph(catalogueSensitivity: ReadonlyMap<string, SensitivityKind> = new Map([[iri.nir, 'nir']])): ExplorerGraph {
  return buildExplorerGraph(
    {
      typeRows: types.map(([node, cls]) => row({ node: namedNode(node), class: cls })),
      linkRows: links.map(([s, p, o]) => row({ source: namedNode(s), property: p, target: namedNode(o) })),
      labelRows: labels.map(([node, property, text, lang]) => row({ node: namedNode(node), property, label: literal(text, lang) })),
    },
    { baseIri: BASE, catalogueSensitivity },
  );
}
