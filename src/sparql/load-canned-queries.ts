// Reads the analysts' queries of queries/*.rq and their header comments (title, questions, parameters).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { QUERIES_DIR } from '../config/project-paths.ts';

export const paramTypeSchema = z.enum(['iri', 'string', 'date', 'integer']);

export const cannedQuerySchema = z.object({
  /** File name without .rq, e.g. "treatments-per-controller". */
  name: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  title: z.string().min(1),
  questionFr: z.string().min(1),
  questionEn: z.string().min(1),
  params: z.array(
    z.object({
      name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/),
      type: paramTypeSchema,
      description: z.string().min(1),
      default: z.string().optional(),
    }),
  ),
  text: z.string().min(1),
});
export type CannedQuery = z.infer<typeof cannedQuerySchema>;

/**
 * Header lines look like `# title: …`, `# fr: …`, `# en: …` and `# param: name (type) — description [default: v]`;
 * a parameter is a variable of the query, bound with Comunica's initialBindings when given.
 */
export async function loadCannedQueries(dir: string = QUERIES_DIR): Promise<CannedQuery[]> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.rq')).sort();
  return Promise.all(names.map(async (file) => parseCannedQuery(file, await readFile(join(dir, file), 'utf8'))));
}

export function parseCannedQuery(file: string, text: string): CannedQuery {
  const header: Record<string, string> = {};
  const params: CannedQuery['params'] = [];
  for (const [index, line] of text.split('\n').entries()) {
    const m = /^#\s*(title|fr|en|param):\s*(.*)$/.exec(line.trim());
    if (!m) continue;
    const [, key, value] = m as unknown as [string, string, string];
    if (key !== 'param') {
      header[key] = value.trim();
      continue;
    }
    const p = /^(\w+)\s*\((iri|string|date|integer)\)\s*[—–-]\s*(.*?)(?:\s*\[default:\s*(.*)\])?$/.exec(value.trim());
    if (!p) throw new Error(`${file}:${index + 1}: malformed parameter line; expected "# param: name (iri|string|date|integer) — description [default: value]"`);
    params.push({ name: p[1]!, type: p[2] as CannedQuery['params'][number]['type'], description: p[3]!, ...(p[4] ? { default: p[4] } : {}) });
  }
  const parsed = cannedQuerySchema.safeParse({
    name: file.replace(/\.rq$/, ''),
    title: header.title,
    questionFr: header.fr,
    questionEn: header.en,
    params,
    text,
  });
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}
