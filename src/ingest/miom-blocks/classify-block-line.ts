// Tells what one line of the treatments part is: blank, ACTIVITE/TRAITEMENT header, labelled field or continuation.
import { matchFieldLabel } from './match-field-label.ts';
import type { MiomFieldLabel } from './miom-field-labels.ts';

export type BlockLine =
  | { readonly kind: 'blank' }
  | { readonly kind: 'activity'; readonly number: string; readonly title: string }
  | {
      readonly kind: 'treatment';
      readonly number: string;
      /** "TRAITEMENT n° 1.1" as printed: the only label the title has. */
      readonly label: string;
      readonly title: string;
    }
  | {
      readonly kind: 'field';
      readonly field: MiomFieldLabel;
      /** The label as printed, trimmed. */
      readonly label: string;
      readonly value: string;
      /** How many non-empty cells the value was made of (1 in every line of 004). */
      readonly valueCells: number;
    }
  | { readonly kind: 'continuation'; readonly text: string }
  | { readonly kind: 'unknown-label'; readonly label: string; readonly value: string };

// "n°" may lose its degree sign or gain spaces in extraction; the number is what identifies the block.
const headerPattern = /^\s*(ACTIVIT[EÉ]|TRAITEMENT)\s*n\s*[°º]?\s*(\d+(?:\.\d+)*)(?=\s|$)(.*)$/iu;

export function classifyBlockLine(text: string): BlockLine {
  const header = headerPattern.exec(text);
  if (header) {
    const [whole, word = '', number = '', rest = ''] = header;
    const title = joinCells(splitCells(rest));
    if (/^activit/i.test(word)) return { kind: 'activity', number, title };
    const label = whole.slice(0, whole.length - rest.length).trim();
    return { kind: 'treatment', number, label, title };
  }

  const cells = splitCells(text);
  const [first, ...others] = cells;
  if (first === undefined) return { kind: 'blank' };
  // A leading tab means the label column is empty: the text carries on the previous field.
  if (first === '') return { kind: 'continuation', text: joinCells(others) };

  const field = matchFieldLabel(first);
  const valueCells = others.filter((cell) => cell !== '');
  if (field) return { kind: 'field', field, label: first, value: valueCells.join(' '), valueCells: valueCells.length };
  // Without a second cell there is no label/value split to speak of: a wrapped line of text.
  if (others.length === 0) return { kind: 'continuation', text: first };
  return { kind: 'unknown-label', label: first, value: valueCells.join(' ') };
}

/** Tab-separated cells, trimmed (extraction pads some with a space), without the trailing empty
 * cells whose number varies from block to block. */
function splitCells(text: string): string[] {
  const cells = text.split('\t').map((cell) => cell.trim());
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  return cells;
}

function joinCells(cells: readonly string[]): string {
  return cells.filter((cell) => cell !== '').join(' ');
}
