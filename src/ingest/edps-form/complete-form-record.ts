// Closes an EDPS form: resolves each item's label, checks that no item is missing, builds the one treatment.
import type { ParseWarning, RawTreatment } from '../../model/raw-register.ts';
import type { SourceField } from '../../model/source-field.ts';
import { findDateProblem } from '../miom-blocks/find-date-problem.ts';
import { RegisterFormatError } from '../../errors/register-format-error.ts';
import { edpsItemLabels } from './edps-item-labels.ts';
import type { FormBody } from './read-form-body.ts';
import { resolveItemLabel } from './resolve-item-label.ts';

/** Label for the record title, printed under the header row without one: ours, not the record's. */
export const recordTitleLabel = 'Record title';

export interface CompletedRecord {
  readonly treatment: RawTreatment;
  /** The record title, e.g. "Use of Corporate Credit Card by Staff"; absent when none is printed. */
  readonly title?: string;
  readonly warnings: ParseWarning[];
}

/**
 * @param headerLine the line of the first header row, for errors about a record without items
 * @param lastLine the file's last line, for errors about a record that ends too early
 */
export function completeFormRecord(body: FormBody, file: string, headerLine: number, lastLine: number): CompletedRecord {
  const warnings: ParseWarning[] = [];
  const fields: SourceField[] = [];
  const title = body.title?.texts.join(' ');
  if (body.title && title) {
    fields.push({ key: 'title', label: recordTitleLabel, text: title, lines: { first: body.title.first, last: body.title.last } });
  } else {
    warnings.push({ file, line: headerLine, message: 'no record title under the header row' });
  }

  const lastItem = body.items[body.items.length - 1];
  if (!lastItem) {
    throw new RegisterFormatError(file, lastLine, `no numbered item ("1. Last update of this record") after the header row at line ${headerLine}`);
  }

  const seen = new Map<string, number>();
  let referenceNumber: string | undefined;
  for (const item of body.items) {
    const printed = item.labelWords.join(' ');
    const resolved = resolveItemLabel(item.folded);
    if (resolved.kind === 'unknown') {
      throw new RegisterFormatError(file, item.line, `item ${item.number}. "${printed}" is not a known EDPS item label`);
    }
    if (resolved.kind === 'ambiguous') {
      const which = resolved.matches.map((candidate) => `"${candidate.label}"`).join(', ');
      throw new RegisterFormatError(file, item.line, `item ${item.number}. "${printed}" could be any of ${which}: its label is cut`);
    }
    const { entry, label } = resolved.match;
    if (resolved.kind === 'truncated') {
      warnings.push({ file, line: item.line, message: `item ${item.number}. prints its label incompletely: "${printed}" for "${label}"` });
    }
    const earlier = seen.get(entry.key);
    if (earlier !== undefined) {
      throw new RegisterFormatError(file, item.line, `item ${item.number}. "${printed}" repeats item ${earlier}.`);
    }
    seen.set(entry.key, item.number);

    const text = item.descriptionWords.join(' ');
    if (text === '') {
      // The schema holds non-empty cells only; the label was printed, so say it was left blank.
      warnings.push({ file, line: item.line, message: `item ${item.number}. "${printed}" has no description` });
      continue;
    }
    if (entry.key === 'lastUpdate') {
      const problem = findDateProblem(text);
      if (problem) warnings.push({ file, line: item.line, message: `item ${item.number}.: ${problem}` });
    }
    if (entry.key === 'referenceNumber') referenceNumber = text;
    fields.push({ key: entry.key, label: printed, text, lines: { first: item.line, last: item.last } });
  }

  const missing = edpsItemLabels.filter((entry) => !seen.has(entry.key));
  if (missing.length > 0) {
    const where = missing.some((entry) => edpsItemLabels.indexOf(entry) >= body.items.length)
      ? ` (the file ends inside item ${lastItem.number}.)`
      : '';
    const names = missing.map((entry) => `"${entry.labels[0]}"`).join(', ');
    throw new RegisterFormatError(file, lastItem.line, `the record is incomplete${where}: missing ${names}`);
  }

  const treatment: RawTreatment = {
    ordinal: 1,
    ...(referenceNumber !== undefined && { number: referenceNumber }),
    lines: { first: body.title?.first ?? body.items[0]!.line, last: lastItem.last },
    fields,
  };
  return { treatment, ...(title && { title }), warnings };
}
