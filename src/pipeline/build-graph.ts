// The build pipeline, without side effects on the output: registers → typed records → Turtle files.
import { basename } from 'node:path';
import { readRegisters } from '../ingest/read-register-file.ts';
import { loadHeaderMapping } from '../ingest/table/header-mapping.ts';
import { loadCatalogues } from '../model/load-catalogues.ts';
import { createNormaliser } from '../model/normalise-register.ts';
import type { ParseWarning, RawRegister } from '../model/raw-register.ts';
import { RegisterFormatError } from '../errors/register-format-error.ts';
import { createIriMinter } from '../rdf/mint-iris.ts';
import { mapRegister } from '../rdf/map-register.ts';
import { mapCatalogues } from '../rdf/map-catalogues.ts';
import { serialiseTurtle } from '../rdf/serialise-turtle.ts';
import { hashBuildInputs } from './hash-build-inputs.ts';
import type { Register } from '../model/treatment.ts';
import { buildEditionsFile, EDITIONS_FILE } from '../editions/build-editions-file.ts';

export interface BuildOptions {
  registerFiles: readonly string[];
  baseIri: string;
  /** A --mapping file: the headers of the user's own tables mapped onto register fields. */
  mappingFile?: string;
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

export interface BuildResult {
  registers: RegisterSummary[];
  catalogueTriples: number;
  /** File name → content, for data/graph/. */
  files: Map<string, string>;
}

export const CATALOGUE_FILE = 'catalogues.ttl';
export const MANIFEST_FILE = 'manifest.json';

export async function buildGraph(options: BuildOptions): Promise<BuildResult> {
  const context = options.mappingFile ? { mapping: await loadHeaderMapping(options.mappingFile) } : {};
  const catalogues = await loadCatalogues();
  const normaliser = createNormaliser(catalogues);
  const iris = createIriMinter(options.baseIri);
  const files = new Map<string, string>();
  const registers: RegisterSummary[] = [];
  const typed: Register[] = [];
  const addRegister = async (raw: RawRegister): Promise<void> => {
    const register = normaliser.normalise(raw);
    const earlier = typed.find((r) => r.slug === register.slug);
    if (earlier) throw new RegisterFormatError(raw.file, undefined, `gives the register id "${register.slug}" that ${earlier.file} gives too: rename one of the files`);
    typed.push(register);
    const quads = mapRegister(register, catalogues, iris);
    const written = { triples: 0 };
    files.set(`${register.slug}.ttl`, await serialiseTurtle(quads, options.baseIri, written));
    registers.push({
      file: register.file,
      slug: register.slug,
      title: register.title,
      layout: register.layout,
      treatments: register.treatments.length,
      triples: written.triples,
      warnings: register.warnings,
    });
  };
  let done = 0;
  for (const path of options.registerFiles) {
    // A workbook of ours holds one register per sheet; every other file holds one.
    for (const raw of await readRegisters(path, context)) await addRegister(raw);
    options.onProgress?.({ done: ++done, total: options.registerFiles.length, file: basename(path) });
  }
  const catalogueQuads = mapCatalogues(catalogues, iris);
  files.set(CATALOGUE_FILE, await serialiseTurtle(catalogueQuads, options.baseIri));
  files.set(EDITIONS_FILE, await buildEditionsFile(typed, catalogues, iris));
  const manifest = {
    baseIri: options.baseIri,
    inputsHash: await hashBuildInputs(options.registerFiles, options.baseIri, options.mappingFile),
    registers: registers.map(({ warnings, ...r }) => ({ ...r, warnings: warnings.length })),
    catalogueTriples: catalogueQuads.length,
  };
  files.set(MANIFEST_FILE, `${JSON.stringify(manifest, null, 2)}\n`);
  return { registers, catalogueTriples: catalogueQuads.length, files };
}
