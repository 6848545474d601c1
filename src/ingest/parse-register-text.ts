// Parses the text of a one-register file (a text or PDF layout): the text case of parseRegisterInput.
import type { RawRegister } from '../model/raw-register.ts';
import type { LayoutParser } from './layout-parser.ts';
import { LAYOUTS } from './layouts.ts';
import { parseRegisterInput } from './parse-register-input.ts';

/** `layouts` is injectable so that tests (and callers) can restrict the known layouts. */
export function parseRegisterText(text: string, file: string, layouts: readonly LayoutParser[] = LAYOUTS): RawRegister {
  return parseRegisterInput({ kind: 'text', file, text }, {}, layouts)[0]!;
}
