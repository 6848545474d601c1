// French labels of the W3C terms (RDF, RDFS, OWL, SKOS, DCMI, PROV, OWL-Time) our graph uses but our ontology does not label.
import { PREFIXES } from './namespaces.ts';

const { rdf, rdfs, owl, skos, dct, prov, time } = PREFIXES;

/**
 * Only a fallback for pages: a label found in the graph always wins. These vocabularies publish no French
 * labels, and a page full of CURIEs ("dct:isPartOf") reads poorly for the French audience of the registers.
 */
export const STANDARD_TERM_LABELS: Readonly<Record<string, string>> = {
  [`${rdf}type`]: 'type',
  [`${rdf}value`]: 'valeur',
  [`${rdfs}label`]: 'libellé',
  [`${rdfs}comment`]: 'commentaire',
  [`${rdfs}seeAlso`]: 'voir aussi',
  [`${rdfs}isDefinedBy`]: 'défini par',
  [`${rdfs}subClassOf`]: 'sous-classe de',
  [`${rdfs}subPropertyOf`]: 'sous-propriété de',
  [`${rdfs}domain`]: 'domaine',
  [`${rdfs}range`]: 'portée',
  [`${rdfs}Class`]: 'Classe RDFS',
  [`${owl}Class`]: 'Classe OWL',
  [`${owl}Ontology`]: 'Ontologie',
  [`${owl}ObjectProperty`]: 'Propriété d’objet',
  [`${owl}DatatypeProperty`]: 'Propriété de valeur',
  [`${owl}AnnotationProperty`]: 'Propriété d’annotation',
  [`${owl}versionInfo`]: 'version',
  [`${owl}sameAs`]: 'identique à',
  [`${skos}prefLabel`]: 'libellé préféré',
  [`${skos}altLabel`]: 'autre libellé',
  [`${skos}broader`]: 'terme plus général',
  [`${skos}definition`]: 'définition',
  [`${skos}Concept`]: 'Concept',
  [`${dct}title`]: 'titre',
  [`${dct}description`]: 'description',
  [`${dct}hasPart`]: 'comprend',
  [`${dct}isPartOf`]: 'fait partie de',
  [`${dct}source`]: 'source',
  [`${dct}created`]: 'créé le',
  [`${dct}modified`]: 'modifié le',
  [`${dct}license`]: 'licence',
  [`${prov}wasDerivedFrom`]: 'provient de',
  [`${prov}Entity`]: 'Entité (PROV)',
  [`${time}Duration`]: 'Durée (OWL-Time)',
  [`${time}numericDuration`]: 'durée en nombre',
  [`${time}unitType`]: 'unité',
  [`${time}unitMonth`]: 'mois',
};
