// The SPARQL read by the reports: constant texts; a register or a treatment is bound with `bindings`, never spliced in.
import { SPARQL_PROLOGUE } from '../vocab/sparql-prologue.ts';

/** Every register: its graph is named by its own IRI. `?register` may be bound to read one. */
export const REGISTERS_QUERY = `${SPARQL_PROLOGUE}
SELECT ?register ?title ?language ?file ?first ?last ?sheet ?cell WHERE {
  GRAPH ?register { ?register a ropa:Register }
  OPTIONAL { ?register dct:title ?title }
  OPTIONAL { ?register dct:language ?language }
  OPTIONAL {
    ?register prov:wasDerivedFrom ?source . ?source ropa:sourceFile ?file ; ropa:firstLine ?first ; ropa:lastLine ?last .
    OPTIONAL { ?source ropa:sourceSheet ?sheet ; ropa:sourceCell ?cell }
  }
}`;

/** The register a treatment belongs to; `?treatment` is bound. */
export const TREATMENT_REGISTER_QUERY = `${SPARQL_PROLOGUE}
SELECT ?register WHERE {
  ?treatment a ropa:Treatment ; dct:isPartOf ?register .
  ?register a ropa:Register .
}`;

/** The register's own fields (its preamble): where a register-wide controller, address, DPO or security line is written. */
export const PREAMBLE_QUERY = `${SPARQL_PROLOGUE}
SELECT ?field ?key ?label ?verbatim ?file ?first ?last ?sheet ?cell WHERE {
  ?register a ropa:Register ; ropa:preamble ?field .
  ?field ropa:fieldKey ?key ; ropa:sourceFile ?file ; ropa:firstLine ?first ; ropa:lastLine ?last .
  OPTIONAL { ?field ropa:fieldLabel ?label }
  OPTIONAL { ?field ropa:verbatim ?verbatim }
  OPTIONAL { ?field ropa:sourceSheet ?sheet ; ropa:sourceCell ?cell }
}`;

/** One row per treatment of the register bound to `?register`, with where it was read. */
export const TREATMENTS_QUERY = `${SPARQL_PROLOGUE}
SELECT ?treatment ?title ?ordinal ?number ?created ?creationText ?modified ?lastUpdateText ?legalBasisText ?file ?first ?last ?sheet ?cell WHERE {
  ?register a ropa:Register ; dct:hasPart ?treatment .
  ?treatment a ropa:Treatment .
  OPTIONAL { ?treatment dct:title ?title }
  OPTIONAL { ?treatment ropa:ordinal ?ordinal }
  OPTIONAL { ?treatment ropa:registerNumber ?number }
  OPTIONAL { ?treatment dct:created ?created }
  OPTIONAL { ?treatment ropa:creationText ?creationText }
  OPTIONAL { ?treatment dct:modified ?modified }
  OPTIONAL { ?treatment ropa:lastUpdateText ?lastUpdateText }
  OPTIONAL { ?treatment ropa:legalBasisText ?legalBasisText }
  OPTIONAL {
    ?treatment prov:wasDerivedFrom ?source . ?source ropa:sourceFile ?file ; ropa:firstLine ?first ; ropa:lastLine ?last .
    OPTIONAL { ?source ropa:sourceSheet ?sheet ; ropa:sourceCell ?cell }
  }
}`;

/** The verbatim source fields of every treatment of `?register`. */
export const FIELDS_QUERY = `${SPARQL_PROLOGUE}
SELECT ?treatment ?field ?key ?label ?verbatim ?file ?first ?last ?sheet ?cell WHERE {
  ?register a ropa:Register ; dct:hasPart ?treatment .
  ?treatment ropa:hasSourceField ?field .
  ?field ropa:fieldKey ?key ; ropa:sourceFile ?file ; ropa:firstLine ?first ; ropa:lastLine ?last .
  OPTIONAL { ?field ropa:fieldLabel ?label }
  OPTIONAL { ?field ropa:verbatim ?verbatim }
  OPTIONAL { ?field ropa:sourceSheet ?sheet ; ropa:sourceCell ?cell }
}`;

/** The shared entities a treatment of `?register` links to (organisations, categories, systems, legal bases…). */
export const LINKS_QUERY = `${SPARQL_PROLOGUE}
SELECT ?treatment ?property ?target WHERE {
  VALUES ?property {
    dpv:hasDataController dpv:hasPersonalData dpv:hasDataSubject dpv:hasRecipient dpv:hasDataProcessor
    dpv:isImplementedUsingTechnology dpv:hasLegalBasis dpv:hasThirdCountry dpv:hasPolicy
  }
  ?register a ropa:Register ; dct:hasPart ?treatment .
  ?treatment ?property ?target .
  FILTER(isIRI(?target))
}`;

/**
 * The sensitive data categories: typed as, or falling under, DPV's sensitive personal data (special categories
 * of art. 9, criminal data of art. 10, the NIR…). Walked from the DPV class, which is fast; a per-row EXISTS is not.
 */
export const SENSITIVE_CATEGORIES_QUERY = `${SPARQL_PROLOGUE}
SELECT DISTINCT ?category WHERE {
  ?category (rdf:type|skos:broader)/skos:broader* dpv:SensitivePersonalData .
}`;

