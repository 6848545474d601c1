// The header-driven table layout: any register with one row per treatment, in a spreadsheet or as tab-separated text.
import type { TextLayoutParser, WorkbookLayoutParser } from '../layout-parser.ts';
import { detectTable, parseTable } from './parse-table.ts';
import { readTextTable } from './read-text-table.ts';
import { createHeaderReader } from './header-vocabulary.ts';
import { findTableHeader } from './find-table-header.ts';

const description = 'a table with one row per treatment whose header row names register fields (FR/EN, ontology/tables/headers.json, or --mapping)';
const expects = 'a header row naming at least three register fields, the treatment\'s name or purposes among them ("Intitulé", "Finalités", "Durée de conservation"…)';

/**
 * Columns are read from their header whatever their order; a column no field is known for is kept under its header,
 * with a warning. Known administrations' templates are specific layouts, tried first: this one is generic.
 */
export const tableLayout: WorkbookLayoutParser = {
  id: 'table',
  input: 'workbook',
  generic: true,
  description,
  expects,
  detect: detectTable,
  parse: parseTable,
};

/**
 * The same table as tab-separated text (a .txt register), cited by line. Only a clean one: every line under the header
 * a row of cells. A text whose rows run over several lines (the Ministères sociaux tables, their cells spilling onto
 * untabbed lines) needs a layout of its own, and a one-line-per-row reading would cut its treatments apart.
 */
export const textTableLayout: TextLayoutParser = {
  id: 'table',
  input: 'text',
  generic: true,
  description,
  expects,
  detect: (text, context = {}) => {
    const sheet = readTextTable(text, '').sheets[0]!;
    const header = findTableHeader(sheet, createHeaderReader(context.mapping ? { mapping: context.mapping } : {}));
    return header !== undefined && sheet.rows.slice(header.dataRow).every((row) => !row || row.length >= 2);
  },
  parse: (text, file, context) => parseTable(readTextTable(text, file), context)[0]!,
};
