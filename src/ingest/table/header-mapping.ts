// The --mapping file: a user's own column headers mapped onto register fields, validated before anything is read.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { z } from 'zod';
import { fieldKeySchema } from '../../model/source-field.ts';
import { UsageError } from '../../errors/usage-error.ts';

export const headerMappingSchema = z
  .object({
    /** A header as written in the table (compared without case, accents or spacing) → the field its cells hold. */
    columns: z.record(z.string().trim().min(1), fieldKeySchema),
  })
  .strict();
export type HeaderMapping = z.infer<typeof headerMappingSchema>;

/** A bad file is a usage error naming the file and the first problem, before any register is read. */
export async function loadHeaderMapping(path: string): Promise<HeaderMapping> {
  const text = await readFile(path, 'utf8').catch(() => {
    throw new UsageError(`--mapping: cannot read ${path}`);
  });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`--mapping: ${basename(path)} is not JSON (${(error as Error).message})`);
  }
  const parsed = headerMappingSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length > 0 ? ` at ${issue.path.map(String).join(' › ')}` : '';
    const problem = issue.code === 'invalid_value' ? `not a register field, use one of ${fieldKeySchema.options.join(', ')}` : `${issue.message} (expected {"columns": {"<header>": "<field>"}})`;
    throw new UsageError(`--mapping: ${basename(path)}${where}: ${problem}`);
  }
  return parsed.data;
}
