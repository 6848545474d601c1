// The downloadable dumps: the whole graph and each register, in every RDF format, with their paths and file names.
import type { DatasetStats } from './load-dataset-stats.ts';
import { RDF_FORMATS, type RdfFormat } from './rdf-formats.ts';

export interface DumpFile {
  format: RdfFormat;
  /** Server path without the leading slash, e.g. "export/register/001-16106fe6b7c9f12d.ttl". */
  path: string;
  /** The name offered in Content-Disposition, e.g. "ropa-001-16106fe6b7c9f12d.ttl". */
  filename: string;
}

export interface Dump {
  /** "all", or a register slug. */
  name: string;
  title: string;
  triples: number;
  /** The named graph dumped; absent for the whole dataset (the union of every graph). */
  graph?: string;
  /** The path negotiating the format by Accept, e.g. "export/all". */
  path: string;
  files: DumpFile[];
}

export const ALL_DUMP_NAME = 'all';

export function listDumps(stats: DatasetStats): Dump[] {
  const whole: Dump = {
    name: ALL_DUMP_NAME,
    title: 'Graphe complet : registres, catalogues et ontologie',
    triples: stats.triples,
    path: `export/${ALL_DUMP_NAME}`,
    files: filesOf(`export/${ALL_DUMP_NAME}`, ALL_DUMP_NAME),
  };
  const registers = stats.registers.map((r) => ({
    name: r.slug,
    title: r.title,
    triples: r.triples,
    graph: r.iri,
    path: `export/register/${encodeURIComponent(r.slug)}`,
    files: filesOf(`export/register/${encodeURIComponent(r.slug)}`, r.slug),
  }));
  return [whole, ...registers];
}

export function nameDumpFile(name: string, format: RdfFormat): string {
  return `ropa-${name}.${format.extension}`;
}

function filesOf(path: string, name: string): DumpFile[] {
  return RDF_FORMATS.map((format) => ({ format, path: `${path}.${format.extension}`, filename: nameDumpFile(name, format) }));
}
