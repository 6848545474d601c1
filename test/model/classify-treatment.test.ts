// Table-driven tests of the purpose and measure rule tables (ontology/rules/) on the registers' own words, checked by hand.
import { beforeAll, describe, expect, it } from 'vitest';
import { createTreatmentClassifier, type TreatmentClassifier } from '../../src/model/classify-treatment.ts';
import { loadConceptRules } from '../../src/model/load-concept-rules.ts';

/** One purpose as a register states it ("file:line"), and the DPV 2.3 (or ropa:) concepts it falls under. */
const purposes: readonly { at: string; text: string; concepts: readonly string[]; language?: 'fr' | 'en' }[] = [
  { at: '000:22', text: 'Suivi des entretiens professionnels', concepts: ['dpv:PersonnelPerformanceEvaluation'] },
  { at: '000:21', text: 'Suivi des nominations et cessations de fonctions', concepts: ['dpv:PersonnelManagement'] },
  { at: '000:16', text: 'Gestion du personnel Suivi des factures impayées', concepts: ['dpv:PersonnelManagement', 'dpv:PaymentManagement'] },
  { at: '000:29', text: "Faciliter le suivi des bénéficiaires des structures d'accompagnement social", concepts: ['ropa:SocialSupport'] },
  { at: '001:5', text: 'Outil de pilotage pluriannuel des objectifs et des programmes menés par les ARS', concepts: ['dpv:OrganisationGovernance'] },
  { at: '001:17', text: "Permettre aux agents des ministères de rédiger, d'envoyer et de recevoir des courriels électroniques et de partager leurs agendas", concepts: ['dpv:CommunicationManagement', 'ropa:WorkToolProvision'] },
  { at: '001:21', text: 'Traitement et suivi des incidents et des demandes bureautique et téléphonique', concepts: ['dpv:RepairImpairments'] },
  { at: '001:28', text: "Gestion des annuaires d'accès aux offres de service (techniques et applicatives) de la DNUM", concepts: ['ropa:DirectoryManagement'] },
  { at: '001:33', text: "Attribution de certificats d'authentification aux agents", concepts: ['dpv:IdentityAuthentication'] },
  { at: '001:50', text: "Le contrôle d'honorabilité a pour but de vérifier que les personnes qui exercent certaines fonctions n'ont pas été condamnées", concepts: ['ropa:IntegrityCheck'] },
  { at: '001:55', text: "Permettre l'accès au WIFI pour les invités dans les locaux de l'administration centrale", concepts: ['dpv:TechnicalServiceProvision'] },
  { at: '002:10', text: "Permettre la délivrance … aux personnes vaccinées et, le cas échéant, leur orientation vers un parcours de soins adaptés", concepts: ['dpv:ImproveHealthcare'] },
  { at: '002:20', text: "Réservation d'une place dans un bureau", concepts: ['dpv:InternalResourceOptimisation'] },
  { at: '003:30', text: "Faciliter l'accès aux droits pour les personnes sans domicile stable en simplifiant la gestion de la domiciliation.", concepts: ['ropa:SocialSupport'] },
  { at: '003:35', text: "Mettre en place un service unique d'instruction des dossiers", concepts: ['ropa:PublicServiceProvision'] },
  { at: '003:69', text: 'Améliorer les connaissances des jeunes sur la sexualité et la santé sexuelle', concepts: ['dpv:ImproveHealthcare'] },
  { at: '004:39', text: "Faire les demandes d'habilitation TS ou S à la DGSI", concepts: ['dpv:ProtectionOfNationalSecurity'] },
  { at: '004:69', text: 'Enrôlement des utilisateurs. Traçabilité et imputabilité des accès et des actions', concepts: ['dpv:AccountManagement', 'dpv:EnforceSecurity', 'dpv:EnforceAccessControl'] },
  { at: '004:84', text: 'Sécuriser les postes de travail du ministère.', concepts: ['dpv:EnforceSecurity', 'ropa:WorkToolProvision'] },
  { at: '004:145', text: 'Exploiter les logs du VPN', concepts: ['dpv:ServiceMonitoring'] },
  { at: '004:189', text: "Fournir des ressources informatiques pré-configurées aux entités du ministère de l'intérieur.", concepts: ['dpv:TechnicalServiceProvision'] },
  { at: '004:264', text: 'Suivre le processus de recrutement', concepts: ['dpv:RecruitmentManagement'] },
  { at: '004:264', text: 'Anticiper les arrivées', concepts: ['dpv:PersonnelOnboarding'] },
  { at: '004:249', text: 'Revalorisation', concepts: ['dpv:PersonnelPayment'] },
  { at: '004:294', text: 'Fichier nominatif de suivi des astreintes et interventions faites par les agents en astreinte', concepts: ['dpv:PersonnelWorkloadManagement'] },
  { at: '004:369', text: 'Etre en capacité de répondre aux réquisitions judiciaires sur la base de la loi du 23 janvier 2006.', concepts: ['dpv:LegalCompliance'] },
  { at: '004:429', text: 'Messagerie sécurisée de commandement', concepts: ['dpv:ProtectionOfPublicSecurity', 'dpv:CommunicationManagement'] },
  { at: '004:519', text: "Explorer la donnée immatriculation pour identifier de nouveaux cas d'usage de valorisation des données.", concepts: ['dpv:ResearchAndDevelopment'] },
  { at: '01a:40', language: 'en', text: 'Select staff for the EDPS Secretariat and the EDPB Secretariat.', concepts: ['dpv:RecruitmentApplicantSelection'] },
  { at: '05:44', language: 'en', text: 'Payment of invoices for services', concepts: ['dpv:VendorPayment'] },
  { at: '05:45', language: 'en', text: 'Budgetary follow-up', concepts: ['dpv:OrganisationGovernance'] },
  { at: '57:34', language: 'en', text: 'The first step is to provide data in a form. Once done, you will receive a code and an invitation to verify your identity online.', concepts: ['dpv:IdentityVerification'] },
  // Words of one language are not read in the other: "Budgetary follow-up" is no French purpose.
  { at: '-', text: 'Budgetary follow-up', concepts: [] },
];

