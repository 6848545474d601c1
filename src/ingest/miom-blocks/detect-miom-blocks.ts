// Recognises the miom-blocks layout from its content: numbered TRAITEMENT headers and labelled field lines.
import { matchFieldLabel } from './match-field-label.ts';

// The header must be followed by a tab, as the extraction prints it; prose mentioning a
// "traitement n° 1.1" does not make a block register.
const treatmentHeader = /^\s*TRAITEMENT\s*n\s*[°º]?\s*\d+\.\d+\s*\t/iu;

export function detectMiomBlocks(text: string): boolean {
  const lines = text.split(/\r\n|\r|\n/);
  const hasHeader = lines.some((line) => treatmentHeader.test(line));
  // Table layouts have a "Finalités" column header but never a purpose label as the first cell
  // of a line followed by its value.
  const hasPurposeLine = lines.some((line) => {
    const [label, ...values] = line.split('\t');
    return label !== undefined && values.some((value) => value.trim() !== '') && matchFieldLabel(label)?.key === 'purposes';
  });
  return hasHeader && hasPurposeLine;
}
