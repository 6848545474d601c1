// Recognises the CNIL model register from its content: a fiche sheet with the model's labels, or its list of treatments.
import type { Workbook } from '../workbook/workbook.ts';
import { loadCnilTemplate } from './cnil-template-vocabulary.ts';
import { isFicheSheet } from './read-fiche-sheet.ts';
import { findListHeader } from './read-list-sheet.ts';

export function detectCnilTemplate(workbook: Workbook): boolean {
  const template = loadCnilTemplate();
  return workbook.sheets.some((sheet) => isFicheSheet(sheet, template) || findListHeader(sheet, template) !== undefined);
}
