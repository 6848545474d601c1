// The downloadable dumps: the whole graph, each register and each other named graph, in every RDF format, with their paths and file names.
import type { DatasetStats } from './load-dataset-stats.ts';
import { DUMP_FORMATS, type DumpFormat } from '../rdf/formats.ts';

export interface DumpFile {
  format: DumpFormat;
  /** Server path without the leading slash, e.g. "export/register/001-16106fe6b7c9f12d.ttl". */
  path: string;
  /** The name offered in Content-Disposition, e.g. "ropa-001-16106fe6b7c9f12d.ttl". */
  filename: string;
}

export interface Dump {
  /** "all", a register slug, or the name of another graph ("ontology", "catalogues", "editions"). */
  name: string;
  kind: 'all' | 'register' | 'graph';
  title: string;
  triples: number;
  /** The named graph dumped; absent for the whole dataset (the union of every graph). */
  graph?: string;
  /** The path negotiating the format by Accept, e.g. "export/all". */
  path: string;
  files: DumpFile[];
}

export const ALL_DUMP_NAME = 'all';

/** Titles of the graphs that are not registers; another graph is titled by its name. */
export const OTHER_GRAPH_TITLES: Record<string, string> = {
  ontology: 'Ontologie ropa-graph et libellés français des termes DPV',
  catalogues: 'Catalogues des entités partagées : organisations, systèmes, catégories de données et de personnes, bases légales, pays, politiques',
  editions: 'Éditions des registres : quelle édition en révise une autre, et les traitements appariés',
};

export function listDumps(stats: DatasetStats, baseIri: string): Dump[] {
  const whole: Dump = {
    name: ALL_DUMP_NAME,
    kind: 'all',
    title: 'Graphe complet : registres, catalogues et ontologie',
    triples: stats.triples,
    path: `export/${ALL_DUMP_NAME}`,
    files: filesOf(`export/${ALL_DUMP_NAME}`, ALL_DUMP_NAME, DUMP_FORMATS),
  };
  const registers = stats.registers.map((r) => ({
    name: r.slug,
    kind: 'register' as const,
    title: r.title,
    triples: r.triples,
    graph: r.iri,
    path: `export/register/${encodeURIComponent(r.slug)}`,
    files: filesOf(`export/register/${encodeURIComponent(r.slug)}`, r.slug, DUMP_FORMATS),
  }));
  const registerGraphs = new Set(stats.registers.map((r) => r.iri));
  const graphPrefix = `${baseIri}graph/`;
  const others = [...stats.graphTriples]
    .filter(([graph]) => !registerGraphs.has(graph) && graph.startsWith(graphPrefix) && /^[A-Za-z0-9_-]+$/.test(graph.slice(graphPrefix.length)))
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([graph, triples]) => {
      const name = graph.slice(graphPrefix.length);
      return { name, kind: 'graph' as const, title: OTHER_GRAPH_TITLES[name] ?? `Graphe ${name}`, triples, graph, path: `export/graph/${name}`, files: filesOf(`export/graph/${name}`, name, DUMP_FORMATS) };
    });
  return [whole, ...registers, ...others];
}

export function nameDumpFile(name: string, format: DumpFormat): string {
  return `ropa-${name}.${format.extension}`;
}

function filesOf(path: string, name: string, formats: readonly DumpFormat[]): DumpFile[] {
  return formats.map((format) => ({ format, path: `${path}.${format.extension}`, filename: nameDumpFile(name, format) }));
}
