// The typed error every parser throws on input it cannot read: it names the file and the line, or the sheet and cell.
export class RegisterFormatError extends Error {
  override readonly name = 'RegisterFormatError';
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly reason: string,
    /** Spreadsheets: the sheet, and the cell when the error is about one ("registre.xlsx › Feuil1!C5: …"). */
    readonly location?: { readonly sheet: string; readonly cell?: string },
  ) {
    super(`${formatPlace(file, line, location)}: ${reason}`);
  }
}

function formatPlace(file: string, line: number | undefined, location: RegisterFormatError['location']): string {
  if (location) return `${file} › ${location.sheet}${location.cell ? `!${location.cell}` : ''}`;
  return line === undefined ? file : `${file}:${line}`;
}
