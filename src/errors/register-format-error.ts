// The typed error every parser throws on input it cannot read: it names the file and the line.
export class RegisterFormatError extends Error {
  override readonly name = 'RegisterFormatError';
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly reason: string,
  ) {
    super(line === undefined ? `${file}: ${reason}` : `${file}:${line}: ${reason}`);
  }
}
