// Reads one data file of ontology/tables/ once, validated with its zod schema: the layouts' vocabularies are data.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { ONTOLOGY_DIR } from '../config/project-paths.ts';

const cache = new Map<string, unknown>();

/** Throws naming the file and the first problem: a broken vocabulary is a bug of ours, found by the tests. */
export function readOntologyTable<T extends z.ZodType>(relativePath: string, schema: T): z.infer<T> {
  const known = cache.get(relativePath);
  if (known !== undefined) return known as z.infer<T>;
  const path = join(ONTOLOGY_DIR, 'tables', relativePath);
  const parsed = schema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`ontology/tables/${relativePath} at ${issue.path.join('.')}: ${issue.message}`);
  }
  cache.set(relativePath, parsed.data);
  return parsed.data;
}
