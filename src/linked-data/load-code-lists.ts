// The labels and classes of the code-list terms our catalogue uses (ontology/open-data/code-lists.ttl), read once.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Parser, type Quad } from 'n3';
import { ONTOLOGY_DIR } from '../config/project-paths.ts';

export const CODE_LISTS_FILE = join(ONTOLOGY_DIR, 'open-data', 'code-lists.ttl');

export interface CodeLists {
  /** What the file says of these terms, and of the schemes and types they point to, for a document that uses them. */
  describe(iris: Iterable<string>): Quad[];
}

let loading: Promise<CodeLists> | undefined;

export function loadCodeLists(): Promise<CodeLists> {
  loading ??= readFile(CODE_LISTS_FILE, 'utf8').then((text) => indexCodeLists(new Parser({ format: 'Turtle' }).parse(text)));
  loading.catch(() => (loading = undefined));
  return loading;
}

function indexCodeLists(quads: Quad[]): CodeLists {
  const bySubject = new Map<string, Quad[]>();
  for (const q of quads) bySubject.set(q.subject.value, [...(bySubject.get(q.subject.value) ?? []), q]);
  return {
    describe(iris) {
      const seen = new Set<string>();
      const out: Quad[] = [];
      const visit = (iri: string) => {
        if (seen.has(iri)) return;
        seen.add(iri);
        for (const q of bySubject.get(iri) ?? []) {
          out.push(q);
          // A term's scheme (skos:inScheme) and type (dct:type) are described too.
          if (q.object.termType === 'NamedNode' && bySubject.has(q.object.value)) visit(q.object.value);
        }
      };
      for (const iri of iris) visit(iri);
      return out;
    },
  };
}
