// One line per subcommand of `ropa`: shown by `ropa --help` without loading the command, and by the command itself.

export const COMMAND_DESCRIPTIONS = {
  build: 'Parse registers, map them to DPV and write one Turtle file per register plus the catalogues',
  serve: 'Serve the graph: SPARQL endpoint at /sparql, linked-data pages, exports and the query page at /',
  query: "Run one of the analysts' canned queries (queries/*.rq) on the graph, or list them",
  check: 'Run the compliance checks (SHACL shapes of ontology/shapes/) on the graph and report by register and severity',
  diff: 'Compare two registers (two editions, typically): treatments added, removed, and what changed field by field',
  export: 'Write a dump of the whole graph, or of one register, to a file (the same dumps as GET /export)',
  publish: 'Put the built graph into an external triple store (SPARQL 1.1 Graph Store Protocol), one named graph each, then a manifest graph',
  report: 'Write the register regenerated from the graph as a CNIL-style table (CSV, XLSX) or printable HTML fiches',
} as const;

export type CommandName = keyof typeof COMMAND_DESCRIPTIONS;
