// The kinds of node the explorer shows: stable keys for the API and the page, French labels, display order.
import { z } from 'zod';

/** In display order: ties in search results and neighbourhoods are broken in this order. */
export const NODE_TYPES = [
  'treatment',
  'system',
  'register',
  'organisation',
  'data-category',
  'data-subject',
  'legal-basis',
  'policy',
  'purpose',
  'retention',
  'activity',
  'country',
] as const;
export type NodeType = (typeof NODE_TYPES)[number];
export const nodeTypeSchema = z.enum(NODE_TYPES);

export const NODE_TYPE_LABELS: Readonly<Record<NodeType, string>> = {
  treatment: 'Traitement',
  system: 'Système d’information',
  register: 'Registre',
  organisation: 'Organisme',
  'data-category': 'Catégorie de données',
  'data-subject': 'Personnes concernées',
  'legal-basis': 'Base légale',
  policy: 'Politique',
  purpose: 'Finalité',
  retention: 'Durée de conservation',
  activity: 'Activité',
  country: 'Pays',
};

/** The types shown by default and by the whole-graph view: the entities registers share, not the per-treatment texts. */
export const SHARED_NODE_TYPES: readonly NodeType[] = [
  'treatment',
  'system',
  'register',
  'organisation',
  'data-category',
  'data-subject',
  'legal-basis',
  'policy',
];

export const typeRank = (type: NodeType): number => NODE_TYPES.indexOf(type);

/** Art. 9 special categories, art. 10 criminal data, the French national identifier, or another sensitive category. */
export const SENSITIVITY_KINDS = ['art9', 'art10', 'nir', 'other'] as const;
export type SensitivityKind = (typeof SENSITIVITY_KINDS)[number];

export const SENSITIVITY_LABELS: Readonly<Record<SensitivityKind, string>> = {
  art9: 'Catégorie particulière (RGPD, art. 9)',
  art10: 'Données pénales (RGPD, art. 10)',
  nir: 'NIR (numéro de sécurité sociale)',
  other: 'Donnée sensible',
};
