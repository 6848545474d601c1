// The house rules that keep src/ easy to live in: one-way layers (dependency-cruiser), small files.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cruise, type IReporterOutput } from 'dependency-cruiser';
import extractDepcruiseConfig from 'dependency-cruiser/config-utl/extract-depcruise-config';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import { PROJECT_ROOT } from '../../src/config/project-paths.ts';

/** The longest a file of src/ may grow: past it, a module does more than one job. */
const MAX_LINES = 400;

describe('src/ layering', () => {
  it('has no import cycle and no upward import between folders (.dependency-cruiser.cjs)', async () => {
    const config = await extractDepcruiseConfig(join(PROJECT_ROOT, '.dependency-cruiser.cjs'));
    const tsConfig = extractTSConfig(join(PROJECT_ROOT, 'tsconfig.json'));
    const cwd = process.cwd();
    process.chdir(PROJECT_ROOT);
    let result: IReporterOutput;
    try {
      result = await cruise(['src'], { ...config.options, ruleSet: { forbidden: config.forbidden }, validate: true, outputType: 'err' }, undefined, { tsConfig });
    } finally {
      process.chdir(cwd);
    }
    // The err reporter prints one line per violation: the rule, the importer and the imported module.
    expect(result.exitCode, String(result.output)).toBe(0);
  });

  it(`has no file over ${MAX_LINES} lines`, async () => {
    const src = join(PROJECT_ROOT, 'src');
    const entries = await readdir(src, { recursive: true, withFileTypes: true });
    const long: string[] = [];
    for (const e of entries.filter((x) => x.isFile() && /\.(ts|js)$/.test(x.name))) {
      const path = join(e.parentPath, e.name);
      const lines = (await readFile(path, 'utf8')).split('\n').length;
      if (lines > MAX_LINES) long.push(`${relative(PROJECT_ROOT, path)}: ${lines} lines`);
    }
    expect(long).toEqual([]);
  });
});
