// The contract of one register layout: a detector and a parser over text or over a workbook, registered in layouts.ts.
import type { LayoutId, RawRegister } from '../model/raw-register.ts';
import type { Workbook } from './workbook/workbook.ts';
import type { HeaderMapping } from './table/header-mapping.ts';

/** What the user told the build about the inputs: the headers of their own tables (--mapping). */
export interface LayoutContext {
  readonly mapping?: HeaderMapping;
}

interface LayoutDescription {
  readonly id: LayoutId;
  /** One line for humans, used in the "unknown layout" error. */
  readonly description: string;
  /** What the detector looks for, used in the "unknown layout" error. */
  readonly expects: string;
  /**
   * A generic layout (any table whose headers name register items) is tried only when no specific one (a known
   * administration's template) matched, so that a known template is never read as a mere table.
   */
  readonly generic?: boolean;
}

export interface TextLayoutParser extends LayoutDescription {
  readonly input: 'text';
  /** True when the text is in this layout; must not look at the file name. */
  detect(text: string, context?: LayoutContext): boolean;
  /** Parses the whole file; throws RegisterFormatError (file + line) on input it cannot read. */
  parse(text: string, file: string, context?: LayoutContext): RawRegister;
}

export interface WorkbookLayoutParser extends LayoutDescription {
  readonly input: 'workbook';
  /** True when the workbook's sheets and header cells are in this layout; must not look at the file name. */
  detect(workbook: Workbook, context?: LayoutContext): boolean;
  /** One workbook may hold several registers (a sheet each); throws RegisterFormatError naming sheet and cell. */
  parse(workbook: Workbook, context?: LayoutContext): RawRegister[];
}

export type LayoutParser = TextLayoutParser | WorkbookLayoutParser;
