// Builds small, valid miom-blocks registers as line arrays, so each test case is one visible edit away.

export interface SyntheticTreatment {
  readonly activity: string;
  readonly number: string;
  readonly title: string;
}

/**
 * Line numbers (1-based) of the result: 1 title, 3 "Responsable de traitement :", 4 controller,
 * then for block k (0-based) the ACTIVITE line at 6 + 15k, TRAITEMENT at 7 + 15k, fields at
 * 8 + 15k … 19 + 15k (purposes first, last update last) and a blank line at 20 + 15k.
 */
export function buildRegisterLines(treatments: readonly SyntheticTreatment[]): string[] {
  const lines = ['REGISTRE DES ACTIVITES DE TRAITEMENTS DE TEST', '', 'Responsable de traitement :', 'M. le Directeur', ''];
  for (const treatment of treatments) {
    lines.push(
      `ACTIVITE n° ${treatment.activity}\t\tActivité ${treatment.activity}`,
      `TRAITEMENT n° ${treatment.number}\t\t${treatment.title}`,
      `Finalité du traitement\tFinalité ${treatment.number}\t`,
      'Base de licéité - RGPD\tRGPD Article 6 (1) f\t',
      'Base de licéité - Titre III LIL (police-justice)\tNon\t',
      "Base de licéité - Titre IV LIL (renseignement, sûreté de l'Etat)\tNon\t",
      'Fondement juridique (n° de déclaration antérieure CNIL si connue)\tSans objet\t',
      'Catégories de personnes concernées\tAgents\t',
      'Catégories de données\tNom, prénom\t',
      'Catégorie des destinataires des données\tBRH\t',
      'Existence de transferts de données hors UE\tNon\t',
      'Durée de conservation prévue des données\t1 an\t',
      'Mesures organisationnelles et techniques assurant la sécurité et la confidentialité des données conservées\tChiffrement\t',
      'Date de dernière mise à jour\t01/02/2023\t',
      '',
    );
  }
  return lines;
}
