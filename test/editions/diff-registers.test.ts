// Tests the diff of the DNUM editions on changes read by hand in both files: Collecte-Pro's retention, SI honorabilité's controllers.
import { beforeAll, describe, expect, it } from 'vitest';
import { diffRegisters, type RegisterDiff, type RetentionChange, type SetChange, type TextChange } from '../../src/editions/diff-registers.ts';
import { DNUM_NEW, DNUM_OLD, loadDnumEditions, type DnumEditions } from './load-dnum-editions.ts';

describe('diff of the DNUM editions, from the older (002) to the newer (001)', () => {
  let data: DnumEditions;
  let diff: RegisterDiff;
  beforeAll(async () => {
    data = await loadDnumEditions();
    diff = diffRegisters(data.r002, data.r001, data.catalogues);
  });
  const changesOf = (slug: string) => diff.changed.find((t) => t.to.slug === slug)!.changes;

  it('lists the treatments added by 001 and those it dropped', () => {
    expect(diff.editions).toBe(true);
    expect(diff.order?.older).toBe(DNUM_OLD);
    expect(diff.added.map((t) => t.title)).toEqual([
      '6PO - Outil Partagé des Pilotages des Plans, Programmes, Projets et Parcours',
      'Fiche Commune Entreprise',
      'Gestion des certificats ImageV2',
      'Mailoop Infobésité (analyse statistiques échanges, messages, réunions)',
      'Service WIFI invités',
      'VODMCAS - Stockage et diffusion de fichiers multimédias',
    ]);
    expect(diff.removed.map((t) => t.title)).toEqual(['Base séquestre données de vaccination covid-19', 'DIGIMO-Cobundu - Réservation de postes de travail']);
    expect(diff.changed.length + diff.unchanged.length).toBe(16);
  });

  it('shows Collecte-Pro losing "conservée 1 an après la fermeture de l\'espace" (P1Y) for "Durée limitée à l\'utilisation de l\'application"', () => {
    const retention = changesOf('02-collecte-pro').find((c): c is RetentionChange => c.kind === 'retention')!;
    expect(retention.removed.map((r) => r.text)).toEqual(["Infos limitées à durée l'utilisation de l'application", "conservée 1 an après la fermeture de l'espace"]);
    expect(retention.added).toEqual([{ text: "Durée limitée à l'utilisation de l'application", kind: 'until-event' }]);
    expect(retention.durationsRemoved).toEqual(['P1Y']);
    expect(retention.durationsAdded).toEqual([]);
    // 002 names the host and super-administrators (Cegedim, Cat-Amania); 001 no longer does.
    const recipients = changesOf('02-collecte-pro').find((c): c is SetChange => c.kind === 'set' && c.field === 'recipients')!;
    expect(recipients.removed.map((e) => e.id)).toEqual(['cegedim', 'cat-amania']);
  });

  it('shows SI honorabilité gaining the DGCS as a joint controller, in the recognised ids and in the verbatim cell', () => {
    const changes = changesOf('17-si-honorabilite');
    const controllers = changes.find((c): c is SetChange => c.kind === 'set' && c.field === 'controllers')!;
    expect(controllers.added).toEqual([{ id: 'dgcs', label: 'Direction générale de la cohésion sociale' }]);
    expect(controllers.removed).toEqual([]);
    const text = changes.find((c): c is TextChange => c.kind === 'text' && c.field === 'controllers')!;
    expect(text.before).toBe('Direction des Sports - Direction de la jeunesse - ARS - DNUM');
    expect(text.after).toBe('DNUM - Direction des Sports - Direction de la jeunesse - ARS ; Direction Santé ; DGCS ; DNUM');
    expect(text.words.hunks.map((h) => h.inserted).join(' ')).toContain('DGCS');
    // Its retention gains nothing new but loses the B2/FIJAIS returns (6 months, 15 days in practice).
    const retention = changes.find((c): c is RetentionChange => c.kind === 'retention')!;
    expect(retention.durationsRemoved).toEqual(['P15D', 'P4Y', 'P6M']);
    expect(retention.durationsAdded).toEqual(['P3Y']);
  });

  it('shows the register heading changes: the title and the PSSI statement\'s tense', () => {
    const title = diff.register.find((c) => c.field === 'registerTitle')!;
    expect(title.words.hunks).toEqual([{ before: 'Direction du Numérique (DNUM)', deleted: '', inserted: 'en tant que responsable de traitement', after: '' }]);
    const security = diff.register.find((c) => c.label.includes('mesures de sécurité'))!;
    expect(security.words.hunks[0]).toMatchObject({ deleted: 'respectaient', inserted: 'respectent' });
  });

  it('is the mirror image when run the other way round', () => {
    const reverse = diffRegisters(data.r001, data.r002, data.catalogues);
    expect(reverse.added.map((t) => t.slug)).toEqual(diff.removed.map((t) => t.slug));
    expect(reverse.removed.map((t) => t.slug)).toEqual(diff.added.map((t) => t.slug));
    const controllers = reverse.changed.find((t) => t.from.slug === '17-si-honorabilite')!.changes.find((c): c is SetChange => c.kind === 'set' && c.field === 'controllers')!;
    expect(controllers.removed.map((e) => e.id)).toEqual(['dgcs']);
    expect(reverse.order?.newer).toBe(DNUM_NEW);
  });
});
