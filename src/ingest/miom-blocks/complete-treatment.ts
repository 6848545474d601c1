// Closes one TRAITEMENT block: checks that no labelled line is missing, then builds the raw treatment.
import type { ParseWarning, RawTreatment } from '../../model/raw-register.ts';
import type { FieldKey, SourceField } from '../../model/source-field.ts';
import { RegisterFormatError } from '../../errors/register-format-error.ts';
import { findDateProblem } from './find-date-problem.ts';
import { miomFieldLabels } from './miom-field-labels.ts';

export interface DraftField {
  readonly key: FieldKey;
  readonly label: string;
  text: string;
  readonly first: number;
  last: number;
}

export interface DraftTreatment {
  readonly number: string;
  /** Line of the TRAITEMENT header, which errors about the whole block point at. */
  readonly headerLine: number;
  readonly activity?: { readonly number: string; readonly title: string };
  readonly first: number;
  last: number;
  readonly fields: DraftField[];
}

export interface CompletedTreatment {
  readonly treatment: RawTreatment;
  readonly warnings: ParseWarning[];
}

/** @param endOfFile whether the block ended with the file, which makes a missing label mean truncation */
export function completeTreatment(
  draft: DraftTreatment,
  ordinal: number,
  file: string,
  endOfFile: boolean,
): CompletedTreatment {
  const missing = miomFieldLabels.filter((entry) => !draft.fields.some((field) => field.key === entry.key));
  if (missing.length > 0) {
    const where = endOfFile ? ' (the file ends inside the block)' : '';
    throw new RegisterFormatError(
      file,
      draft.headerLine,
      `TRAITEMENT n° ${draft.number} is incomplete${where}: missing ${missing.map((entry) => `"${entry.label}"`).join(', ')}`,
    );
  }

  const warnings: ParseWarning[] = [];
  const fields: SourceField[] = [];
  for (const field of draft.fields) {
    // The schema holds non-empty cells only; the label was printed, so say it was left blank.
    if (field.text === '') {
      warnings.push({ file, line: field.first, message: `"${field.label}" of TRAITEMENT n° ${draft.number} is empty` });
      continue;
    }
    if (field.key === 'lastUpdate') {
      const problem = findDateProblem(field.text);
      if (problem) warnings.push({ file, line: field.first, message: `TRAITEMENT n° ${draft.number}: ${problem}` });
    }
    fields.push({ key: field.key, label: field.label, text: field.text, lines: { first: field.first, last: field.last } });
  }

  if (fields.length === 0) {
    throw new RegisterFormatError(file, draft.headerLine, `TRAITEMENT n° ${draft.number} has neither a title nor any text`);
  }

  const treatment: RawTreatment = {
    ordinal,
    number: draft.number,
    ...(draft.activity && { activity: { number: draft.activity.number, title: draft.activity.title } }),
    lines: { first: draft.first, last: draft.last },
    fields,
  };
  return { treatment, warnings };
}
