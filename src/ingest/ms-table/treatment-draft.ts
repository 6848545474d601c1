// A treatment being read: the text fragments of each column, with the lines they came from.
export interface CellFragments {
  readonly texts: string[];
  first: number;
  last: number;
}

export interface TreatmentDraft {
  readonly ordinal: number;
  readonly firstLine: number;
  lastLine: number;
  /** Fragments by column index, in source order. */
  readonly cells: Map<number, CellFragments>;
}

/** Adds one fragment to a column; blank fragments are dropped so that they widen no line range. */
export function appendFragment(draft: TreatmentDraft, column: number, text: string, line: number): void {
  draft.lastLine = Math.max(draft.lastLine, line);
  const fragment = text.trim();
  if (fragment === '') return;
  const cell = draft.cells.get(column);
  if (cell === undefined) {
    draft.cells.set(column, { texts: [fragment], first: line, last: line });
    return;
  }
  cell.texts.push(fragment);
  cell.last = line;
}
