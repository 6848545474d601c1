// A column where the graph recognised nothing: the register's own words stand in, placeholders ("n/a") dropped beside an answer.
import { normaliseCitations } from './citation.ts';
import type { ReportCell, SourceFieldView } from './cnil-report.ts';

/** Words that only say the field does not apply: dropped beside a real answer, kept when they are all there is. */
const PLACEHOLDER = /^(?:n\/?a|na|néant|non applicable|not applicable|-|–|\/)\.?$/i;

/** The register's own words, for a column where the graph recognised nothing. */
export function verbatimCell(fields: readonly SourceFieldView[]): ReportCell {
  const written = fields.filter((f) => f.verbatim.trim() !== '');
  const meaningful = written.filter((f) => !PLACEHOLDER.test(f.verbatim.trim()));
  const kept = meaningful.length > 0 ? meaningful : written.slice(0, 1);
  return { values: kept.map((f) => ({ text: f.verbatim })), verbatim: kept.length > 0, citations: normaliseCitations(kept.map((f) => f.citation)) };
}
