// Test helper: spreadsheets written by real programs' libraries (exceljs) and the containers Excel and LibreOffice use
// for password-protected files, built with SheetJS's own OLE/ZIP writer, so that the readers meet what users send.
import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';

export type CellValue = string | number | Date | { formula: string; result?: string | number } | null;

/** An XLSX file with the given sheets (rows of values), merged ranges and number formats, written by exceljs. */
export async function writeXlsx(
  sheets: ReadonlyArray<{ name: string; rows: ReadonlyArray<ReadonlyArray<CellValue>>; merges?: readonly string[]; formats?: Readonly<Record<string, string>> }>,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name);
    sheet.rows.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value === null) return;
        const cell = ws.getCell(r + 1, c + 1);
        cell.value = typeof value === 'object' && !(value instanceof Date) ? ({ formula: value.formula, ...(value.result !== undefined ? { result: value.result } : {}) } as ExcelJS.CellFormulaValue) : value;
      });
    });
    for (const range of sheet.merges ?? []) ws.mergeCells(range);
    for (const [address, format] of Object.entries(sheet.formats ?? {})) ws.getCell(address).numFmt = format;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** What Excel writes for a workbook protected by a password: an OLE container holding the encrypted package. */
export function writePasswordProtectedXlsx(): Buffer {
  const container = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(container, '/EncryptionInfo', Buffer.from([0x04, 0x00, 0x04, 0x00, 0x40, 0x00, 0x00, 0x00]));
  XLSX.CFB.utils.cfb_add(container, '/EncryptedPackage', Buffer.alloc(4096, 0x5a));
  return Buffer.from(XLSX.CFB.write(container, { type: 'buffer' }) as Uint8Array);
}

/** What LibreOffice writes for an ODS saved with a password: its manifest declares encrypted entries. */
export function writePasswordProtectedOds(): Buffer {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['Intitulé', 'Finalités']]), 'Registre');
  const zip = XLSX.CFB.read(XLSX.write(book, { type: 'buffer', bookType: 'ods' }) as Buffer, { type: 'buffer' });
  const manifest = XLSX.CFB.find(zip, '/META-INF/manifest.xml');
  if (!manifest?.content) throw new Error('no manifest in the ODS written by SheetJS');
  const encrypted = Buffer.from(manifest.content as Uint8Array)
    .toString('utf8')
    .replace(
      /(<manifest:file-entry manifest:full-path="content.xml"[^>]*?)\/>/,
      '$1><manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="AAAA"><manifest:algorithm manifest:algorithm-name="Blowfish CFB" manifest:initialisation-vector="AAAA"/><manifest:key-derivation manifest:key-derivation-name="PBKDF2" manifest:iteration-count="1024" manifest:salt="AAAA"/></manifest:encryption-data></manifest:file-entry>',
    );
  manifest.content = Buffer.from(encrypted, 'utf8');
  return Buffer.from(XLSX.CFB.write(zip, { type: 'buffer', fileType: 'zip' }) as Uint8Array);
}
