// Reads a cell of our own CNIL-style export back into what the register says: our notes and prefixes taken off.
import type { FieldKey } from '../../model/source-field.ts';
import {
  ASSESSMENT_NOTE,
  DURATION_KIND_NOTES,
  POLICY_PREFIX,
  SENSITIVE_MARK,
  THIRD_COUNTRY_PREFIX,
  TRANSFER_ANSWERS,
  VERBATIM_CLOSE,
  VERBATIM_OPEN,
} from '../../model/export-conventions.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NOTE = new RegExp(`\\s\\((?:P[0-9YMWDTHS]+|${[...Object.values(DURATION_KIND_NOTES), ASSESSMENT_NOTE].map(escape).join('|')})\\)$`);
const DATE_NOTE = /\s\(\d{4}-\d{2}-\d{2}\)$/;
const SENSITIVE = new RegExp(`\\s${escape(SENSITIVE_MARK)}$`);
const ANSWER = new RegExp(`^(?:${Object.values(TRANSFER_ANSWERS).map(escape).join('|')}) : ([^]+)$`);
const THIRD_COUNTRY = new RegExp(`^${escape(THIRD_COUNTRY_PREFIX)} : `);
const POLICY = new RegExp(`^${escape(POLICY_PREFIX)} : `);
const VERBATIM = new RegExp(`^${escape(VERBATIM_OPEN.trim())}\\s?([^]*?)\\s?${escape(VERBATIM_CLOSE.trim())}$`);

/**
 * One value a line: a register's own words lose their « », a category its "(donnée sensible)", a duration its read
 * value "(P3Y)" (the text is read again, so an edited duration counts), a date its ISO date; a transfer keeps what the
 * register said of it, without the "Oui : " we put before it nor the third countries we listed after it; the measures
 * lose the policies listed with them ("Politique : PSSI-MCAS").
 */
export function decodeOwnExportCell(key: FieldKey, text: string): string {
  const lines = text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  const decoded = lines.flatMap((line): string[] => {
    const verbatim = VERBATIM.exec(line);
    if (verbatim) return [verbatim[1]!];
    if (key === 'dataCategories') return [line.replace(SENSITIVE, '')];
    if (key === 'retention') return [line.replace(NOTE, '')];
    // A policy the treatment comes under is listed among its measures: it is read as a policy, not as a measure.
    if (key === 'securityMeasures') return POLICY.test(line) ? [] : [line.replace(NOTE, '')];
    if (key === 'lastUpdate') return [line.replace(DATE_NOTE, '')];
    if (key === 'transfers') return THIRD_COUNTRY.test(line) ? [] : [ANSWER.exec(line)?.[1] ?? line];
    return [line];
  });
  return decoded.join('\n');
}
