// `ropa build`'s write: the build streams each file into a staging folder, which then replaces the output folder in one step.
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFolderAtomically } from '../files/write-folder-atomically.ts';
import { buildGraphInto, type BuildOptions, type BuildSummary } from './build-graph.ts';

export interface GraphFolderResult extends BuildSummary {
  /** File name → SHA-256 (hex) of the bytes written: what the build made, without holding it. */
  fileHashes: Map<string, string>;
}

/** A failure, or a kill, before the last file is written leaves the previous graph in `out` untouched. */
export function writeGraphFolder(out: string, options: BuildOptions): Promise<GraphFolderResult> {
  return writeFolderAtomically(out, async (staging) => {
    const fileHashes = new Map<string, string>();
    const summary = await buildGraphInto(options, {
      async writeFile(name, fill) {
        if (name.includes('/') || name.startsWith('.')) throw new Error(`refusing to write outside ${out}: ${name}`);
        const hash = createHash('sha256');
        const handle = await open(join(staging, name), 'w');
        try {
          await fill(async (text) => {
            // The bytes writeFile gives a string: a lone surrogate becomes U+FFFD, as before.
            const bytes = Buffer.from(text, 'utf8');
            hash.update(bytes);
            for (let at = 0; at < bytes.length; ) at += (await handle.write(bytes, at, bytes.length - at)).bytesWritten;
          });
        } finally {
          await handle.close();
        }
        fileHashes.set(name, hash.digest('hex'));
      },
    });
    return { ...summary, fileHashes };
  });
}
