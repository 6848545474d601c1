// The bench's synthetic registers: zod-valid, deterministic for a seed, statistically close to the real registers.
import { beforeAll, describe, expect, it } from 'vitest';
import { Parser } from 'n3';
import { registerSchema, type Register } from '../../src/model/treatment.ts';
import type { Catalogues } from '../../src/model/load-catalogues.ts';
import { createIriMinter } from '../../src/rdf/mint-iris.ts';
import { mapRegister } from '../../src/rdf/map-register.ts';
import { serialiseTurtle } from '../../src/rdf/serialise-turtle.ts';
import { generateRegisters } from '../../bench/lib/generate-registers.ts';
import { loadRealRegisters } from '../../bench/lib/load-real-registers.ts';
import { LIST_KEYS, measureRegisterStats, type RegisterStats } from '../../bench/lib/measure-register-stats.ts';
import { summariseRegisters, type RegisterSummary } from '../../bench/lib/summarise-registers.ts';

const TREATMENTS = 5000;

describe('synthetic registers', () => {
  let real: Register[];
  let catalogues: Catalogues;
  let stats: RegisterStats;
  let synthetic: Register[];
  let realSummary: RegisterSummary;
  let syntheticSummary: RegisterSummary;

  beforeAll(async () => {
    ({ registers: real, catalogues } = await loadRealRegisters());
    stats = measureRegisterStats(real);
    synthetic = [...generateRegisters(stats, { treatments: TREATMENTS, seed: 'test' })];
    realSummary = summariseRegisters(real);
    syntheticSummary = summariseRegisters(synthetic);
  });

  it('are valid typed registers of 50 to 500 treatments, as many as asked', () => {
    for (const register of synthetic) {
      const parsed = registerSchema.safeParse(register);
      expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
      expect(register.treatments.length).toBeGreaterThanOrEqual(50);
      expect(register.treatments.length).toBeLessThanOrEqual(500);
      expect(new Set(register.treatments.map((t) => t.slug)).size).toBe(register.treatments.length);
    }
    expect(synthetic.reduce((n, r) => n + r.treatments.length, 0)).toBe(TREATMENTS);
    expect(new Set(synthetic.map((r) => r.slug)).size).toBe(synthetic.length);
  });

  it('go through our mapping and Turtle writer', async () => {
    const iris = createIriMinter('http://bench.ropa-graph.invalid/');
    const register = synthetic[0]!;
    const turtle = await serialiseTurtle(mapRegister(register, catalogues, iris), iris.base);
    const quads = new Parser({ format: 'text/turtle' }).parse(turtle);
    expect(quads.length).toBeGreaterThan(register.treatments.length * 50);
  });

  it('are the same for the same seed and differ for another seed', () => {
    const again = [...generateRegisters(stats, { treatments: 1000, seed: 'test' })];
    const same = [...generateRegisters(stats, { treatments: 1000, seed: 'test' })];
    const other = [...generateRegisters(stats, { treatments: 1000, seed: 'other' })];
    expect(JSON.stringify(same)).toBe(JSON.stringify(again));
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(again));
  });

  it('have as many purposes, categories, subjects, recipients, systems and statements per treatment as the real ones', () => {
    for (const key of [...LIST_KEYS, 'purposes', 'retention'] as const) {
      const want = realSummary.meanCounts[key];
      const got = syntheticSummary.meanCounts[key];
      expect(Math.abs(got - want), `${key}: ${got} vs ${want}`).toBeLessThanOrEqual(Math.max(0.1 * want, 0.05));
    }
  });

  it('use the same catalogue entries as often (shared systems dominate)', () => {
    for (const key of ['systems', 'dataCategories', 'dataSubjects', 'recipients', 'legalBases'] as const) {
      const top = Object.entries(realSummary.shares[key])
        .sort((a, b) => b[1] - a[1])
        .slice(0, 5);
      for (const [id, share] of top) {
        const got = syntheticSummary.shares[key][id] ?? 0;
        expect(Math.abs(got - share), `${key} ${id}: ${got} vs ${share}`).toBeLessThanOrEqual(Math.max(0.2 * share, 0.02));
      }
      // Nothing the real registers never name.
      for (const id of Object.keys(syntheticSummary.shares[key])) expect(realSummary.shares[key][id], `${key} ${id}`).toBeDefined();
    }
  });

  it('have the same retention kinds, legal bases, update dates and DPIA mentions', () => {
    for (const [kind, share] of Object.entries(realSummary.retentionKinds)) {
      expect(Math.abs((syntheticSummary.retentionKinds[kind] ?? 0) - share), kind).toBeLessThanOrEqual(0.04);
    }
    for (const rate of ['lastUpdate', 'dated', 'dpia', 'transferStated'] as const) {
      expect(Math.abs(syntheticSummary.rates[rate] - realSummary.rates[rate]), rate).toBeLessThanOrEqual(0.04);
    }
    const [first, last] = realSummary.dateRange!;
    const margin = 61 * 86_400_000;
    expect(Date.parse(syntheticSummary.dateRange![0])).toBeGreaterThanOrEqual(Date.parse(first) - margin);
    expect(Date.parse(syntheticSummary.dateRange![1])).toBeLessThanOrEqual(Date.parse(last) + margin);
  });

  it('have verbatim texts of plausible length', () => {
    for (const key of ['meanTitleLength', 'meanPurposeLength', 'meanFieldsLength'] as const) {
      expect(Math.abs(syntheticSummary[key] - realSummary[key]) / realSummary[key], key).toBeLessThanOrEqual(0.15);
    }
  });
});
