// The one registry of formats: its table holds together, and no other module of src/ spells a media type or negotiates.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/project-paths.ts';
import { ALL_FORMATS, DUMP_FORMATS, ENDPOINT_FORMATS, formatKindOf, NAMED_FORMATS, STORE_FORMATS, type ResultKind } from '../../src/rdf/formats.ts';

const KINDS: ResultKind[] = ['bindings', 'boolean', 'quads'];

/** A quoted text/… or application/… media type (image/svg+xml in html/ markup is not ours to register). */
const MEDIA_TYPE_LITERAL = /['"`](?:text|application)\/[a-z0-9.+-]+/gi;

async function readSources(): Promise<{ path: string; text: string }[]> {
  const src = join(PROJECT_ROOT, 'src');
  const entries = await readdir(src, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile() && /\.ts$/.test(e.name)).map((e) => join(e.parentPath, e.name));
  return Promise.all(files.map(async (path) => ({ path: relative(PROJECT_ROOT, path), text: await readFile(path, 'utf8') })));
}

describe('the format table', () => {
  it('gives each format its own media type and extension, and each ?format= name one meaning', () => {
    const types = ALL_FORMATS.map((f) => f.mediaType);
    expect(new Set(types).size).toBe(types.length);
    const extensions = ALL_FORMATS.map((f) => f.extension);
    expect(new Set(extensions).size).toBe(extensions.length);
    const names = NAMED_FORMATS.flatMap((f) => f.names);
    expect(new Set(names).size).toBe(names.length);
    for (const f of ALL_FORMATS) if (f.names.length > 0) expect(f.names[0]).toBe(f.name);
  });

  it.each(KINDS)('offers and stores, for a %s result, only formats that carry it', (kind) => {
    for (const f of [...ENDPOINT_FORMATS[kind], ...STORE_FORMATS[kind]]) expect(f.kinds).toContain(formatKindOf(kind));
    for (const f of STORE_FORMATS[kind]) expect(f.storeWrites).toBe(true);
    for (const f of ENDPOINT_FORMATS[kind]) expect(f.w3c, f.mediaType).toBeDefined();
  });

  it('names an EU file type for every dump, and gives graph-only names to graph formats only', () => {
    for (const f of DUMP_FORMATS) expect(f.euFileType, f.mediaType).toBeDefined();
    for (const f of ALL_FORMATS.filter((x) => x.graphNames.length > 0)) expect(f.kinds).toEqual(['triples']);
  });
});

describe('src/ outside the table', () => {
  it('spells no media type: every one comes from rdf/formats.ts', async () => {
    const stray = (await readSources())
      .filter((s) => s.path !== join('src', 'rdf', 'formats.ts'))
      .flatMap((s) => [...s.text.matchAll(MEDIA_TYPE_LITERAL)].map((m) => `${s.path}: ${m[0]}`));
    expect(stray).toEqual([]);
  });

  it('negotiates with one library, in one place (rdf/choose-media-type.ts)', async () => {
    const importers = (await readSources()).filter((s) => /from '(?:negotiator|accepts)'/.test(s.text)).map((s) => s.path);
    expect(importers).toEqual([join('src', 'rdf', 'choose-media-type.ts')]);
  });

  it('keeps the table free of runtime imports, so that the store’s workers load nothing with it', async () => {
    const text = await readFile(join(PROJECT_ROOT, 'src', 'rdf', 'formats.ts'), 'utf8');
    const imports = text.split('\n').filter((line) => line.startsWith('import '));
    expect(imports.every((line) => line.startsWith('import type '))).toBe(true);
  });
});
