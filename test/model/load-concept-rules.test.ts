// Tests loading the rule tables of ontology/rules/: the real ones validate; a broken copy fails naming the file.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { CatalogueError } from '../../src/model/load-catalogues.ts';
import { loadConceptRules, RULE_FILES } from '../../src/model/load-concept-rules.ts';

const rulesDir = fileURLToPath(new URL('../../ontology/rules/', import.meta.url));
const copies: string[] = [];

async function brokenCopy(file: string, edit: (json: any) => unknown): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ropa-rules-'));
  copies.push(dir);
  await cp(rulesDir, dir, { recursive: true });
  const json = JSON.parse(await readFile(join(dir, file), 'utf8'));
  const replaced = edit(json);
  await writeFile(join(dir, file), typeof replaced === 'string' ? replaced : JSON.stringify(json));
  return dir;
}

afterEach(async () => {
  for (const dir of copies.splice(0)) await rm(dir, { recursive: true, force: true });
});

describe('loadConceptRules', () => {
  it('reads the purpose and measure tables, rooted in DPV', async () => {
    const rules = await loadConceptRules();
    expect(rules.purpose.root).toBe('dpv:Purpose');
    expect(rules.measure.root).toBe('dpv:TechnicalOrganisationalMeasure');
    expect(rules.purpose.rules.length).toBeGreaterThanOrEqual(30);
    expect(rules.measure.rules.length).toBeGreaterThanOrEqual(10);
    expect(Object.values(RULE_FILES).sort()).toEqual(['measures.json', 'purposes.json']);
  });

  it.each([
    { name: 'invalid JSON', file: 'purposes.json', edit: () => '{ "kind": ', message: /^purposes\.json: cannot be read as JSON/ },
    { name: 'a kind that does not match the file', file: 'measures.json', edit: (json: any) => void (json.kind = 'purpose'), message: /^measures\.json: kind: "purpose" does not match the file name/ },
    { name: 'a concept that is no DPV nor ropa CURIE', file: 'purposes.json', edit: (json: any) => void (json.rules[0].concept = 'schema:Thing'), message: /^purposes\.json: rules\.0\.concept: expected a DPV or ropa concept/ },
    { name: 'two rules for one concept', file: 'purposes.json', edit: (json: any) => void (json.rules[1].concept = json.rules[0].concept), message: /^purposes\.json: rules\.1\.concept: "dpv:PersonnelManagement" has two rules/ },
    { name: 'a rule without words', file: 'measures.json', edit: (json: any) => void Object.assign(json.rules[0], { keywords: [], keywordsEn: [], patterns: [], patternsEn: [] }), message: /^measures\.json: rules\.0 \(ropa:DatabaseSecurity\): no keyword nor pattern/ },
    { name: 'a pattern that does not compile', file: 'purposes.json', edit: (json: any) => void (json.rules[0].patterns = ['(']), message: /^purposes\.json: Entry "dpv:PersonnelManagement": invalid pattern/ },
  ])('rejects $name, naming $file', async ({ file, edit, message }) => {
    const dir = await brokenCopy(file, edit);
    const error = await loadConceptRules(dir).then(() => undefined, (caught: unknown) => caught);
    expect(error).toBeInstanceOf(CatalogueError);
    expect((error as Error).message).toMatch(message);
  });
});
