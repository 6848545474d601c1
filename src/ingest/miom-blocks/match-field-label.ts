// Looks a printed label up among the miom-blocks field labels, tolerating accents, case and spacing.
import { miomFieldLabels, type MiomFieldLabel } from './miom-field-labels.ts';
import { normalizeLabel } from './normalize-label.ts';

const labelsByKey = new Map(miomFieldLabels.map((entry) => [normalizeLabel(entry.label), entry]));

export function matchFieldLabel(printed: string): MiomFieldLabel | undefined {
  const folded = normalizeLabel(printed);
  // An empty fold would be text made only of punctuation: never a label.
  return folded === '' ? undefined : labelsByKey.get(folded);
}
