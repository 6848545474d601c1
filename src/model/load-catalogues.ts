// Loads ontology/catalogues/*.json, validates each file with zod and checks the references between entries.
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PREFIXES } from '../vocab/namespaces.ts';
import { catalogueKindSchema, catalogueSchema, type CatalogueEntry, type CatalogueKind } from './catalogue.ts';
import { createRecogniser } from './recognise-entities.ts';
import { namesForLanguage } from './language.ts';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DEFAULT_DIR = join(PROJECT_ROOT, 'ontology', 'catalogues');

/** The file each kind is kept in. */
export const CATALOGUE_FILES: Readonly<Record<CatalogueKind, string>> = {
  organisation: 'organisations.json',
  system: 'systems.json',
  policy: 'policies.json',
  'data-category': 'data-categories.json',
  'data-subject': 'data-subjects.json',
  'legal-basis': 'legal-bases.json',
  country: 'countries.json',
};

/** Every catalogue's entries, in file order, plus a lookup by id. */
export interface Catalogues extends Readonly<Record<CatalogueKind, readonly CatalogueEntry[]>> {
  byId(kind: CatalogueKind, id: string): CatalogueEntry | undefined;
}

/** A catalogue file that cannot be used; the message starts with the file name. */
export class CatalogueError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'CatalogueError';
  }
}

interface LoadedFile {
  readonly file: string;
  readonly entries: readonly CatalogueEntry[];
}

/** Reads, validates and cross-checks the seven catalogues of `dir`. */
export async function loadCatalogues(dir: string = DEFAULT_DIR): Promise<Catalogues> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.json')).sort();
  const expected = new Map(Object.entries(CATALOGUE_FILES).map(([kind, file]) => [file, kind as CatalogueKind]));
  const loaded = new Map<CatalogueKind, LoadedFile>();
  for (const name of names) {
    const kind = expected.get(name);
    if (kind === undefined) {
      throw new CatalogueError(name, `unexpected catalogue file (expected one of ${[...expected.keys()].join(', ')})`);
    }
    loaded.set(kind, await readCatalogueFile(join(dir, name), kind));
  }
  for (const kind of catalogueKindSchema.options) {
    if (!loaded.has(kind)) throw new CatalogueError(CATALOGUE_FILES[kind], `missing from ${dir}`);
  }
  const byKind = Object.fromEntries(
    catalogueKindSchema.options.map((kind) => [kind, loaded.get(kind)?.entries ?? []]),
  ) as Record<CatalogueKind, readonly CatalogueEntry[]>;
  checkReferences(loaded, byKind);
  const index = new Map(
    catalogueKindSchema.options.map((kind) => [kind, new Map(byKind[kind].map((entry) => [entry.id, entry]))]),
  );
  return {
    ...byKind,
    byId: (kind, id) => index.get(kind)?.get(id),
  };
}

async function readCatalogueFile(path: string, kind: CatalogueKind): Promise<LoadedFile> {
  const file = basename(path);
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new CatalogueError(file, `invalid JSON: ${(error as Error).message}`);
  }
  const parsed = catalogueSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`);
    throw new CatalogueError(file, issues.join('; '));
  }
  if (parsed.data.kind !== kind) {
    throw new CatalogueError(file, `kind: "${parsed.data.kind}" does not match the file name (expected "${kind}")`);
  }
  try {
    createRecogniser(namesForLanguage(parsed.data.entries, 'fr'));
    createRecogniser(namesForLanguage(parsed.data.entries, 'en'));
  } catch (error) {
    throw new CatalogueError(file, (error as Error).message);
  }
  return { file, entries: parsed.data.entries };
}

function checkReferences(loaded: Map<CatalogueKind, LoadedFile>, byKind: Record<CatalogueKind, readonly CatalogueEntry[]>): void {
  const organisations = new Set(byKind.organisation.map((entry) => entry.id));
  for (const [kind, { file, entries }] of loaded) {
    const ids = new Set<string>();
    entries.forEach((entry, i) => {
      const at = (field: string): string => `entries.${i}.${field} (id "${entry.id}")`;
      if (ids.has(entry.id)) throw new CatalogueError(file, `${at('id')}: duplicate id`);
      ids.add(entry.id);
    });
    entries.forEach((entry, i) => {
      const at = (field: string): string => `entries.${i}.${field} (id "${entry.id}")`;
      if (entry.provider !== undefined && !organisations.has(entry.provider)) {
        throw new CatalogueError(file, `${at('provider')}: "${entry.provider}" is not an organisation id`);
      }
      if (entry.partOf !== undefined && (!ids.has(entry.partOf) || entry.partOf === entry.id)) {
        throw new CatalogueError(file, `${at('partOf')}: "${entry.partOf}" is not another ${kind} id`);
      }
      entry.broader.forEach((target, j) => {
        if (target.includes(':')) checkCurie(file, `${at(`broader.${j}`)}`, target);
        else if (!ids.has(target) || target === entry.id) {
          throw new CatalogueError(file, `${at(`broader.${j}`)}: "${target}" is not another ${kind} id`);
        }
      });
      if (entry.dpvTerm !== undefined) checkCurie(file, at('dpvTerm'), entry.dpvTerm);
      // DPV 2.3 types its categories of people (dpv:Employee, dpv:Child…) dpv:HumanSubject: a value of
      // dpv:hasDataSubject is one of our nodes, typed dpv:DataSubject and narrower than the DPV category.
      if (kind === 'data-subject' && entry.dpvTerm !== undefined) {
        throw new CatalogueError(file, `${at('dpvTerm')}: a data subject is one of our dpv:DataSubject nodes; put "${entry.dpvTerm}" in broader`);
      }
      entry.closeMatch.forEach((target, j) => checkCurie(file, at(`closeMatch.${j}`), target));
      if (entry.jurisdiction !== undefined) checkCurie(file, at('jurisdiction'), entry.jurisdiction);
      entry.types.forEach((type, j) => checkCurie(file, at(`types.${j}`), type));
    });
    checkAcyclic(file, entries, (entry) => (entry.partOf === undefined ? [] : [entry.partOf]), 'partOf');
    checkAcyclic(file, entries, (entry) => entry.broader.filter((target) => !target.includes(':')), 'broader');
  }
}

function checkCurie(file: string, at: string, curie: string): void {
  const prefix = curie.slice(0, curie.indexOf(':'));
  if (!Object.hasOwn(PREFIXES, prefix)) throw new CatalogueError(file, `${at}: unknown prefix in "${curie}"`);
}

function checkAcyclic(
  file: string,
  entries: readonly CatalogueEntry[],
  next: (entry: CatalogueEntry) => string[],
  field: string,
): void {
  const entriesById = new Map(entries.map((entry) => [entry.id, entry]));
  const done = new Set<string>();
  const visit = (id: string, path: readonly string[]): void => {
    if (path.includes(id)) throw new CatalogueError(file, `${field}: cycle ${[...path, id].join(' → ')}`);
    if (done.has(id)) return;
    const entry = entriesById.get(id);
    if (entry !== undefined) for (const target of next(entry)) visit(target, [...path, id]);
    done.add(id);
  };
  for (const entry of entries) visit(entry.id, []);
}
