// Reads a request's query before anything runs: its form, the graphs it names, the protocol's dataset.
import sparqljs from 'sparqljs';
import { QueryRefusedError, QuerySyntaxError } from '../errors/query-errors.ts';
import { inspectQuery, type QueryForm } from '../store/inspect-query.ts';
import type { EndpointDataset } from './local-endpoint-fetch.ts';
import { checkQueryLimits, type QueryLimits } from './check-query-limits.ts';

export type ResultKind = 'bindings' | 'boolean' | 'quads';

export interface QueryDataset {
  defaultGraphUris?: readonly string[];
  namedGraphUris?: readonly string[];
}

export interface PreparedQuery {
  /** The text given to the engine: the request's, or regenerated when the protocol dataset replaced its FROM. */
  text: string;
  form: Exclude<QueryForm, 'UPDATE' | 'UNKNOWN'>;
  kind: ResultKind;
  /** Things the client should know about its request (e.g. a dataset graph we do not hold). */
  warnings: string[];
  /** The RDF dataset of the query when it is not the default (union of all graphs). */
  dataset?: EndpointDataset;
}

export interface PrepareOptions {
  /** Named graphs of the store: the only IRIs a FROM or a default-graph-uri may name. */
  graphs: readonly string[];
  /** Base IRI for queries with relative IRIs and no BASE, e.g. the endpoint's own URL. */
  serviceBaseIri?: string;
  /** Checked before the text is parsed; without them (in-process callers with their own queries) nothing is checked. */
  limits?: QueryLimits;
}

/** Checks a query before running it; throws QuerySyntaxError or QueryRefusedError. */
export function prepareQuery(requestText: string, dataset: QueryDataset, options: PrepareOptions): PreparedQuery {
  if (options.limits) checkQueryLimits(requestText, options.limits);
  const shape = inspectQuery(requestText, options.serviceBaseIri);
  const query = shape.resolvedText ?? requestText;
  if (shape.syntaxError !== undefined) throw new QuerySyntaxError(shape.syntaxError);
  if (shape.form === 'UPDATE') throw new QueryRefusedError('SPARQL Update is not accepted: this endpoint is read-only');
  if (shape.form === 'UNKNOWN') throw new QuerySyntaxError('not a SPARQL query');
  if (shape.serviceIris.length > 0) {
    throw new QueryRefusedError(`SERVICE is not allowed (${shape.serviceIris.join(', ')}): this endpoint only reads its own graph and never fetches other URLs`);
  }
  const known = new Set(options.graphs);
  const unknownInQuery = shape.datasetIris.filter((iri) => !known.has(iri));
  if (unknownInQuery.length > 0) {
    throw new QueryRefusedError(
      `unknown graph ${unknownInQuery.map((i) => `<${i}>`).join(', ')}: FROM and FROM NAMED may only name graphs of this dataset (see the service description); the endpoint never fetches URLs`,
    );
  }
  // The protocol's dataset parameters name graphs, and a graph the service does not hold is empty
  // (SPARQL 1.1 Protocol §2.1.4; the W3C tests rely on it): answer, but say so, and never fetch it.
  const unknownInProtocol = [...(dataset.defaultGraphUris ?? []), ...(dataset.namedGraphUris ?? [])].filter((iri) => !known.has(iri));
  const warnings = unknownInProtocol.map((iri) => `graph <${iri}> is not in this dataset and was read as empty; this endpoint never fetches URLs`);
  const kind: ResultKind = shape.form === 'SELECT' ? 'bindings' : shape.form === 'ASK' ? 'boolean' : 'quads';
  const hasProtocolDataset = (dataset.defaultGraphUris?.length ?? 0) + (dataset.namedGraphUris?.length ?? 0) > 0;
  if (!hasProtocolDataset && !shape.hasDatasetClause) return { text: query, form: shape.form, kind, warnings };
  // The dataset goes to the store beside the query, not inside it: Comunica 5.4 turns `ASK FROM …` into a
  // bindings result. The protocol's parameters win over the query's own FROM (SPARQL 1.1 Protocol §2.1.4).
  const { text, from } = removeDatasetClauses(query);
  const endpointDataset = hasProtocolDataset
    ? { defaultGraphs: [...(dataset.defaultGraphUris ?? [])], namedGraphs: [...(dataset.namedGraphUris ?? [])] }
    : from;
  return { text, form: shape.form, kind, warnings, dataset: endpointDataset };
}

/** Takes FROM / FROM NAMED out of a query (through the sparqljs syntax tree, never by text surgery). */
function removeDatasetClauses(query: string): { text: string; from: EndpointDataset } {
  const parsed = new sparqljs.Parser().parse(query) as sparqljs.Query;
  const from = { defaultGraphs: (parsed.from?.default ?? []).map((t) => t.value), namedGraphs: (parsed.from?.named ?? []).map((t) => t.value) };
  delete parsed.from;
  return { text: new sparqljs.Generator().stringify(parsed), from };
}
