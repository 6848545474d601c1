// Generates synthetic registers and writes them through our mapping and Turtle writer, one file per register.
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Catalogues } from '../../src/model/load-catalogues.ts';
import { createIriMinter } from '../../src/rdf/mint-iris.ts';
import { mapCatalogues } from '../../src/rdf/map-catalogues.ts';
import { mapRegister } from '../../src/rdf/map-register.ts';
import { serialiseTurtle } from '../../src/rdf/serialise-turtle.ts';
import { listGraphFiles, type GraphFile } from '../../src/store/list-graph-files.ts';
import { generateRegisters } from './generate-registers.ts';
import type { RegisterStats } from './measure-register-stats.ts';
import { createRegisterSummariser, type RegisterSummary } from './summarise-registers.ts';
import type { ScaleBuild } from './bench-report.ts';

/** The build figures of one scale (counts, sizes, step times, throughput), with the files and their summary. */
export interface SyntheticGraph extends ScaleBuild {
  /** Ontology, catalogues and register files with their named graphs, as the server lists them. */
  files: GraphFile[];
  /** The registers written, summarised as they went by (not timed). */
  summary: RegisterSummary;
}

/** The build's editions.ttl is not produced: it needs every register in memory at once (see bench/README.md). */
export async function writeSyntheticGraph(options: {
  dir: string;
  treatments: number;
  seed: number | string;
  stats: RegisterStats;
  catalogues: Catalogues;
  baseIri: string;
  onProgress?: (done: number, total: number) => void;
}): Promise<SyntheticGraph> {
  await rm(options.dir, { recursive: true, force: true });
  await mkdir(options.dir, { recursive: true });
  const iris = createIriMinter(options.baseIri);
  const millis = { generate: 0, map: 0, serialise: 0, write: 0 };
  let registers = 0;
  let treatments = 0;
  let quads = 0;
  let turtleBytes = 0;
  const slugs: { slug: string; file: string; treatments: number }[] = [];
  const save = async (name: string, turtle: string) => {
    const started = performance.now();
    await writeFile(join(options.dir, name), turtle);
    millis.write += performance.now() - started;
    turtleBytes += Buffer.byteLength(turtle);
  };

  const summariser = createRegisterSummariser();
  const generator = generateRegisters(options.stats, { treatments: options.treatments, seed: options.seed });
  for (;;) {
    let started = performance.now();
    const next = generator.next();
    millis.generate += performance.now() - started;
    if (next.done) break;
    const register = next.value;
    summariser.add(register);
    started = performance.now();
    const mapped = mapRegister(register, options.catalogues, iris);
    millis.map += performance.now() - started;
    started = performance.now();
    const turtle = await serialiseTurtle(mapped, options.baseIri);
    millis.serialise += performance.now() - started;
    await save(`${register.slug}.ttl`, turtle);
    registers++;
    slugs.push({ slug: register.slug, file: register.file, treatments: register.treatments.length });
    treatments += register.treatments.length;
    quads += mapped.length;
    options.onProgress?.(treatments, options.treatments);
  }
  let started = performance.now();
  const catalogueQuads = mapCatalogues(options.catalogues, iris);
  millis.map += performance.now() - started;
  started = performance.now();
  const catalogueTurtle = await serialiseTurtle(catalogueQuads, options.baseIri);
  millis.serialise += performance.now() - started;
  await save('catalogues.ttl', catalogueTurtle);
  quads += catalogueQuads.length;
  // listGraphFiles reads which files are registers from the build's manifest.
  await writeFile(join(options.dir, 'manifest.json'), `${JSON.stringify({ baseIri: options.baseIri, synthetic: true, registers: slugs }, null, 2)}\n`);
  // The ontology files are copied beside the data, so that every engine of a run loads the same bytes even if they
  // are edited meanwhile.
  const files = await Promise.all(
    (await listGraphFiles(options.dir, iris)).map(async (file) => {
      if (file.name !== 'ontology') return file;
      const copy = join(options.dir, 'ontology', basename(file.path));
      await mkdir(dirname(copy), { recursive: true });
      await copyFile(file.path, copy);
      return { ...file, path: copy };
    }),
  );
  const busy = millis.generate + millis.map + millis.serialise;
  return { files, registers, treatments, quads, turtleBytes, millis, throughput: busy > 0 ? (treatments * 1000) / busy : 0, summary: summariser.finish() };
}
