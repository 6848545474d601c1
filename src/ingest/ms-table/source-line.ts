// One physical line of a register file: its 1-based number and its text after look-alike repair.
export interface SourceLine {
  readonly number: number;
  readonly text: string;
}
