// Tolerant label matching: accents, case, spacing, dashes and colons do not matter; other words do.
import { describe, expect, it } from 'vitest';
import { matchFieldLabel } from '../../../src/ingest/miom-blocks/match-field-label.ts';
import { miomFieldLabels } from '../../../src/ingest/miom-blocks/miom-field-labels.ts';

describe('matchFieldLabel', () => {
  it.each(miomFieldLabels.map((entry) => ({ label: entry.label, key: entry.key })))(
    'matches the printed label "$label"',
    ({ label, key }) => {
      expect(matchFieldLabel(label)?.key).toBe(key);
    },
  );

  it.each([
    { printed: 'FINALITE DU TRAITEMENT', key: 'purposes' },
    { printed: '  Finalité  du\u00A0traitement : ', key: 'purposes' },
    { printed: 'Base de liceite – RGPD', key: 'legalBasisGdpr' },
    { printed: 'Base de licéité-Titre III LIL (police - justice)', key: 'legalBasisPoliceJustice' },
    { printed: 'Base de licéité - Titre IV LIL (renseignement, sûreté de l’Etat)', key: 'legalBasisStateSecurity' },
    { printed: 'Fondement juridique (nº de déclaration antérieure CNIL si connue)', key: 'legalFoundation' },
    { printed: 'DATE DE DERNIÈRE MISE À JOUR', key: 'lastUpdate' },
  ])('tolerates "$printed"', ({ printed, key }) => {
    expect(matchFieldLabel(printed)?.key).toBe(key);
  });

  it.each(['Finalités', 'Base de licéité', 'Sous-traitants', '', ' : ', 'Non'])('rejects "%s"', (printed) => {
    expect(matchFieldLabel(printed)).toBeUndefined();
  });
});
