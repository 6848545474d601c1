// Splits a tab-separated table line into its raw cells (untrimmed, empty cells kept).
export function splitCells(text: string): string[] {
  return text.split('\t');
}
