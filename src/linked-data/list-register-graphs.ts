// The graphs that hold a register, asked of the store itself: the graph named by a ropa:Register's own IRI.
import type { GraphStore } from '../store/graph-store.ts';
import { SPARQL_PROLOGUE } from '../vocab/sparql-prologue.ts';
import { FORMATS } from '../rdf/formats.ts';

/** A file name alone does not make a register: data/graph/ also holds graphs such as the editions' links. */
const REGISTER_GRAPHS_QUERY = `${SPARQL_PROLOGUE}
SELECT DISTINCT ?graph WHERE { GRAPH ?graph { ?graph a ropa:Register } } ORDER BY ?graph`;

/** For callers without the Comunica engine (the CLI); the server reads the same from loadDatasetStats. */
export async function listRegisterGraphs(store: Pick<GraphStore, 'query'>, options: { timeoutMs?: number } = {}): Promise<string[]> {
  const result = await store.query(REGISTER_GRAPHS_QUERY, { format: FORMATS.sparqlJson.mediaType, timeoutMs: options.timeoutMs ?? 30_000 });
  const json = JSON.parse(result.body) as { results: { bindings: { graph: { value: string } }[] } };
  return json.results.bindings.map((row) => row.graph.value);
}
