// Parses a whole miom-blocks register: preamble up to the first ACTIVITE/TRAITEMENT line, then the blocks.
import type { RawRegister } from '../../model/raw-register.ts';
import { RegisterFormatError } from '../../errors/register-format-error.ts';
import { classifyBlockLine } from './classify-block-line.ts';
import { parsePreamble } from './parse-preamble.ts';
import { parseTreatmentBlocks } from './parse-treatment-blocks.ts';
import { splitSourceLines } from './split-source-lines.ts';

/** @param file the file name only, as it appears in errors, warnings and the register */
export function parseMiomBlocks(text: string, file: string): RawRegister {
  const lines = splitSourceLines(text);
  const lastLine = lines[lines.length - 1];
  if (lastLine === undefined || lines.every((line) => line.text.trim() === '')) {
    throw new RegisterFormatError(file, 1, 'file is empty');
  }

  const start = lines.findIndex((line) => {
    const kind = classifyBlockLine(line.text).kind;
    return kind === 'activity' || kind === 'treatment';
  });
  const firstHeader = lines[start];
  if (firstHeader === undefined) {
    throw new RegisterFormatError(
      file,
      lastLine.number,
      'reached the end of the file without any "ACTIVITE n°" or "TRAITEMENT n°" line',
    );
  }

  const preamble = parsePreamble(lines.slice(0, start), file, firstHeader.number);
  const blocks = parseTreatmentBlocks(lines.slice(start), file);
  return {
    file,
    layout: 'miom-blocks',
    title: preamble.title,
    preamble: preamble.entries,
    treatments: blocks.treatments,
    // Source order reads best; the sort is stable, so one line's warnings keep their order.
    warnings: [...preamble.warnings, ...blocks.warnings].sort((a, b) => a.line - b.line),
  };
}
