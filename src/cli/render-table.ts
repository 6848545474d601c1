// A box-drawn table for the terminal: the query results and the build summary.

/** Widest a cell may be before it is shortened with "…"; narrower when the terminal is. */
const MAX_CELL = 70;
const MIN_CELL = 8;

/** A box-drawn table that fits the terminal when there is one; values are shown on one line. */
export function renderTable(header: readonly string[], rows: readonly (readonly string[])[], terminalWidth?: number): string {
  const clean = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
  const cells = [header.map(clean), ...rows.map((r) => r.map(clean))];
  const widths = header.map((_, i) => Math.min(MAX_CELL, Math.max(...cells.map((r) => length(r[i] ?? '')))));
  if (terminalWidth !== undefined) {
    // Borders take 3 columns per cell plus 1; shrink the widest column until the table fits.
    const budget = terminalWidth - (3 * widths.length + 1);
    while (widths.reduce((a, b) => a + b, 0) > budget) {
      const widest = widths.indexOf(Math.max(...widths));
      if (widths[widest]! <= MIN_CELL) break;
      widths[widest]! -= 1;
    }
  }
  const fit = (s: string, w: number) => {
    const chars = [...s];
    const shown = chars.length > w ? `${chars.slice(0, Math.max(0, w - 1)).join('')}…` : s;
    return shown + ' '.repeat(Math.max(0, w - length(shown)));
  };
  const line = (left: string, mid: string, right: string) => `${left}${widths.map((w) => '─'.repeat(w + 2)).join(mid)}${right}`;
  const row = (r: readonly string[]) => `│ ${widths.map((w, i) => fit(r[i] ?? '', w)).join(' │ ')} │`;
  return [line('┌', '┬', '┐'), row(cells[0]!), line('├', '┼', '┤'), ...cells.slice(1).map(row), line('└', '┴', '┘'), ''].join('\n');
}

function length(s: string): number {
  return [...s].length;
}
