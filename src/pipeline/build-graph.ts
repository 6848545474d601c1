// The build pipeline, without side effects on the output: registers → typed records → Turtle files.
import type { ReadLimits } from '../files/read-regular-file.ts';
import { basename } from 'node:path';
import { readRegisterFile } from '../ingest/read-register-file.ts';
import { loadCatalogues } from '../model/load-catalogues.ts';
import { createNormaliser } from '../model/normalise-register.ts';
import { loadConceptRules } from '../model/load-concept-rules.ts';
import type { ParseWarning } from '../model/raw-register.ts';
import { createIriMinter } from '../rdf/mint-iris.ts';
import { mapRegister } from '../rdf/map-register.ts';
import { mapCatalogues } from '../rdf/map-catalogues.ts';
import { serialiseTurtle, sortDistinctTriples } from '../rdf/serialise-turtle.ts';
import { hashBuildInputs } from './hash-build-inputs.ts';
import type { Register } from '../model/treatment.ts';
import { buildEditionsFile, EDITIONS_FILE } from '../editions/build-editions-file.ts';

export interface BuildOptions {
  registerFiles: readonly string[];
  baseIri: string;
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

export interface BuildResult {
  registers: RegisterSummary[];
  catalogueTriples: number;
  /** File name → content, for data/graph/. */
  files: Map<string, string>;
}

export const CATALOGUE_FILE = 'catalogues.ttl';
export const MANIFEST_FILE = 'manifest.json';

export async function buildGraph(options: BuildOptions): Promise<BuildResult> {
  const catalogues = await loadCatalogues();
  const normaliser = createNormaliser(catalogues, await loadConceptRules());
  const iris = createIriMinter(options.baseIri);
  const files = new Map<string, string>();
  const registers: RegisterSummary[] = [];
  const slugs = new Set<string>();
  const typed: Register[] = [];
  let done = 0;
  for (const path of options.registerFiles) {
    const raw = await readRegisterFile(path, options.readLimits);
    const register = normaliser.normalise(raw);
    typed.push(register);
    if (slugs.has(register.slug)) throw new Error(`two inputs give the same register id "${register.slug}" (${basename(path)})`);
    slugs.add(register.slug);
    const quads = sortDistinctTriples(mapRegister(register, catalogues, iris));
    files.set(`${register.slug}.ttl`, await serialiseTurtle(quads, options.baseIri));
    registers.push({
      file: register.file,
      slug: register.slug,
      title: register.title,
      layout: register.layout,
      treatments: register.treatments.length,
      triples: quads.length,
      warnings: register.warnings,
    });
    options.onProgress?.({ done: ++done, total: options.registerFiles.length, file: register.file });
  }
  const catalogueQuads = mapCatalogues(catalogues, iris);
  files.set(CATALOGUE_FILE, await serialiseTurtle(catalogueQuads, options.baseIri));
  files.set(EDITIONS_FILE, await buildEditionsFile(typed, catalogues, iris));
  const manifest = {
    baseIri: options.baseIri,
    inputsHash: await hashBuildInputs(options.registerFiles, options.baseIri),
    registers: registers.map(({ warnings, ...r }) => ({ ...r, warnings: warnings.length })),
    catalogueTriples: catalogueQuads.length,
  };
  files.set(MANIFEST_FILE, `${JSON.stringify(manifest, null, 2)}\n`);
  return { registers, catalogueTriples: catalogueQuads.length, files };
}
