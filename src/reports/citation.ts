// Where a value was read: a file and its lines, written "004_72dad74edd3dbafe.txt l. 52–53" in every export.

export interface Citation {
  /** The register's file name, as ropa:sourceFile gives it. */
  readonly file: string;
  readonly first: number;
  readonly last: number;
}

function formatLines(citation: Citation): string {
  return citation.first === citation.last ? `${citation.first}` : `${citation.first}–${citation.last}`;
}

/** "file l. 52–53", or "file l. 52" for one line (an en dash between the numbers). */
export function formatCitation(citation: Citation): string {
  return `${citation.file} l. ${formatLines(citation)}`;
}

/**
 * Several citations in one cell: the ranges of one file after its name, separated by ", "
 * ("004_….txt l. 40–43, 49"); files separated by "; ". Ranges are merged and sorted first.
 */
export function formatCitations(citations: readonly Citation[]): string {
  const byFile = new Map<string, Citation[]>();
  for (const c of normaliseCitations(citations)) byFile.set(c.file, [...(byFile.get(c.file) ?? []), c]);
  return [...byFile].map(([file, ranges]) => `${file} l. ${ranges.map(formatLines).join(', ')}`).join('; ');
}

/** The bracketed form that ends a value in a fiche: "[004_….txt l. 52–53]". */
export function bracketCitations(citations: readonly Citation[]): string {
  return citations.length === 0 ? '' : `[${formatCitations(citations)}]`;
}

const FILE_CITATION = /^(.+) l\. (\d+(?:–\d+)?(?:, \d+(?:–\d+)?)*)$/;

/** Reads back what formatCitations wrote (for tools, and for our tests). */
export function parseCitations(text: string): Citation[] {
  if (text.trim() === '') return [];
  return text.split('; ').flatMap((part) => {
    const match = FILE_CITATION.exec(part.trim());
    if (!match) throw new Error(`not a source citation: "${part}"`);
    return match[2]!.split(', ').map((range) => {
      const [first, last] = range.split('–').map(Number);
      return { file: match[1]!, first: first!, last: last ?? first! };
    });
  });
}

/** Sorted by file and line; ranges of one file that overlap or touch are merged into one. */
export function normaliseCitations(citations: readonly Citation[]): Citation[] {
  const sorted = [...citations].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.first - b.first || a.last - b.last));
  const merged: Citation[] = [];
  for (const c of sorted) {
    const previous = merged.at(-1);
    if (previous && previous.file === c.file && c.first <= previous.last + 1) {
      merged[merged.length - 1] = { file: c.file, first: previous.first, last: Math.max(previous.last, c.last) };
    } else merged.push({ file: c.file, first: c.first, last: c.last });
  }
  return merged;
}
