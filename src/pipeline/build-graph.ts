// The build pipeline: registers → typed records → Turtle files, each handed to a sink as it is written (a folder, or memory).
import { basename } from 'node:path';
import { readRegisters } from '../ingest/read-register-file.ts';
import { loadHeaderMapping } from '../ingest/table/header-mapping.ts';
import { loadCatalogues } from '../model/load-catalogues.ts';
import { createNormaliser } from '../model/normalise-register.ts';
import { loadConceptRules } from '../model/load-concept-rules.ts';
import type { ParseWarning } from '../model/raw-register.ts';
import { RegisterFormatError } from '../errors/register-format-error.ts';
import { createIriMinter } from '../rdf/mint-iris.ts';
import { mapCatalogues } from '../rdf/map-catalogues.ts';
import { streamSortedTurtle } from '../rdf/serialise-turtle.ts';
import { sortDistinctTriples } from '../rdf/sort-triples.ts';
import { streamRegisterTurtle } from './stream-register-turtle.ts';
import type { WriteText } from '../rdf/stream-n3.ts';
import type { ReadLimits } from '../files/read-regular-file.ts';
import { hashBuildInputs } from './hash-build-inputs.ts';
import type { Register } from '../model/treatment.ts';
import { buildEditionsFile, EDITIONS_FILE } from '../editions/build-editions-file.ts';

export interface BuildOptions {
  registerFiles: readonly string[];
  baseIri: string;
  /** A --mapping file: the headers of the user's own tables mapped onto register fields. */
  mappingFile?: string;
  /** Largest register read, and how a user changes it (see files/read-regular-file.ts). */
  readLimits?: ReadLimits;
  onProgress?: (event: { done: number; total: number; file: string }) => void;
}

export interface RegisterSummary {
  file: string;
  slug: string;
  title: string;
  layout: string;
  treatments: number;
  triples: number;
  warnings: ParseWarning[];
}

export interface BuildSummary {
  registers: RegisterSummary[];
  catalogueTriples: number;
}

export interface BuildResult extends BuildSummary {
  /** File name → content, for data/graph/. */
  files: Map<string, string>;
}

/** Where the files of a build go: `fill` writes one file's text block by block, in the build's order. */
export interface GraphSink {
  writeFile(name: string, fill: (write: WriteText) => Promise<void>): Promise<void>;
}

export const CATALOGUE_FILE = 'catalogues.ttl';
export const MANIFEST_FILE = 'manifest.json';

/** The whole graph in memory (tests, small inputs); `ropa build` streams it to a folder (write-graph-folder.ts). */
export async function buildGraph(options: BuildOptions): Promise<BuildResult> {
  const files = new Map<string, string>();
  const summary = await buildGraphInto(options, {
    async writeFile(name, fill) {
      const blocks: string[] = [];
      await fill(async (text) => void blocks.push(text));
      files.set(name, blocks.join(''));
    },
  });
  return { ...summary, files };
}

/**
 * Registers are typed and written one at a time, each treatment by treatment (stream-register-turtle.ts), and the
 * Turtle goes to the sink block by block: what a build holds at once is the typed registers (the editions compare
 * them), the quads no one treatment owns, and a few treatments' quads.
 */
export async function buildGraphInto(options: BuildOptions, sink: GraphSink): Promise<BuildSummary> {
  const context = options.mappingFile ? { mapping: await loadHeaderMapping(options.mappingFile) } : {};
  const catalogues = await loadCatalogues();
  const normaliser = createNormaliser(catalogues, await loadConceptRules());
  const iris = createIriMinter(options.baseIri);
  const registers: RegisterSummary[] = [];
  const typed: Register[] = [];
  const addRegister = async (register: Register): Promise<void> => {
    const earlier = typed.find((r) => r.slug === register.slug);
    if (earlier) throw new RegisterFormatError(register.file, undefined, `gives the register id "${register.slug}" that ${earlier.file} gives too: rename one of the files`);
    typed.push(register);
    let triples = 0;
    await sink.writeFile(`${register.slug}.ttl`, async (write) => {
      triples = await streamRegisterTurtle(register, catalogues, iris, options.baseIri, write);
    });
    registers.push({
      file: register.file,
      slug: register.slug,
      title: register.title,
      layout: register.layout,
      treatments: register.treatments.length,
      triples,
      warnings: register.warnings,
    });
  };
  let done = 0;
  for (const path of options.registerFiles) {
    // A workbook of ours holds one register per sheet; every other file holds one.
    const raws = await readRegisters(path, context, options.readLimits);
    // Each raw register is let go once typed (the typed one is a copy): only one is held with its typed twin.
    while (raws.length > 0) await addRegister(normaliser.normalise(raws.shift()!));
    options.onProgress?.({ done: ++done, total: options.registerFiles.length, file: basename(path) });
  }
  const catalogueQuads = mapCatalogues(catalogues, iris);
  await sink.writeFile(CATALOGUE_FILE, (write) => streamSortedTurtle(sortDistinctTriples(catalogueQuads).map((k) => k.q), options.baseIri, write));
  const catalogueTriples = catalogueQuads.length;
  const editions = await buildEditionsFile(typed, catalogues, iris);
  await sink.writeFile(EDITIONS_FILE, (write) => write(editions));
  const manifest = {
    baseIri: options.baseIri,
    inputsHash: await hashBuildInputs(options.registerFiles, options.baseIri, options.mappingFile),
    registers: registers.map(({ warnings, ...r }) => ({ ...r, warnings: warnings.length })),
    catalogueTriples,
  };
  await sink.writeFile(MANIFEST_FILE, (write) => write(`${JSON.stringify(manifest, null, 2)}\n`));
  return { registers, catalogueTriples };
}
