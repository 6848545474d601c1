// Reads the compliance shapes (ontology/shapes/*.ttl) once, and gives them bound to a reference date.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Parser, type Quad } from 'n3';
import { ONTOLOGY_DIR } from '../config/project-paths.ts';
import { bindCutOffDates } from './bind-cut-off-dates.ts';
import { FORMATS } from '../rdf/formats.ts';

/** Not ontology/*.ttl: the shapes are not part of the served graph, only of the checks. */
export const SHAPES_DIR = join(ONTOLOGY_DIR, 'shapes');

const templates = new Map<string, Promise<Quad[]>>();

export async function loadShapes(asOf: string, dir: string = SHAPES_DIR): Promise<Quad[]> {
  let template = templates.get(dir);
  if (!template) {
    template = readTemplate(dir);
    templates.set(dir, template);
    // A failed read is not cached: the next call tries again.
    template.catch(() => templates.delete(dir));
  }
  return bindCutOffDates(await template, asOf);
}

async function readTemplate(dir: string): Promise<Quad[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.ttl')).sort();
  if (names.length === 0) throw new Error(`no shapes in ${dir} (*.ttl)`);
  const quads: Quad[] = [];
  for (const name of names) {
    const path = join(dir, name);
    try {
      quads.push(...new Parser({ format: FORMATS.turtle.mediaType }).parse(await readFile(path, 'utf8')));
    } catch (error) {
      throw new Error(`${path}: ${(error as Error).message}`, { cause: error });
    }
  }
  return quads;
}
