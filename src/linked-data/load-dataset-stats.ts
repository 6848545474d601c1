// Counts and titles of the dataset and of each register graph, computed with SPARQL once per engine.
import type { SparqlService } from '../sparql/sparql-service.ts';
import { SPARQL_PROLOGUE } from '../vocab/sparql-prologue.ts';

const TRIPLES_PER_GRAPH_QUERY = `SELECT ?graph (COUNT(*) AS ?triples) WHERE { GRAPH ?graph { ?s ?p ?o } } GROUP BY ?graph`;

/**
 * Distinct triples of the union of all graphs: what the whole-graph dump holds. A plain COUNT(*) over the union
 * default graph would count twice a triple stated in two graphs (Oxigraph matches it once per graph).
 */
const TOTAL_TRIPLES_QUERY = `SELECT (COUNT(*) AS ?triples) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }`;

/** A register's graph is named by the register's own IRI (see list-graph-files.ts). */
const REGISTERS_QUERY = `${SPARQL_PROLOGUE}
SELECT ?register ?title ?language ?source ?file WHERE {
  GRAPH ?register { ?register a ropa:Register }
  OPTIONAL { ?register dct:title ?title }
  OPTIONAL { ?register dct:language ?language }
  OPTIONAL { ?register prov:wasDerivedFrom ?source . OPTIONAL { ?source ropa:sourceFile ?file } }
}`;

/** What a catalogue says of a register: its size, its latest update, who keeps it (the controller) and where. */
const REGISTER_FACTS_QUERY = `${SPARQL_PROLOGUE}
SELECT ?register (COUNT(DISTINCT ?treatment) AS ?treatments) (MAX(?modified) AS ?lastModified) WHERE {
  GRAPH ?register { ?register a ropa:Register . OPTIONAL { ?register dct:hasPart ?treatment . ?treatment a ropa:Treatment . OPTIONAL { ?treatment dct:modified ?modified } } }
} GROUP BY ?register`;

const CONTROLLERS_QUERY = `${SPARQL_PROLOGUE}
SELECT DISTINCT ?register ?controller ?label ?country WHERE {
  GRAPH ?register { ?register a ropa:Register ; dpv:hasDataController ?controller }
  OPTIONAL { ?controller rdfs:label ?label }
  OPTIONAL { ?controller dpv:hasCountry|dpv:hasJurisdiction ?country }
}`;

const EXAMPLES_QUERY = `${SPARQL_PROLOGUE}
SELECT ?class (MIN(STR(?resource)) AS ?example) WHERE {
  VALUES ?class { ropa:Treatment ropa:System ropa:Register }
  ?resource a ?class .
  FILTER(isIRI(?resource))
} GROUP BY ?class`;

export interface RegisterStats {
  /** e.g. "001-16106fe6b7c9f12d": the last segment of the register's IRI, also its file name. */
  slug: string;
  /** The register's IRI, which also names its graph. */
  iri: string;
  title: string;
  /** The language tag of the title ("fr"; "en" for the EDPS records). */
  titleLanguage?: string;
  triples: number;
  /** The ropa:SourceRecord of the whole register and the file it was read from. */
  source?: string;
  sourceFile?: string;
  /** The register's language ("fr", "en"), as the graph states it. */
  language?: string;
  treatments: number;
  /** The latest update date of its treatments (xsd:date), when the register gives any. */
  modified?: string;
  /** Its controllers (dpv:hasDataController): the organisations that publish it. */
  controllers: readonly { iri: string; label?: string; language?: string; country?: string }[];
}

export interface DatasetStats {
  /** Distinct triples of the union of all graphs (a triple stated in two graphs counts once). */
  triples: number;
  /** Triples of every named graph (ontology, catalogues, registers). */
  graphTriples: ReadonlyMap<string, number>;
  registers: readonly RegisterStats[];
  /** A treatment, a system and a register, for void:exampleResource. */
  examples: readonly string[];
}

// The graph is read-only: counting once is enough; a failure is forgotten so that the next request retries.
const cache = new WeakMap<SparqlService, Promise<DatasetStats>>();

export function loadDatasetStats(sparql: SparqlService, baseIri: string): Promise<DatasetStats> {
  let pending = cache.get(sparql);
  if (!pending) {
    pending = countDataset(sparql, baseIri);
    cache.set(sparql, pending);
    pending.catch(() => cache.delete(sparql));
  }
  return pending;
}

async function countDataset(sparql: SparqlService, baseIri: string): Promise<DatasetStats> {
  const [perGraph, total, registerRows, exampleRows, factRows, controllerRows] = await Promise.all([
    sparql.selectRows(TRIPLES_PER_GRAPH_QUERY),
    sparql.selectRows(TOTAL_TRIPLES_QUERY),
    sparql.selectRows(REGISTERS_QUERY),
    sparql.selectRows(EXAMPLES_QUERY),
    sparql.selectRows(REGISTER_FACTS_QUERY),
    sparql.selectRows(CONTROLLERS_QUERY),
  ]);
  const facts = new Map(factRows.map((row) => [row.register!.value, { treatments: Number(row.treatments?.value ?? 0), modified: row.lastModified?.value }]));
  const controllers = new Map<string, Map<string, RegisterStats['controllers'][number]>>();
  for (const row of controllerRows) {
    const byIri = controllers.get(row.register!.value) ?? new Map<string, RegisterStats['controllers'][number]>();
    controllers.set(row.register!.value, byIri);
    const known = byIri.get(row.controller!.value);
    const label = row.label?.termType === 'Literal' ? row.label : undefined;
    // Several labels give several rows: keep the French one.
    if (known?.label && label?.language !== 'fr') continue;
    byIri.set(row.controller!.value, {
      iri: row.controller!.value,
      ...(label ? { label: label.value, ...(label.language ? { language: label.language } : {}) } : {}),
      ...(row.country ? { country: row.country.value } : {}),
    });
  }
  const graphTriples = new Map(perGraph.map((row) => [row.graph!.value, Number(row.triples!.value)]));
  const registerPrefix = `${baseIri}register/`;
  const registers = new Map<string, RegisterStats>();
  for (const row of registerRows) {
    const iri = row.register!.value;
    if (!iri.startsWith(registerPrefix)) continue;
    const known = registers.get(iri);
    const title = row.title?.value;
    // Several titles (languages) give several rows: keep the French one.
    const titleIsFrench = row.title?.termType === 'Literal' && row.title.language === 'fr';
    if (known && !(titleIsFrench && title)) continue;
    registers.set(iri, {
      slug: decodeURIComponent(iri.slice(registerPrefix.length)),
      iri,
      title: title ?? known?.title ?? iri,
      ...(row.title?.termType === 'Literal' && row.title.language ? { titleLanguage: row.title.language } : known?.titleLanguage ? { titleLanguage: known.titleLanguage } : {}),
      triples: graphTriples.get(iri) ?? 0,
      ...(row.source ? { source: row.source.value } : {}),
      ...(row.file ? { sourceFile: row.file.value } : {}),
      ...(row.language ? { language: row.language.value } : {}),
      treatments: facts.get(iri)?.treatments ?? 0,
      ...(facts.get(iri)?.modified ? { modified: facts.get(iri)!.modified } : {}),
      controllers: [...(controllers.get(iri)?.values() ?? [])],
    });
  }
  return {
    triples: Number(total[0]?.triples?.value ?? 0),
    graphTriples,
    registers: [...registers.values()].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0)),
    examples: exampleRows.map((row) => row.example!.value).sort(),
  };
}
