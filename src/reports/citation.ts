// Where a value was read: a file and its lines ("004_72dad74edd3dbafe.txt l. 52–53"), or a workbook's sheet and cell.

export interface Citation {
  /** The register's file name, as ropa:sourceFile gives it. */
  readonly file: string;
  /** Lines of a text file; rows of a sheet. */
  readonly first: number;
  readonly last: number;
  /** Spreadsheets: the sheet and the cell or range (ropa:sourceSheet, ropa:sourceCell). */
  readonly sheet?: string;
  readonly cell?: string;
}

function formatLines(citation: Citation): string {
  return citation.first === citation.last ? `${citation.first}` : `${citation.first}–${citation.last}`;
}

/** "file l. 52–53", or "file l. 52" for one line (an en dash between the numbers); "file › Sheet!C20" for a cell. */
export function formatCitation(citation: Citation): string {
  if (citation.cell !== undefined) return `${citation.file} › ${citation.sheet ?? ''}!${citation.cell}`;
  return `${citation.file} l. ${formatLines(citation)}`;
}

/**
 * Several citations in one cell: the ranges of one file after its name, separated by ", "
 * ("004_….txt l. 40–43, 49"); files separated by "; ". Ranges are merged and sorted first.
 * Cells of one sheet likewise: "registre.ods › 4_-_Exemple_de_fiche!B21:D21, E21:H21".
 */
export function formatCitations(citations: readonly Citation[]): string {
  const groups = new Map<string, { head: string; parts: string[] }>();
  for (const c of normaliseCitations(citations)) {
    const key = c.cell === undefined ? `${c.file}\u0000` : `${c.file}\u0000${c.sheet ?? ''}`;
    const group = groups.get(key) ?? { head: c.cell === undefined ? `${c.file} l. ` : `${c.file} › ${c.sheet ?? ''}!`, parts: [] };
    group.parts.push(c.cell ?? formatLines(c));
    groups.set(key, group);
  }
  return [...groups.values()].map((g) => `${g.head}${g.parts.join(', ')}`).join('; ');
}

/** The bracketed form that ends a value in a fiche: "[004_….txt l. 52–53]". */
export function bracketCitations(citations: readonly Citation[]): string {
  return citations.length === 0 ? '' : `[${formatCitations(citations)}]`;
}

const FILE_CITATION = /^(.+) l\. (\d+(?:–\d+)?(?:, \d+(?:–\d+)?)*)$/;
const CELL = '[A-Z]{1,3}\\d+(?::[A-Z]{1,3}\\d+)?';
const CELL_CITATION = new RegExp(`^(.+?) › (.*)!(${CELL}(?:, ${CELL})*)$`);

/** Reads back what formatCitations wrote (for tools, and for our tests). */
export function parseCitations(text: string): Citation[] {
  if (text.trim() === '') return [];
  return text.split('; ').flatMap((part) => {
    const cells = CELL_CITATION.exec(part.trim());
    if (cells) {
      return cells[3]!.split(', ').map((cell) => {
        const rows = cell.split(':').map((a) => Number(a.replace(/^[A-Z]+/, '')));
        return { file: cells[1]!, sheet: cells[2]!, cell, first: rows[0]!, last: rows[1] ?? rows[0]! };
      });
    }
    const match = FILE_CITATION.exec(part.trim());
    if (!match) throw new Error(`not a source citation: "${part}"`);
    return match[2]!.split(', ').map((range) => {
      const [first, last] = range.split('–').map(Number);
      return { file: match[1]!, first: first!, last: last ?? first! };
    });
  });
}

/**
 * Sorted by file and line; ranges of one file that overlap or touch are merged into one. Cells are kept apart
 * (a cell is its own source), sorted by sheet, row and address, each once.
 */
export function normaliseCitations(citations: readonly Citation[]): Citation[] {
  const sorted = [...citations].sort(
    (a, b) =>
      compare(a.file, b.file) || compare(a.sheet ?? '', b.sheet ?? '') || a.first - b.first || a.last - b.last || compare(a.cell ?? '', b.cell ?? ''),
  );
  const merged: Citation[] = [];
  for (const c of sorted) {
    const previous = merged.at(-1);
    if (c.cell !== undefined) {
      if (!(previous && previous.file === c.file && previous.sheet === c.sheet && previous.cell === c.cell)) merged.push(c);
    } else if (previous && previous.cell === undefined && previous.file === c.file && c.first <= previous.last + 1) {
      merged[merged.length - 1] = { file: c.file, first: previous.first, last: Math.max(previous.last, c.last) };
    } else merged.push({ file: c.file, first: c.first, last: c.last });
  }
  return merged;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
