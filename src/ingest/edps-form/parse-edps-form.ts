// Parses an EDPS record form: the preamble above the first header row, then the one treatment it records.
import type { RawRegister } from '../../model/raw-register.ts';
import { RegisterFormatError } from '../../errors/register-format-error.ts';
import { classifyFormLine } from './classify-form-line.ts';
import { completeFormRecord } from './complete-form-record.ts';
import { readFormBody } from './read-form-body.ts';
import { readFormLines } from './read-form-lines.ts';
import { readFormPreamble } from './read-form-preamble.ts';

/** When a record prints no heading line: the template's own. */
const defaultHeading = 'Record of processing activity';

/** @param file the file name only, as it appears in errors, warnings and the register */
export function parseEdpsForm(text: string, file: string): RawRegister {
  const lines = readFormLines(text);
  const lastLine = lines[lines.length - 1];
  if (lastLine === undefined || lines.every((line) => line.text.trim() === '')) {
    throw new RegisterFormatError(file, 1, 'file is empty');
  }
  const start = lines.findIndex((line) => classifyFormLine(line.text).kind === 'header');
  const headerLine = lines[start];
  if (headerLine === undefined) {
    throw new RegisterFormatError(file, lastLine.number, 'reached the end of the file without a "Nr. Item Description" header row');
  }

  const preamble = readFormPreamble(lines.slice(0, start), file);
  const body = readFormBody(lines.slice(start), file);
  const record = completeFormRecord(body, file, headerLine.number, lastLine.number);
  const heading = preamble.heading ?? defaultHeading;
  return {
    file,
    layout: 'edps-form',
    title: record.title ? `${heading} — ${record.title}` : heading,
    // Part headings sit between items but belong to no item: they go with the heading and introduction.
    preamble: [...preamble.entries, ...body.partHeadings],
    treatments: [record.treatment],
    warnings: [...preamble.warnings, ...body.warnings, ...record.warnings].sort((a, b) => a.line - b.line),
  };
}
