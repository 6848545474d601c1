#!/usr/bin/env node
// Entry point of the `ropa` command: the compiled CLI (dist/, built by `npm install`) when it is as new as src/,
// else the TypeScript through tsx, so that an edited source is never run from a stale build.
import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));

function compiledIsCurrent() {
  let built;
  try {
    built = statSync(`${root}dist/.tsbuildinfo`).mtimeMs;
  } catch {
    return false;
  }
  // About 250 stat calls, a few milliseconds: cheap next to loading tsx (a second or more).
  for (const entry of readdirSync(`${root}src`, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && statSync(`${entry.parentPath}/${entry.name}`).mtimeMs > built) return false;
  }
  return true;
}

if (compiledIsCurrent()) {
  await import('../dist/cli/main.js');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
