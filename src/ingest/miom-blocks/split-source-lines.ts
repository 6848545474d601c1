// Splits extracted register text into 1-based numbered lines, whatever the line endings.

export interface SourceLine {
  /** 1-based line number in the file, as editors and error messages count it. */
  readonly number: number;
  readonly text: string;
}

export function splitSourceLines(text: string): SourceLine[] {
  // A BOM is an artefact of the export, not text of the register.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body === '') return [];
  const parts = body.split(/\r\n|\r|\n/);
  // A final newline ends the last line; it does not open an extra empty one. Files whose last
  // line has no newline (004) therefore keep that line.
  if (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
  return parts.map((part, index) => ({ number: index + 1, text: part }));
}
