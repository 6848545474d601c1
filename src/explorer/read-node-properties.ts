// What the side panel lists about a node: its literal values and its classes, read with ?resource bound.
import { DataFactory } from 'n3';
import type { SparqlService } from '../sparql/sparql-service.ts';
import { SPARQL_PROLOGUE } from '../vocab/sparql-prologue.ts';
import { dct, rdf, rdfs, skos, xsd } from '../vocab/namespaces.ts';
import type { ExplorerGraph } from './explorer-graph.ts';

export interface PropertyJson {
  property: string;
  /** French label of the property. */
  label: string;
  value: string;
  /** Literals: their language tag, if any. */
  language?: string;
  /** Literals: their datatype, when not a plain string. */
  datatype?: string;
  /** Classes (rdf:type): the class IRI is `value`, its label here. */
  valueLabel?: string;
}

/** ?resource is bound with initialBindings, never written into the text. */
const PROPERTIES_QUERY = `${SPARQL_PROLOGUE}
SELECT DISTINCT ?property ?value WHERE {
  ?resource ?property ?value .
  FILTER(isLiteral(?value) || ?property = rdf:type)
}`;

/** Shown first, in this order; the rest follow by label. */
const ORDER = [dct.title, rdfs.label, skos.prefLabel, skos.definition, dct.description, rdfs.comment, skos.altLabel, skos.hiddenLabel, rdf.type].map((p) => p.value);


export async function readNodeProperties(sparql: SparqlService, graph: ExplorerGraph, iri: string, signal?: AbortSignal): Promise<PropertyJson[]> {
  const rows = await sparql.selectRows(PROPERTIES_QUERY, { bindings: { resource: DataFactory.namedNode(iri) }, ...(signal ? { signal } : {}) });
  const properties: PropertyJson[] = [];
  for (const { property, value } of rows) {
    if (!property || !value) continue;
    const label = graph.propertyLabel(property.value);
    if (value.termType === 'Literal') {
      const datatype = value.datatype.value;
      properties.push({
        property: property.value,
        label,
        value: value.value,
        ...(value.language ? { language: value.language } : {}),
        ...(datatype !== xsd.string.value && datatype !== rdf.langString.value ? { datatype } : {}),
      });
    } else if (value.termType === 'NamedNode') {
      properties.push({ property: property.value, label, value: value.value, valueLabel: graph.labelOf(value.value) });
    }
  }
  const rank = (p: PropertyJson) => {
    const i = ORDER.indexOf(p.property);
    return i < 0 ? ORDER.length : i;
  };
  // French first among the values of one property, then the others.
  const languageRank = (p: PropertyJson) => (p.language === 'fr' ? 0 : p.language ? 2 : 1);
  return properties.sort(
    (a, b) => rank(a) - rank(b) || a.label.localeCompare(b.label, 'fr') || languageRank(a) - languageRank(b) || a.value.localeCompare(b.value, 'fr'),
  );
}
