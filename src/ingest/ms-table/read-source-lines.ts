// Splits a register file into numbered lines, repairing look-alike letters and warning about each repair.
import type { ParseWarning } from '../../model/raw-register.ts';
import { repairLookAlikes } from './repair-look-alikes.ts';
import type { SourceLine } from './source-line.ts';

/** Lines are numbered from 1 as an editor shows them; a final newline does not open an extra line. */
export function readSourceLines(text: string, file: string): { lines: SourceLine[]; warnings: ParseWarning[] } {
  const raw = text.split('\n');
  if (raw.length > 1 && raw[raw.length - 1] === '') raw.pop();
  const warnings: ParseWarning[] = [];
  const lines = raw.map((rawLine, index): SourceLine => {
    const number = index + 1;
    const { text: repaired, repairs } = repairLookAlikes(rawLine.replace(/\r$/, ''));
    for (const { from, to, complete } of repairs) {
      const message = !complete
        ? `Cyrillic letter without Latin look-alike kept in "${to}" (from "${from}")`
        : `repaired Cyrillic look-alike letters: "${from}" → "${to}"`;
      warnings.push({ file, line: number, message });
    }
    return { number, text: repaired };
  });
  return { lines, warnings };
}
