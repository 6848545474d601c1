// Picks the layout of a register by its content (text or workbook) and parses it; unknown layouts get a clear error.
import type { RawRegister } from '../model/raw-register.ts';
import type { LayoutContext, LayoutParser } from './layout-parser.ts';
import type { RegisterInput } from './register-input.ts';
import { LAYOUTS } from './layouts.ts';
import { RegisterFormatError } from '../errors/register-format-error.ts';
import type { Workbook, WorkbookSheet } from './workbook/workbook.ts';
import { formatCellAddress } from './workbook/cell-address.ts';
import { excerptCell } from './workbook/excerpt-cell.ts';

/** `layouts` is injectable so that tests (and callers) can restrict the known layouts. */
export function parseRegisterInput(input: RegisterInput, context: LayoutContext = {}, layouts: readonly LayoutParser[] = LAYOUTS): RawRegister[] {
  const candidates = layouts.filter((l) => l.input === input.kind);
  if (input.kind === 'text' && input.text.trim() === '') throw new RegisterFormatError(input.file, 1, 'the file is empty');
  if (input.kind === 'workbook' && input.workbook.sheets.every((s) => s.rows.length === 0)) {
    const first = input.workbook.sheets[0];
    throw new RegisterFormatError(input.file, undefined, 'the workbook holds no data: every sheet is empty', first ? { sheet: first.name } : undefined);
  }
  const detects = (l: LayoutParser) => (l.input === 'text' && input.kind === 'text' ? l.detect(input.text, context) : l.input === 'workbook' && input.kind === 'workbook' && l.detect(input.workbook, context));
  const specific = candidates.filter((l) => !l.generic && detects(l));
  const matches = specific.length > 0 ? specific : candidates.filter((l) => l.generic && detects(l));
  if (matches.length === 0) {
    // Every layout is listed, whatever it reads: a text register may well be a table saved from a spreadsheet.
    // One line, as every refusal is: the CLI prints it after "error: " and a caller may log it as one record.
    const known = [...new Set(layouts.map((l) => `[${l.id}] ${l.description} (expects ${l.expects})`))].join(' ');
    if (input.kind === 'workbook') {
      // Say where the table starts and what its first row reads: the headers to put in a --mapping file.
      const { sheet, row } = firstRow(input.workbook);
      const texts = (sheet.rows[row] ?? []).filter((cell) => cell && cell.text !== '').slice(0, 8).map((cell) => `"${excerptCell(cell!.text)}"`);
      throw new RegisterFormatError(
        input.file,
        undefined,
        `no header row names three register fields (its first row reads ${texts.join(', ')}): map your headers to register fields with --mapping FILE (see docs/own-register.md)`,
        { sheet: sheet.name, cell: formatCellAddress(row, 0) },
      );
    }
    throw new RegisterFormatError(input.file, undefined, `unknown register layout; the known layouts are: ${known}`);
  }
  if (matches.length > 1) {
    // Two detectors claiming one file is a bug in a detector, not in the input: say which.
    throw new RegisterFormatError(input.file, undefined, `ambiguous layout: ${matches.map((l) => l.id).join(', ')} all match`);
  }
  const layout = matches[0]!;
  if (layout.input === 'text' && input.kind === 'text') return [layout.parse(input.text, input.file, context)];
  if (layout.input === 'workbook' && input.kind === 'workbook') return attachReadWarnings(layout.parse(input.workbook, context), input);
  throw new Error(`layout ${layout.id} does not read ${input.kind} input`);
}

function firstRow(workbook: Workbook): { sheet: WorkbookSheet; row: number } {
  const sheet = workbook.sheets.find((s) => s.rows.length > 0) ?? workbook.sheets[0]!;
  const row = sheet.rows.findIndex((r) => r?.some((cell) => cell && cell.text !== ''));
  return { sheet, row: Math.max(row, 0) };
}

/** What reading the workbook met goes to the register read from that sheet (else the first), in reading order. */
function attachReadWarnings(registers: RawRegister[], input: Extract<RegisterInput, { kind: 'workbook' }>): RawRegister[] {
  for (const warning of input.workbook.warnings) {
    const owner = registers.find((r) => warning.location && r.location?.sheet === warning.location.sheet) ?? registers[0];
    owner?.warnings.unshift(warning);
  }
  return registers;
}
