// `ropa query`: runs one of the analysts' canned queries (queries/*.rq) on the built graph, or lists them.
import { DEFAULT_PAGE_SIZE, pageQuery, readPageRequest, type PageRequest } from '../sparql/page-query.ts';
import { addGraphOptions, GRAPH_SETTINGS, readConfigOptions } from './add-config-options.ts';
import { createProcessIo, measureTableWidth, writeLine, type CliIo } from './cli-io.ts';
import { COMMAND_DESCRIPTIONS } from './command-descriptions.ts';
import { Command, Option } from 'commander';
import { resolveServerConfig } from '../config/server-config.ts';
import { bindQueryParameters, parseParameterAssignments, QueryParameterError } from '../sparql/bind-query-parameters.ts';
import { loadCannedQueries, type CannedQuery } from '../sparql/load-canned-queries.ts';
import { PREFIXES } from '../vocab/namespaces.ts';
import { UsageError } from '../errors/usage-error.ts';
import { renderTable } from './render-table.ts';
import { FORMATS as RDF_FORMATS } from '../rdf/formats.ts';

const FORMATS = ['table', 'csv', 'json'] as const;
type Format = (typeof FORMATS)[number];

/** What each output format asks the engine for: CSV and JSON come from Comunica's own serialisers. */
const MEDIA_TYPE: Record<Format, string> = {
  table: RDF_FORMATS.sparqlJson.mediaType,
  csv: RDF_FORMATS.csv.mediaType,
  json: RDF_FORMATS.sparqlJson.mediaType,
};

export interface QueryOptions {
  param: string[];
  /** One page of the rows: --limit (default DEFAULT_PAGE_SIZE) from --offset. */
  limit?: string;
  offset?: string;
  format: string;
  list?: boolean;
  graph?: string;
  registers?: string;
  base?: string;
  /** false with --no-build: never rebuild, even a stale graph. */
  build?: boolean;
}

export function createQueryCommand(io: CliIo): Command {
  return addGraphOptions(new Command('query')
    .description(COMMAND_DESCRIPTIONS.query)
    .argument('[name]', 'query name, e.g. treatments-using-system (see --list)')
    .option('-p, --param <name=value>', 'value of a query parameter, typed as the query declares it (repeatable)', collect, [])
    .addOption(new Option('-f, --format <format>', `output: ${FORMATS.join(', ')}`).default('table'))
    .option('-l, --list', 'list the queries: name, title, parameters')
    .option('--limit <n>', `rows of one page (default ${DEFAULT_PAGE_SIZE}, at most the result limit)`)
    .option('--offset <n>', 'rows skipped before the page (default 0): --offset 1000 gives the second page of 1000'))
    .addHelpText(
      'after',
      `
The graph is built first when it is missing or stale, as \`ropa serve\` does, and queried with the same
engine as the SPARQL endpoint. Parameters are bound to the query's variables (never pasted into its text):
iri → an absolute IRI, string → a text, date → YYYY-MM-DD, integer → a whole number. A parameter left out
takes its declared default.
Formats: table (readable in a terminal; long values are shortened, use csv or json for all of them),
csv (SPARQL 1.1 CSV results), json (SPARQL 1.1 JSON results).
Exit codes: 0 done, 2 bad argument (unknown query, format or parameter, or a value that does not fit), 1 any other failure.

Examples:
  ropa query --list
  ropa query treatments-using-system --param system=RIO
  ropa query retention-longer-than --param years=10 --format csv > long-retention.csv
  ropa query search-treatments --param q=pegase --format json`,
    )
    .action(async (name: string | undefined, opts: QueryOptions) => {
      if (opts.list) {
        io.stdout.write(await listQueries(opts.format, measureTableWidth(io)));
        return;
      }
      if (name === undefined) throw new UsageError(`give the name of a query, or --list to see them; the queries are: ${(await loadCannedQueries()).map((q) => q.name).join(', ')}`);
      const result = await runQuery(name, opts, io);
      io.stdout.write(result.output);
      const next = result.page && result.count === result.page.limit ? `; the next page: --offset ${result.page.offset + result.page.limit}` : '';
      writeLine(io.stderr, `${result.count} ${result.count === 1 ? 'row' : 'rows'}${result.truncated ? ` (truncated to the first ${result.count})` : ''}${next}`);
    });
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function checkFormat(format: string): Format {
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`unknown format "${format}" (--format); use one of: ${FORMATS.join(', ')}`);
  return format as Format;
}

