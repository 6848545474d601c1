// The CNIL-style table as an Excel workbook: a "Sommaire" sheet, then one sheet per register, read with exceljs.
import ExcelJS from 'exceljs';
import type { CellValue, RegisterReport } from './cnil-report.ts';
import { TABLE_COLUMNS, treatmentRow } from './cnil-table.ts';
import { DATE_COLUMNS } from './cnil-columns.ts';
import { shortenRegisterTitle } from './shorten-register-title.ts';
import { formatCitations } from './citation.ts';
import { nameSheets } from './name-sheets.ts';
import { countRegister } from './count-register.ts';
import { SPREADSHEET_MEDIA_TYPE } from '../rdf/formats.ts';

export const XLSX_MEDIA_TYPE = SPREADSHEET_MEDIA_TYPE;
export const SUMMARY_SHEET = 'Sommaire';

/** Excel holds at most 32,767 characters in a cell. */
const MAX_CELL_LENGTH = 32_000;

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF0B4F9C' } };
const SOURCE_HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF5C7FA8' } };
const HEADER_FONT: Partial<ExcelJS.Font> = { bold: true, color: { argb: 'FFFFFFFF' } };
const SOURCE_FONT: Partial<ExcelJS.Font> = { italic: true, size: 9, color: { argb: 'FF5C5F66' } };
const WRAP: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: 'top' };

export const SUMMARY_HEADERS = [
  'Registre',
  'Identifiant',
  'Feuille',
  'Traitements',
  'Avec données sensibles',
  'Avec AIPD mentionnée',
  'Sans durée de conservation',
  'Fichier source',
  'Langue',
] as const;

/** Shown by Excel for a date cell, and how a French reader writes a date; the cell itself holds the date. */
export const DATE_FORMAT = 'dd/mm/yyyy';

/** Sheet names of the registers, in order: the register's title, shortened and made unique as Excel requires. */
export function registerSheetNames(registers: readonly RegisterReport[]): string[] {
  return nameSheets(registers.map((r) => shortenRegisterTitle(r.title)), [SUMMARY_SHEET]);
}

export async function writeCnilXlsx(registers: readonly RegisterReport[], options: { created?: Date } = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ropa-graph';
  workbook.title = 'Registre des activités de traitement (modèle CNIL)';
  if (options.created) {
    workbook.created = options.created;
    workbook.modified = options.created;
  }
  const sheetNames = registerSheetNames(registers);
  writeSummary(workbook.addWorksheet(SUMMARY_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] }), registers, sheetNames);
  registers.forEach((register, i) => writeRegisterSheet(workbook, sheetNames[i]!, register));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function writeSummary(sheet: ExcelJS.Worksheet, registers: readonly RegisterReport[], sheetNames: readonly string[]): void {
  const widths = [60, 30, 32, 12, 14, 14, 16, 40, 8];
  sheet.columns = SUMMARY_HEADERS.map((header, i) => ({ header, width: widths[i] }));
  styleHeader(sheet.getRow(1), () => HEADER_FILL);
  registers.forEach((register, i) => {
    const counts = countRegister(register);
    const row = sheet.addRow([
      register.title,
      register.slug,
      // An internal link: a click opens the register's sheet.
      { text: sheetNames[i]!, hyperlink: `#'${sheetNames[i]!.replace(/'/g, "''")}'!A1` },
      counts.treatments,
      counts.sensitive,
      counts.dpia,
      counts.noRetention,
      register.source ? formatCitations([register.source]) : '',
      // Building the workbook back tags each register's texts with its language.
      register.language ?? '',
    ]);
    row.alignment = WRAP;
    row.getCell(3).font = { color: { argb: 'FF0B4F9C' }, underline: true };
  });
  const totals = registers.map(countRegister).reduce(
    (sum, c) => ({ treatments: sum.treatments + c.treatments, sensitive: sum.sensitive + c.sensitive, dpia: sum.dpia + c.dpia, noRetention: sum.noRetention + c.noRetention }),
    { treatments: 0, sensitive: 0, dpia: 0, noRetention: 0 },
  );
  const total = sheet.addRow(['Total', `${registers.length} registre(s)`, '', totals.treatments, totals.sensitive, totals.dpia, totals.noRetention, '', '']);
  total.font = { bold: true };
  sheet.addRow([]);
  for (const note of [
    'Tableau régénéré à partir du graphe de connaissances (ropa-graph), non des fichiers texte.',
    'Chaque colonne « … — source » cite le fichier du registre et les lignes d’où la valeur a été lue : « fichier l. 52–53 » (plusieurs plages séparées par « , », plusieurs fichiers par « ; »).',
    'Une valeur entre « » est le texte même du registre : rien n’y a été reconnu. « (donnée sensible) » marque une catégorie sensible (art. 9 ou 10 du RGPD, NIR) ; « (P3Y) » est la durée lue, au format ISO 8601.',
    'Les dates de création et de mise à jour sont de vraies dates (triables et filtrables) ; une date écrite de façon illisible reste en texte, suivie de « (date non reconnue) ». « Non renseigné » : le registre ne dit rien (DPO, coordonnées, dates).',
    'Ce classeur se modifie et se reconstruit : « npx ropa build registre-cnil.xlsx » relit chaque feuille de registre (une valeur par ligne dans une cellule ; le texte d’une durée fait foi, la note entre parenthèses est recalculée).',
  ]) {
    sheet.addRow([note]).font = { italic: true, color: { argb: 'FF5C5F66' } };
  }
}

