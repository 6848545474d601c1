// Where a warning points, as the build's summary prints it: "file:12" for a text file, "file › Sheet!C20" for a cell.
import type { ParseWarning } from './raw-register.ts';

export function formatWarningPlace(warning: ParseWarning): string {
  return warning.location ? `${warning.file} › ${warning.location.sheet}!${warning.location.cell}` : `${warning.file}:${warning.line}`;
}