/** The queries of queries/, as a table, CSV or JSON. */
export async function listQueries(formatOption: string, width?: number): Promise<string> {
  const format = checkFormat(formatOption);
  const queries = await loadCannedQueries();
  if (format === 'json') {
    const list = queries.map((q) => ({ name: q.name, title: q.title, questionFr: q.questionFr, questionEn: q.questionEn, params: q.params }));
    return `${JSON.stringify(list, null, 2)}\n`;
  }
  const rows = queries.map((q) => [q.name, q.title, q.params.map(describeParam).join('; ')]);
  const header = ['name', 'title', 'params'];
  return format === 'csv' ? toCsv(header, rows) : renderTable(header, rows, width);
}

function describeParam(p: CannedQuery['params'][number]): string {
  return `${p.name} (${p.type}${p.default !== undefined ? `, default ${p.default}` : ''})`;
}

export interface QueryRun {
  output: string;
  count: number;
  truncated: boolean;
  /** The page asked for, for a SELECT. */
  page?: PageRequest;
}

export async function runQuery(name: string, opts: QueryOptions, io: CliIo = createProcessIo()): Promise<QueryRun> {
  // Arguments are checked before anything is built or loaded.
  const format = checkFormat(opts.format);
  const queries = await loadCannedQueries();
  const query = queries.find((q) => q.name === name);
  if (!query) throw new UsageError(`unknown query "${name}"; the queries are: ${queries.map((q) => q.name).join(', ')}`);
  let bindings;
  try {
    bindings = bindQueryParameters(query, parseParameterAssignments(opts.param));
  } catch (error) {
    if (error instanceof QueryParameterError) throw new UsageError(`${error.message} (--param)`);
    throw error;
  }
  const config = resolveServerConfig(readConfigOptions({ ...opts }, GRAPH_SETTINGS), io.env);
  const page = readPageRequest({ ...(opts.limit !== undefined ? { limit: opts.limit } : {}), ...(opts.offset !== undefined ? { offset: opts.offset } : {}) }, config.resultLimit, { limit: '--limit', offset: '--offset' });

  // The build and the server's parts are loaded once the arguments hold, not for `--help` or a usage error.
  const [{ ensureBuiltGraph }, { openAppDeps }] = await Promise.all([import('./ensure-built-graph.ts'), import('../http/open-app-deps.ts')]);
  await ensureBuiltGraph(config, [config.registersDir], { build: opts.build, action: 'querying' }, io);

  // The same store, engine and SPARQL service as the server; one query needs one worker (one copy of the graph).
  const deps = await openAppDeps({ ...config, workers: 1 }, (line) => writeLine(io.stderr, line));
  try {
    const prepared = deps.sparql.prepare(pageQuery(query.text, page));
    const result = await deps.sparql.execute(prepared, MEDIA_TYPE[format], { bindings });
    const output = format === 'table' ? renderResultsTable(result.body, config.baseIri, measureTableWidth(io)) : result.body.endsWith('\n') ? result.body : `${result.body}\n`;
    return { output, count: result.count, truncated: result.truncated, ...(prepared.kind === 'bindings' ? { page } : {}) };
  } finally {
    await deps.store.close();
  }
}

interface SparqlJsonTerm {
  type: 'uri' | 'literal' | 'bnode' | 'triple';
  value: string;
}

/** SPARQL JSON results as a table; IRIs of known vocabularies are shortened to CURIEs, the data's own to paths. */
function renderResultsTable(json: string, baseIri: string, width: number): string {
  const parsed = JSON.parse(json) as { head: { vars?: string[] }; results?: { bindings: Record<string, SparqlJsonTerm>[] }; boolean?: boolean };
  if (parsed.boolean !== undefined) return `${parsed.boolean}\n`;
  const vars = parsed.head.vars ?? [];
  const rows = (parsed.results?.bindings ?? []).map((b) => vars.map((v) => (b[v] ? showTerm(b[v], baseIri) : '')));
  return renderTable(vars, rows, width);
}

function showTerm(term: SparqlJsonTerm, baseIri: string): string {
  if (term.type !== 'uri') return term.value;
  if (term.value.startsWith(baseIri)) return `<${term.value.slice(baseIri.length)}>`;
  for (const [prefix, ns] of Object.entries(PREFIXES)) {
    const local = term.value.slice(ns.length);
    if (term.value.startsWith(ns) && /^[\w.-]*$/.test(local)) return `${prefix}:${local}`;
  }
  return `<${term.value}>`;
}

/** RFC 4180 CSV, for the list of queries (results come from Comunica's serialiser). */
function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const cell = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