/** What the security measures item says (004, EU records), and the measure concepts it falls under. */
const measures: readonly { at: string; text: string; concepts: readonly string[]; language?: 'fr' | 'en' }[] = [
  { at: '004:49', text: 'Fichiers stockés sur un partage réseau sécurisé et hébergé dans les datacenter du MIOM', concepts: ['dpv:FileSystemSecurity', 'ropa:HostingInOwnDataCentre'] },
  { at: '004:64', text: 'Bases de données sécurisée et hébergée dans les datacenter du MIOM', concepts: ['ropa:DatabaseSecurity', 'ropa:HostingInOwnDataCentre'] },
  { at: '004:199', text: 'Infrastructure sécurisée et hébergée dans les datacenter du MIOM.', concepts: ['dpv:SecurityMethod', 'ropa:HostingInOwnDataCentre'] },
  { at: '004:469', text: 'Bases de données sécurisée et hébergée dans les datacenter du MIOM. AIPD validée le 13 septembre 2021. Homologation SSI le 12 avril 2023 pour trois ans.', concepts: ['ropa:DatabaseSecurity', 'ropa:HostingInOwnDataCentre', 'dpv:DPIA', 'dpv:SecurityAssessment'] },
  { at: '01a:113', language: 'en', text: 'Electronic file: applications from candidate are kept in the functional mailbox, which has restricted access to the HR colleagues. Paper file : are stored in a cupboard in a locked office to which only a restricted of HR colleagues have access on a need-to-know basis.', concepts: ['dpv:AccessControlMethod', 'dpv:PhysicalSecureStorage', 'dpv:PhysicalAccessControlMethod'] },
  { at: '05:66', language: 'en', text: 'Access to your data is granted on a "need-to-know" basis to authorized personnel, who comply with their statutory obligations and, where necessary, additional confidentiality agreements.', concepts: ['dpv:AccessControlMethod', 'dpv:ConfidentialityAgreement'] },
];

describe('classifying purposes and measures with ontology/rules/', () => {
  let classify: TreatmentClassifier;
  beforeAll(async () => {
    classify = createTreatmentClassifier(await loadConceptRules());
  });

  it.each(purposes)('purpose $at "$text" → $concepts', ({ text, concepts, language }) => {
    const [result] = classify({ title: '', purposes: [text] }, language ?? 'fr').purposeConcepts;
    expect(result?.concepts).toEqual(concepts);
    expect(result?.from).toBe('statement');
  });

  it.each(measures)('measures $at → $concepts', ({ text, concepts, language }) => {
    expect(classify({ title: '', purposes: [], security: text }, language ?? 'fr').measureConcepts).toEqual(concepts);
  });

  it('gives a lead-in the concepts of the items it introduces (001:62 "Socle Solen permettant de :")', () => {
    const result = classify({
      title: 'Socle Enquêtes SOLEN',
      purposes: ['Socle Solen permettant de :', 'mener des enquêtes en matière de politique publique', 'et de gérer les publics cibles correspondants pour envoi'],
    }, 'fr').purposeConcepts;
    expect(result[0]).toEqual({ concepts: ['dpv:PublicPolicyMaking', 'dpv:CommunicationManagement'], from: 'list' });
  });

  it('gives an item that names no concept those of its treatment\'s title (004:338-342 FR-Alert, 57 "The process consists of two steps:")', () => {
    expect(classify({ title: 'FR-ALERT - Inscription/désinscription au portail citoyen', purposes: ['désinscription'] }, 'fr').purposeConcepts[0])
      .toEqual({ concepts: ['dpv:ServiceRegistration'], from: 'statement' });
    expect(classify({ title: 'Use of Corporate Credit Card by Staff', purposes: ['The process consists of two steps:'] }, 'en').purposeConcepts[0])
      .toEqual({ concepts: ['dpv:PaymentManagement'], from: 'title' });
  });

  it('leaves a purpose no word places unclassified, saying so (003:70 "Encourager des comportements responsables.")', () => {
    expect(classify({ title: 'TumePlay', purposes: ['Encourager des comportements responsables.'] }, 'fr').purposeConcepts[0]).toEqual({ concepts: [], from: 'statement' });
  });
});
