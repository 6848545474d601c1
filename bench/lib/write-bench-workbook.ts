// Writes an N-row register workbook for the build benchmark: the real treatments' own cells, cycled, one row each.
import ExcelJS from 'exceljs';
import type { Register, Treatment } from '../../src/model/treatment.ts';
import type { FieldKey } from '../../src/model/source-field.ts';

/** The columns a DPO's table has, each with the field whose real cell text it takes. */
const COLUMNS: ReadonlyArray<readonly [string, FieldKey]> = [
  ['Intitulé', 'title'],
  ['Finalités', 'purposes'],
  ['Responsable de traitement', 'controllers'],
  ['Catégories de personnes concernées', 'dataSubjects'],
  ['Catégories de données', 'dataCategories'],
  ['Destinataires', 'recipients'],
  ['Durée de conservation', 'retention'],
  ['Base légale', 'legalBasisGdpr'],
  ['Transferts hors UE', 'transfers'],
  ['Date de mise à jour', 'lastUpdate'],
];

/** Streamed to disk row by row (exceljs's WorkbookWriter), so that writing 10 000 rows does not measure the writer. */
export async function writeBenchWorkbook(path: string, registers: readonly Register[], rows: number): Promise<void> {
  const treatments: Treatment[] = registers.filter((r) => r.language === 'fr').flatMap((r) => r.treatments);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet('Registre');
  sheet.addRow(['Registre des activités de traitement (banc d\'essai)']).commit();
  sheet.addRow(COLUMNS.map(([header]) => header)).commit();
  // Each column takes its cell from a different treatment (strides prime to their number), so that rows are no copies
  // of each other, while each column's values repeat as a real register's do.
  const n = treatments.length;
  for (let i = 0; i < rows; i++) {
    const values = COLUMNS.map(([, key], c) => {
      const t = treatments[(i * (2 * c + 1) + c) % n]!;
      if (key === 'title') return `${t.title} (${i + 1})`;
      return stripTags(t.fields.filter((f) => f.key === key).map((f) => f.text).join('\n'));
    });
    sheet.addRow(values).commit();
  }
  await workbook.commit();
}

function stripTags(text: string): string {
  return text.replace(/<[^>]*>/g, ' ').replace(/[ \t]+/g, ' ').trim();
}
