// Picks the layout of a register by its content and parses it; unknown layouts get a clear error.
import type { RawRegister } from '../model/raw-register.ts';
import type { LayoutParser } from './layout-parser.ts';
import { LAYOUTS } from './layouts.ts';
import { RegisterFormatError } from '../errors/register-format-error.ts';

/** `layouts` is injectable so that tests (and callers) can restrict the known layouts. */
export function parseRegisterText(text: string, file: string, layouts: readonly LayoutParser[] = LAYOUTS): RawRegister {
  if (text.trim() === '') throw new RegisterFormatError(file, 1, 'the file is empty');
  const matches = layouts.filter((l) => l.detect(text));
  if (matches.length === 0) {
    const known = layouts.map((l) => `  - ${l.id}: ${l.description} (expects ${l.expects})`).join('\n');
    throw new RegisterFormatError(file, undefined, `unknown register layout; the known layouts are:\n${known}`);
  }
  if (matches.length > 1) {
    // Two detectors claiming one file is a bug in a detector, not in the input: say which.
    throw new RegisterFormatError(file, undefined, `ambiguous layout: ${matches.map((l) => l.id).join(', ')} all match`);
  }
  return matches[0]!.parse(text, file);
}