/** Names a linked entity is written under (label, aliases): to find the fields that name it when no field is its own. */
export const ENTITY_NAMES_QUERY = `${SPARQL_PROLOGUE}
SELECT DISTINCT ?target ?name WHERE {
  VALUES ?property { dpv:hasDataController dpv:hasDataProcessor dpv:hasRecipient dpv:isImplementedUsingTechnology dpv:hasPolicy dpv:hasLegalBasis dpv:hasPersonalData }
  ?register a ropa:Register ; dct:hasPart ?treatment .
  ?treatment ?property ?target .
  { ?target rdfs:label ?name } UNION { ?target skos:prefLabel ?name } UNION { ?target skos:altLabel ?name } UNION { ?target skos:hiddenLabel ?name }
}`;

/** What the register says in words: purposes, retention (with the ISO duration read), transfers, measures, DPIA. */
export const STATEMENTS_QUERY = `${SPARQL_PROLOGUE}
SELECT ?treatment ?kind ?node ?text ?durationType ?duration ?stated ?assessment WHERE {
  ?register a ropa:Register ; dct:hasPart ?treatment .
  {
    ?treatment dpv:hasPurpose ?node . BIND("purpose" AS ?kind)
    OPTIONAL { ?node dct:description ?text }
  } UNION {
    ?treatment dpv:hasStorageCondition ?node . BIND("retention" AS ?kind)
    OPTIONAL { ?node dct:description ?text }
    OPTIONAL {
      ?node dpv:hasDuration ?d .
      OPTIONAL {
        ?d a ?durationType .
        FILTER(?durationType IN (dpv:TemporalDuration, dpv:UntilEventDuration, dpv:EndlessDuration, dpv:IndeterminateDuration))
      }
      OPTIONAL { ?d rdf:value ?duration }
    }
  } UNION {
    ?treatment ropa:transferStatement ?node . BIND("transfer" AS ?kind)
    OPTIONAL { ?node ropa:transferStated ?stated }
    OPTIONAL { ?node dct:description ?text }
  } UNION {
    ?treatment dpv:hasTechnicalOrganisationalMeasure ?node . BIND("measure" AS ?kind)
    OPTIONAL { ?node dct:description ?text }
    BIND(EXISTS { ?node a dpv:SecurityAssessment } AS ?assessment)
  } UNION {
    ?treatment dpv:hasImpactAssessment ?node . BIND("dpia" AS ?kind)
    OPTIONAL { ?node dct:description ?text }
  }
}`;

/** The DPV concepts (skos:broader) the purposes and the security measures of `?register`'s treatments fall under. */
export const CONCEPTS_QUERY = `${SPARQL_PROLOGUE}
SELECT ?treatment ?node ?concept WHERE {
  ?register a ropa:Register ; dct:hasPart ?treatment .
  { ?treatment dpv:hasPurpose ?node } UNION { ?treatment dpv:hasTechnicalOrganisationalMeasure ?node }
  ?node skos:broader ?concept .
  FILTER(isIRI(?concept))
}`;

/** The third countries of `?register`'s treatments the register does not state, inferred from a recipient's seat. */
export const INFERRED_TRANSFERS_QUERY = `${SPARQL_PROLOGUE}
SELECT ?treatment ?country WHERE {
  ?register a ropa:Register ; dct:hasPart ?treatment .
  ?treatment dpv:hasProcess ?transfer .
  ?transfer a ropa:InferredTransfer ; dpv:hasThirdCountry ?country .
}`;

/**
 * The DPO and the controllers of `?register`'s treatments with what the graph holds of them: name, postal address,
 * contacts (e-mail, telephone, as dpv:hasContact literals) and country.
 */
export const PARTIES_QUERY = `${SPARQL_PROLOGUE}
SELECT ?treatment ?role ?party ?name ?address ?contact ?country WHERE {
  ?register a ropa:Register ; dct:hasPart ?treatment .
  { ?treatment dpv:hasDataProtectionOfficer ?party . BIND("dpo" AS ?role) }
  UNION { ?treatment dpv:hasDataController ?party . BIND("controller" AS ?role) }
  OPTIONAL { ?party dpv:hasName ?name }
  OPTIONAL { ?party dpv:hasAddress ?address }
  OPTIONAL { ?party dpv:hasContact ?contact }
  OPTIONAL { ?party dpv:hasCountry ?country }
}`;

/**
 * Which article makes a data category sensitive: under pd:Criminal (art. 10), under DPV's special categories (art. 9),
 * or the NIR (the catalogue's category whose alias is "NIR", as queries/treatments-processing-nir.rq finds it).
 */
export const SENSITIVE_KINDS_QUERY = `${SPARQL_PROLOGUE}
SELECT DISTINCT ?category ?kind WHERE {
  { ?category skos:broader* pd:Criminal . BIND("art10" AS ?kind) }
  UNION { ?category skos:broader* dpv:SpecialCategoryPersonalData . BIND("art9" AS ?kind) }
  UNION { ?category a ropa:DataCategory ; skos:altLabel "NIR" . BIND("nir" AS ?kind) }
}`;
