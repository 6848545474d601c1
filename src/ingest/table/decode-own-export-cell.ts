// Reads a cell of our own CNIL-style export back into what the register says: our notes and prefixes taken off.
import type { FieldKey } from '../../model/source-field.ts';
import { loadPurposeConceptLabels } from '../../model/load-concept-labels.ts';
import {
  ASSESSMENT_NOTE,
  CONCEPT_SEPARATOR,
  DURATION_KIND_NOTES,
  MALFORMED_DATE_NOTE,
  MEASURE_TYPE_PREFIX,
  POLICY_PREFIX,
  SENSITIVE_MARK,
  THIRD_COUNTRY_PREFIX,
  TRANSFER_ANSWERS,
  VERBATIM_CLOSE,
  VERBATIM_OPEN,
} from '../../model/export-conventions.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NOTE = new RegExp(`\\s\\((?:P[0-9YMWDTHS]+|${[...Object.values(DURATION_KIND_NOTES), ASSESSMENT_NOTE].map(escape).join('|')})\\)$`);
const DATE_NOTE = new RegExp(`\\s\\((?:\\d{4}-\\d{2}-\\d{2}|${escape(MALFORMED_DATE_NOTE)})\\)$`);
const SENSITIVE = new RegExp(`\\s${escape(SENSITIVE_MARK)}$`);
const ANSWER = new RegExp(`^(?:${Object.values(TRANSFER_ANSWERS).map(escape).join('|')}) : ([^]+)$`);
const THIRD_COUNTRY = new RegExp(`^${escape(THIRD_COUNTRY_PREFIX)} : `);
const POLICY = new RegExp(`^${escape(POLICY_PREFIX)} : `);
const MEASURE_TYPE = new RegExp(`^${escape(MEASURE_TYPE_PREFIX)} : `);
let purposeNote: RegExp | undefined;
/** " (Gestion du personnel, Gestion des paiements)": the DPV concepts we wrote after a purpose, by their labels only. */
function readPurposeNote(): RegExp {
  if (purposeNote) return purposeNote;
  const label = `(?:${loadPurposeConceptLabels().map(escape).join('|')})`;
  purposeNote = new RegExp(`\\s\\(${label}(?:${escape(CONCEPT_SEPARATOR)}${label})*\\)$`);
  return purposeNote;
}
const VERBATIM = new RegExp(`^${escape(VERBATIM_OPEN.trim())}\\s?([^]*?)\\s?${escape(VERBATIM_CLOSE.trim())}$`);

/**
 * One value a line: a register's own words lose their « », a category its "(donnée sensible)", a duration its read
 * value "(P3Y)" (the text is read again, so an edited duration counts), a date its ISO date, a purpose the DPV concepts
 * noted after it (classified again); a transfer keeps what the register said of it, without the "Oui : " we put before
 * it nor the third countries we listed after it; the measures lose the policies and the DPV types listed with them
 * ("Politique : PSSI-MCAS", "Type de mesure : Chiffrement").
 */
export function decodeOwnExportCell(key: FieldKey, text: string): string {
  const lines = text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  const decoded = lines.flatMap((line): string[] => {
    const verbatim = VERBATIM.exec(line);
    if (verbatim) return [verbatim[1]!];
    if (key === 'dataCategories') return [line.replace(SENSITIVE, '')];
    if (key === 'retention') return [line.replace(NOTE, '')];
    // A policy the treatment comes under is listed among its measures: it is read as a policy, not as a measure.
    if (key === 'securityMeasures') return POLICY.test(line) || MEASURE_TYPE.test(line) ? [] : [line.replace(NOTE, '')];
    if (key === 'purposes') return [line.replace(readPurposeNote(), '')];
    if (key === 'lastUpdate' || key === 'creationDate') return [line.replace(DATE_NOTE, '')];
    if (key === 'transfers') return THIRD_COUNTRY.test(line) ? [] : [ANSWER.exec(line)?.[1] ?? line];
    return [line];
  });
  return decoded.join('\n');
}
