// Reads the manifest graph `ropa publish` leaves in an external store: which build it holds, in which named graphs.
import { SPARQL_PROLOGUE } from '../vocab/sparql-prologue.ts';
import { FORMATS } from '../rdf/formats.ts';
import { nameManifestGraph } from '../rdf/store-manifest-quads.ts';
import { askRemoteStore } from './ask-remote-store.ts';

/** What the store says it holds. */
export interface StoreManifest {
  /** The manifest graph's IRI, {base}graph/manifest. */
  iri: string;
  /** The build's inputs hash (data/graph/manifest.json's inputsHash): the generation's fingerprint. */
  inputsHash: string;
  issued?: string;
  triples: number;
  /** The named graphs of the build, sorted, with their triple counts when stated. */
  graphs: { iri: string; triples?: number }[];
}

/** What was found at the store: its manifest, or why it has none for this base. */
export type ManifestOutcome = { status: 'found'; manifest: StoreManifest } | { status: 'missing'; message: string };

/** The manifest graph is the default graph of this query (a protocol parameter): the text binds nothing. */
const MANIFEST_QUERY = `${SPARQL_PROLOGUE}
SELECT ?dataset ?hash ?issued ?triples ?subset ?subsetTriples WHERE {
  ?dataset a void:Dataset ; ropa:inputsHash ?hash .
  OPTIONAL { ?dataset dct:issued ?issued }
  OPTIONAL { ?dataset void:triples ?triples }
  OPTIONAL { ?dataset void:subset ?subset OPTIONAL { ?subset void:triples ?subsetTriples } }
}`;

/** Any manifest graph in the store, whatever its base: to say which base the store was published under. */
const OTHER_MANIFESTS_QUERY = `${SPARQL_PROLOGUE}
SELECT DISTINCT ?graph WHERE { GRAPH ?graph { ?graph a void:Dataset ; ropa:inputsHash ?hash } } LIMIT 5`;

type Row = Record<string, { value: string } | undefined>;

/** Throws the store's typed errors when it cannot be asked (unreachable, timeout); a store without a manifest is 'missing'. */
export async function readStoreManifest(url: string, baseIri: string, options: { timeoutMs: number }): Promise<ManifestOutcome> {
  const iri = nameManifestGraph(baseIri);
  const rows = await selectRows(url, MANIFEST_QUERY, { defaultGraphs: [iri], timeoutMs: options.timeoutMs });
  const own = rows.filter((row) => row.dataset?.value === iri && row.hash);
  if (own.length === 0) {
    const others = (await selectRows(url, OTHER_MANIFESTS_QUERY, { timeoutMs: options.timeoutMs })).map((row) => row.graph?.value).filter((g): g is string => g !== undefined);
    const hint = others.length > 0 ? `; it holds ${others.map((g) => `<${g}>`).join(', ')}: serve with the --base these were published under` : '; publish the graph to it first (ropa publish --to <graph-store-url>)';
    return { status: 'missing', message: `the store ${url} holds no manifest graph <${iri}> for base ${baseIri}${hint}` };
  }
  const first = own[0]!;
  const graphs = new Map<string, number | undefined>();
  for (const row of own) {
    const subset = row.subset?.value;
    if (subset === undefined) continue;
    const triples = row.subsetTriples ? Number(row.subsetTriples.value) : undefined;
    graphs.set(subset, triples ?? graphs.get(subset));
  }
  if (graphs.size === 0) return { status: 'missing', message: `the manifest graph <${iri}> of the store ${url} lists no graph (void:subset)` };
  return {
    status: 'found',
    manifest: {
      iri,
      inputsHash: first.hash!.value,
      ...(first.issued ? { issued: first.issued.value } : {}),
      triples: first.triples ? Number(first.triples.value) : [...graphs.values()].reduce<number>((n, t) => n + (t ?? 0), 0),
      graphs: [...graphs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([graph, triples]) => ({ iri: graph, ...(triples !== undefined ? { triples } : {}) })),
    },
  };
}

async function selectRows(url: string, query: string, options: { defaultGraphs?: string[]; timeoutMs: number }): Promise<Row[]> {
  const answer = await askRemoteStore(url, query, { accept: FORMATS.sparqlJson.mediaType, timeoutMs: options.timeoutMs, ...(options.defaultGraphs ? { defaultGraphs: options.defaultGraphs } : {}) });
  return (JSON.parse(answer.body) as { results: { bindings: Row[] } }).results.bindings;
}
