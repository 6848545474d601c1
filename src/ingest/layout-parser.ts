// The contract of one register layout: a detector and a parser, registered in layouts.ts.
import type { LayoutId, RawRegister } from '../model/raw-register.ts';

export interface LayoutParser {
  readonly id: LayoutId;
  /** One line for humans, used in the "unknown layout" error. */
  readonly description: string;
  /** What the detector looks for, used in the "unknown layout" error. */
  readonly expects: string;
  /** True when the text is in this layout; must not look at the file name. */
  detect(text: string): boolean;
  /** Parses the whole file; throws RegisterFormatError (file + line) on input it cannot read. */
  parse(text: string, file: string): RawRegister;
}