function writeRegisterSheet(workbook: ExcelJS.Workbook, name: string, register: RegisterReport): void {
  // Frozen: the header row and the N° and Intitulé columns stay in view.
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }] });
  sheet.columns = TABLE_COLUMNS.map((c) => ({ header: c.header, width: c.width }));
  styleHeader(sheet.getRow(1), (i) => (TABLE_COLUMNS[i]?.role === 'source' ? SOURCE_HEADER_FILL : HEADER_FILL));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: TABLE_COLUMNS.length } };
  for (const treatment of register.treatments) {
    const values = treatmentRow(treatment).map((text) => (text.length > MAX_CELL_LENGTH ? `${text.slice(0, MAX_CELL_LENGTH)} […]` : text));
    const row = sheet.addRow(values);
    row.alignment = WRAP;
    TABLE_COLUMNS.forEach((column, i) => {
      const cell = row.getCell(i + 1);
      if (column.role === 'source' || column.role === 'record') cell.font = SOURCE_FONT;
      const date = column.role === 'value' && DATE_COLUMNS.has(column.key!) ? dateOf(treatment.cells[column.key!].values) : undefined;
      if (date) {
        // A real date (a serial number with a date format): Excel sorts and filters it as one.
        cell.value = date;
        cell.numFmt = DATE_FORMAT;
        cell.alignment = { ...WRAP, horizontal: 'left' };
      }
      if (column.role === 'iri') {
        cell.value = { text: treatment.iri, hyperlink: treatment.iri };
        cell.font = { color: { argb: 'FF0B4F9C' }, underline: true, size: 9 };
      }
    });
  }
}

/** The one calendar date of a date cell, at midnight UTC (exceljs writes the serial of the UTC day). */
function dateOf(values: readonly CellValue[]): Date | undefined {
  const iso = values.length === 1 ? values[0]!.date : undefined;
  if (!iso) return undefined;
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

function styleHeader(row: ExcelJS.Row, fill: (index: number) => ExcelJS.Fill): void {
  row.height = 36;
  row.eachCell((cell, column) => {
    cell.font = HEADER_FONT;
    cell.fill = fill(column - 1);
    cell.alignment = { wrapText: true, vertical: 'middle' };
  });
}
