// The labelled lines of a miom-blocks treatment, in printed order, and the field key each one feeds.
import type { FieldKey } from '../../model/source-field.ts';

export interface MiomFieldLabel {
  /** The label as the register prints it. */
  readonly label: string;
  readonly key: FieldKey;
}

/** Every block of the register prints all of these, even when the answer is "Non" or "Sans objet",
 * so each one is mandatory: a block without one of them was cut. */
export const miomFieldLabels: readonly MiomFieldLabel[] = [
  { label: 'Finalité du traitement', key: 'purposes' },
  { label: 'Base de licéité - RGPD', key: 'legalBasisGdpr' },
  { label: 'Base de licéité - Titre III LIL (police-justice)', key: 'legalBasisPoliceJustice' },
  {
    label: "Base de licéité - Titre IV LIL (renseignement, sûreté de l'Etat)",
    key: 'legalBasisStateSecurity',
  },
  {
    label: 'Fondement juridique (n° de déclaration antérieure CNIL si connue)',
    key: 'legalFoundation',
  },
  { label: 'Catégories de personnes concernées', key: 'dataSubjects' },
  { label: 'Catégories de données', key: 'dataCategories' },
  { label: 'Catégorie des destinataires des données', key: 'recipients' },
  { label: 'Existence de transferts de données hors UE', key: 'transfers' },
  { label: 'Durée de conservation prévue des données', key: 'retention' },
  {
    label:
      'Mesures organisationnelles et techniques assurant la sécurité et la confidentialité des données conservées',
    key: 'securityMeasures',
  },
  { label: 'Date de dernière mise à jour', key: 'lastUpdate' },
];
