// Tests that the treatments of the two DNUM editions pair exactly as a reader of both files pairs them, and nothing more.
import { beforeAll, describe, expect, it } from 'vitest';
import { ALIGNMENT_THRESHOLD, alignTreatments, flipAlignment, type Alignment } from '../../src/editions/align-treatments.ts';
import { createTitleReader } from '../../src/editions/create-title-reader.ts';
import { scoreTreatmentPair } from '../../src/editions/score-treatment-pair.ts';
import { loadDnumEditions, type DnumEditions } from './load-dnum-editions.ts';

/**
 * Read by hand in data/registers/001_… and 002_…: the 16 treatments both editions describe, by their slugs
 * (001 → 002). "Hyde" (001) is the "Hydre" directory (002), "Pegase" is "Pégase", and 001's 12th treatment
 * is 002's 11th because 002 drops the ImageV2 certificates.
 */
const EXPECTED_PAIRS: readonly [string, string][] = [
  ['02-collecte-pro', '02-collecte-pro'],
  ['03-creation-de-contenu-professionnel-collaboratif-ou', '03-creation-de-contenu-professionnel-collaboratif-ou'],
  ['05-gestion-de-la-messagerie-et-des-agendas', '05-gestion-de-la-messagerie-et-des-agendas'],
  ['06-gestion-de-la-messagerie-professionnelle-office365', '06-gestion-de-la-messagerie-professionnelle-office365'],
  ['07-gestion-de-tickets-support-pass-itsm', '07-gestion-de-tickets-support-pass-itsm'],
  ['08-gestion-des-agendas-professionnels-office365', '08-gestion-des-agendas-professionnels-office365'],
  ['09-gestion-des-annuaires-hyde-polaris-eridan-orion', '09-gestion-des-annuaires-hydre-polaris-eridan-orion'],
  ['10-gestion-des-annuaires-professionnels-pour', '10-gestion-des-annuaires-professionnels-pour'],
  ['12-gestion-des-outils-de-communication-webconferences', '11-gestion-des-outils-de-communication-webconferences'],
  ['13-le-qui-fait-quoi-dnum', '12-le-qui-fait-quoi-dnum'],
  ['15-numobis', '13-numobis'],
  ['16-pegase-gestion-dematerialisee-de-courrier', '14-pegase-gestion-dematerialisee-de-courrier'],
  ['17-si-honorabilite', '15-si-honorabilite'],
  ['19-socle-enquetes-solen', '16-socle-enquetes-solen'],
  ['20-socle-espaces-collaboratifs-wss-ecu', '17-socle-espaces-collaboratifs-wss-ecu'],
  ['21-support-informatique', '18-support-informatique'],
];
/** 6PO, Fiche Commune Entreprise, ImageV2, Mailoop, WIFI invités, VODMCAS: in 001 only. */
const ONLY_001 = [
  '01-6po-outil-partage-des-pilotages-des-plans',
  '04-fiche-commune-entreprise',
  '11-gestion-des-certificats-imagev2',
  '14-mailoop-infobesite-analyse-statistiques-echanges',
  '18-service-wifi-invites',
  '22-vodmcas-stockage-et-diffusion-de-fichiers',
];
/** The covid-19 vaccination escrow base (DGS) and desk booking (DFAS): in 002 only. */
const ONLY_002 = ['01-base-sequestre-donnees-de-vaccination-covid-19', '04-digimo-cobundu-reservation-de-postes-de-travail'];

describe('alignment of the treatments of 001 and 002', () => {
  let data: DnumEditions;
  let alignment: Alignment;
  beforeAll(async () => {
    data = await loadDnumEditions();
    alignment = alignTreatments(data.r001, data.r002, createTitleReader(data.catalogues.system));
  });

  it('pairs exactly the 16 treatments both editions describe', () => {
    expect(alignment.pairs.map((p) => [p.left.slug, p.right.slug])).toEqual(EXPECTED_PAIRS);
  });

  it('aligns nothing else: the treatments of one edition only stay alone', () => {
    expect(alignment.onlyLeft.map((t) => t.slug)).toEqual(ONLY_001);
    expect(alignment.onlyRight.map((t) => t.slug)).toEqual(ONLY_002);
  });

  it('leaves a wide gap around the threshold: true pairs score 0.6 and more, any other pair under 0.3', () => {
    const readTitle = createTitleReader(data.catalogues.system);
    const paired = new Set(EXPECTED_PAIRS.map(([a, b]) => `${a} ${b}`));
    let weakestPair = 1;
    let strongestOther = 0;
    for (const a of data.r001.treatments) {
      for (const b of data.r002.treatments) {
        const { score } = scoreTreatmentPair(a, b, readTitle);
        if (paired.has(`${a.slug} ${b.slug}`)) weakestPair = Math.min(weakestPair, score);
        // Other pairs of two aligned treatments (the five Office365 ones) may score high: the one-to-one
        // pairing takes care of them. Treatments of one edition only must never come near the threshold.
        else if (ONLY_001.includes(a.slug) || ONLY_002.includes(b.slug)) strongestOther = Math.max(strongestOther, score);
      }
    }
    expect(weakestPair).toBeGreaterThanOrEqual(0.6);
    expect(strongestOther).toBeLessThan(0.3);
    expect(ALIGNMENT_THRESHOLD).toBeGreaterThan(strongestOther);
    expect(ALIGNMENT_THRESHOLD).toBeLessThan(weakestPair);
  });

  it('gives the evidence: shared systems, purpose words, and "Hyde" read as the Hydre directory', () => {
    const hydre = alignment.pairs.find((p) => p.left.slug.startsWith('09-'))!;
    expect(hydre.evidence.titleSimilarity).toBe(1);
    expect(hydre.evidence.sharedSystems).toEqual(['eridan', 'hydre', 'orion-mcas', 'polaris']);
    expect(hydre.evidence.spellingVariants).toEqual([{ system: 'hydre', left: 'Hyde', right: 'Hydre' }]);
    expect(hydre.evidence.sharedPurposeWords).toContain('annuaires');
    const pegase = alignment.pairs.find((p) => p.left.slug.startsWith('16-'))!;
    expect(pegase.evidence.titleSimilarity).toBe(1);
    // "Support Informatique": the same title, no system, purposes rewritten ("Gestion du personnel").
    const support = alignment.pairs.find((p) => p.left.slug === '21-support-informatique')!;
    expect(support.evidence.systemSimilarity).toBeUndefined();
    expect(support.evidence.purposeSimilarity).toBe(0);
    expect(support.evidence.score).toBeGreaterThan(ALIGNMENT_THRESHOLD);
  });

  it('is the same alignment whichever register comes first', () => {
    const reverse = alignTreatments(data.r002, data.r001, createTitleReader(data.catalogues.system));
    const flipped = flipAlignment(alignment);
    expect(reverse.pairs.map((p) => [p.left.slug, p.right.slug, p.evidence.score])).toEqual(flipped.pairs.map((p) => [p.left.slug, p.right.slug, p.evidence.score]));
    expect(reverse.onlyLeft.map((t) => t.slug)).toEqual(ONLY_002);
  });
});
