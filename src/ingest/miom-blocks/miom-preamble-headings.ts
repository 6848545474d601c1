// The headings of the miom-blocks preamble ("Responsable de traitement :" …) and the key their text feeds.
import type { FieldKey } from '../../model/source-field.ts';

export interface MiomPreambleHeading {
  /** The heading as the register prints it, without its colon. */
  readonly label: string;
  readonly key: FieldKey;
}

export const miomPreambleHeadings = {
  controller: { label: 'Responsable de traitement', key: 'controllers' },
  address: { label: 'Coordonnées', key: 'other' },
  dpo: { label: 'Délégué à la Protection des Données', key: 'other' },
} as const satisfies Record<string, MiomPreambleHeading>;
