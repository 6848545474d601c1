// The README stays a front door (under 12 KB), and every relative link of it and of docs/ leads to a file.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/project-paths.ts';

const README = join(PROJECT_ROOT, 'README.md');

describe('README and docs/', () => {
  it('keeps the README under 12 KB', async () => {
    expect((await readFile(README)).byteLength).toBeLessThan(12 * 1024);
  });

  it('has the two quick-start commands', async () => {
    const text = await readFile(README, 'utf8');
    expect(text).toContain('npm install && npm start');
    expect(text).toMatch(/^npm test\b/m);
  });

  it('links only to files that exist', async () => {
    const docs = (await readdir(join(PROJECT_ROOT, 'docs'))).filter((f) => f.endsWith('.md')).map((f) => join(PROJECT_ROOT, 'docs', f));
    const broken: string[] = [];
    for (const file of [README, ...docs]) {
      const text = await readFile(file, 'utf8');
      for (const [, target] of text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
        if (/^[a-z]+:/i.test(target!)) continue;
        if (!existsSync(join(dirname(file), target!))) broken.push(`${file.slice(PROJECT_ROOT.length)} → ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
