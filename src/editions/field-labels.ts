// What each compared field is called, in French (the reports, pages and JSON) and English (for English-language callers).
import type { FieldKey } from '../model/source-field.ts';

export type SetField = 'controllers' | 'processors' | 'recipients' | 'dataCategories' | 'dataSubjects' | 'systems' | 'legalBases';
export type ComparedField = FieldKey | SetField | 'purposes' | 'retention' | 'registerTitle' | 'preamble';

/** Field keys may grow with new layouts: a key missing here is named by the register's own heading. */
const FIELD_LABELS: Partial<Record<ComparedField, { fr: string; en: string }>> = {
  title: { fr: 'Intitulé', en: 'Title' },
  purposes: { fr: 'Finalités', en: 'Purposes' },
  controllers: { fr: 'Responsables de traitement', en: 'Controllers' },
  processors: { fr: 'Sous-traitants', en: 'Processors' },
  recipients: { fr: 'Destinataires', en: 'Recipients' },
  dataCategories: { fr: 'Catégories de données', en: 'Data categories' },
  dataSubjects: { fr: 'Personnes concernées', en: 'Data subjects' },
  systems: { fr: 'Systèmes', en: 'Systems' },
  legalBases: { fr: 'Bases légales', en: 'Legal bases' },
  retention: { fr: 'Durées de conservation', en: 'Retention' },
  legalBasisGdpr: { fr: 'Base légale (RGPD)', en: 'Legal basis (GDPR)' },
  legalBasisPoliceJustice: { fr: 'Base légale (police-justice)', en: 'Legal basis (police-justice)' },
  legalBasisStateSecurity: { fr: 'Base légale (sûreté de l’État)', en: 'Legal basis (State security)' },
  legalFoundation: { fr: 'Fondement juridique', en: 'Legal foundation' },
  transfers: { fr: 'Transferts hors UE', en: 'Transfers outside the EU' },
  securityMeasures: { fr: 'Mesures de sécurité', en: 'Security measures' },
  dpia: { fr: 'Analyse d’impact', en: 'DPIA' },
  lastUpdate: { fr: 'Dernière mise à jour', en: 'Last update' },
  other: { fr: 'Autre', en: 'Other' },
  registerTitle: { fr: 'Titre du registre', en: 'Register title' },
  preamble: { fr: 'En-tête et notes', en: 'Heading and notes' },
};

export function labelField(field: ComparedField, language: 'fr' | 'en', heading?: string): string {
  return FIELD_LABELS[field]?.[language] ?? heading ?? field;
}
