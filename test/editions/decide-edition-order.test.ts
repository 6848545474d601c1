// Tests the ordering decision of the DNUM editions: 002 is the older, on evidence read in the texts, whatever the file names.
import { copyFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_REGISTERS_DIR } from '../../src/config/project-paths.ts';
import { alignTreatments } from '../../src/editions/align-treatments.ts';
import { createTitleReader } from '../../src/editions/create-title-reader.ts';
import { decideEditionOrder, type OrderDecision } from '../../src/editions/decide-edition-order.ts';
import { findEditions } from '../../src/editions/find-editions.ts';
import { findMentionedDates } from '../../src/editions/find-mentioned-dates.ts';
import { loadTypedRegisters } from '../../src/editions/load-typed-registers.ts';
import { DNUM_NEW, DNUM_OLD, loadDnumEditions, type DnumEditions } from './load-dnum-editions.ts';

describe('which DNUM edition is the older', () => {
  let data: DnumEditions;
  let decision: OrderDecision;
  beforeAll(async () => {
    data = await loadDnumEditions();
    decision = decideEditionOrder(data.r001, data.r002, alignTreatments(data.r001, data.r002, createTitleReader(data.catalogues.system)), data.catalogues.system);
  });

  it('decides that 001 revises 002', () => {
    expect(decision.newer).toBe(DNUM_NEW);
    expect(decision.older).toBe(DNUM_OLD);
    expect(decision.tally).toEqual({ [DNUM_NEW]: 4, [DNUM_OLD]: 1 });
  });

  it('rests first on the PSSI statement: "respectent" in 001, "respectaient" in 002', () => {
    const tense = decision.signals.find((s) => s.kind === 'verb-tense')!;
    expect(tense.newer).toBe(DNUM_NEW);
    expect(tense.weight).toBe(3);
    expect(tense.description).toContain('« respectent »');
    expect(tense.description).toContain('« respectaient »');
  });

  it('finds no later date in either edition: both only cite the PSSI-MCAS order of 27/10/2015', () => {
    expect(findMentionedDates(data.r001)).toEqual(['2015-10-27']);
    expect(findMentionedDates(data.r002)).toEqual(['2015-10-27']);
    const dates = decision.signals.find((s) => s.kind === 'latest-date')!;
    expect(dates.newer).toBeUndefined();
    expect(dates.description).toContain('27/10/2015');
  });

  it('counts retention periods (21 of 22 treatments in 001, 9 of 18 in 002) and reports the counter-signal of spellings', () => {
    const coverage = decision.signals.find((s) => s.kind === 'retention-coverage')!;
    expect(coverage.newer).toBe(DNUM_NEW);
    expect(coverage.description).toMatch(/21 traitements sur 22 .* 9 sur 18/);
    const spelling = decision.signals.find((s) => s.kind === 'spelling')!;
    expect(spelling.newer).toBe(DNUM_OLD);
    expect(spelling.description).toContain('« Hydre » / « Hyde »');
    expect(spelling.description).toContain('« Pégase » / « Pegase »');
  });

  it('gives a French reason that names the decision and every signal', () => {
    expect(decision.reason).toMatch(/^001-16106fe6b7c9f12d est l'édition la plus récente et 002-f61adf4d39622cae l'édition antérieure/);
    for (const word of ['Temps des verbes', 'Dates', 'Durées de conservation', 'Graphies']) expect(decision.reason).toContain(word);
  });

  it('reaches the same decision with the registers given the other way round', () => {
    const reverse = decideEditionOrder(data.r002, data.r001, alignTreatments(data.r002, data.r001, createTitleReader(data.catalogues.system)), data.catalogues.system);
    expect([reverse.newer, reverse.older]).toEqual([DNUM_NEW, DNUM_OLD]);
  });

  it('finds the pair among all the registers by owner: 003 (the DNUM\'s Fabrique) shares the owner but no treatment', () => {
    const editions = findEditions(data.registers, data.catalogues.system);
    expect(editions.map((e) => [e.newer.slug, e.older.slug, e.ordered, e.alignment.pairs.length])).toEqual([[DNUM_NEW, DNUM_OLD, true, 16]]);
    expect(data.registers.find((r) => r.slug.startsWith('003'))!.owners).toContain('dnum');
  });

  it('reads the order in the texts, not in the file names: swapped names give the same edition as newer', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ropa-editions-'));
    // 001's text under a name that sorts last, 002's under one that sorts first.
    await copyFile(join(DEFAULT_REGISTERS_DIR, '001_16106fe6b7c9f12d.txt'), join(dir, 'zz_edition.txt'));
    await copyFile(join(DEFAULT_REGISTERS_DIR, '002_f61adf4d39622cae.txt'), join(dir, 'aa_edition.txt'));
    const typed = await loadTypedRegisters([join(dir, 'aa_edition.txt'), join(dir, 'zz_edition.txt')]);
    const [edition] = findEditions(typed.registers, typed.catalogues.system);
    expect(edition?.newer.slug).toBe('zz-edition');
    expect(edition?.older.slug).toBe('aa-edition');
  });
});
