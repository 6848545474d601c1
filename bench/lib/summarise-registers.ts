// Summary figures of a set of registers, to compare synthetic registers with the real ones.
import type { Register } from '../../src/model/treatment.ts';
import { LIST_KEYS, type ListKey } from './measure-register-stats.ts';

export interface RegisterSummary {
  treatments: number;
  /** Mean items per treatment. */
  meanCounts: Record<ListKey | 'purposes' | 'retention', number>;
  /** Share of treatments naming each id, per list (e.g. systems.office365 = 0.08). */
  shares: Record<ListKey, Record<string, number>>;
  retentionKinds: Record<string, number>;
  /** Share of treatments with a dated / any last update, a DPIA mention, a stated transfer. */
  rates: { lastUpdate: number; dated: number; dpia: number; transferStated: number };
  meanTitleLength: number;
  meanPurposeLength: number;
  /** Mean verbatim length of all source fields of a treatment together. */
  meanFieldsLength: number;
  /** Earliest and latest last-update date. */
  dateRange: [string, string] | undefined;
}

export function summariseRegisters(registers: Iterable<Register>): RegisterSummary {
  const summariser = createRegisterSummariser();
  for (const register of registers) summariser.add(register);
  return summariser.finish();
}

/** The same, one register at a time (the bench summarises the registers it writes, without drawing them twice); finish once. */
export function createRegisterSummariser(): { add(register: Register): void; finish(): RegisterSummary } {
  const sums: Record<string, number> = {};
  const shares = Object.fromEntries(LIST_KEYS.map((k) => [k, {} as Record<string, number>])) as Record<ListKey, Record<string, number>>;
  const kinds: Record<string, number> = {};
  const rates = { lastUpdate: 0, dated: 0, dpia: 0, transferStated: 0 };
  let treatments = 0;
  let titles = 0;
  let purposeLength = 0;
  let purposeCount = 0;
  let retentionCount = 0;
  let fieldsLength = 0;
  const dates: string[] = [];
  const add = (register: Register) => {
    for (const t of register.treatments) {
      treatments++;
      for (const key of LIST_KEYS) {
        sums[key] = (sums[key] ?? 0) + t[key].length;
        for (const id of new Set(t[key])) shares[key][id] = (shares[key][id] ?? 0) + 1;
      }
      purposeCount += t.purposes.length;
      purposeLength += t.purposes.reduce((n, p) => n + p.length, 0);
      retentionCount += t.retention.length;
      for (const r of t.retention) kinds[r.kind] = (kinds[r.kind] ?? 0) + 1;
      if (t.lastUpdate) rates.lastUpdate++;
      if (t.lastUpdate?.date) {
        rates.dated++;
        dates.push(t.lastUpdate.date);
      }
      if (t.dpia.mentioned) rates.dpia++;
      if (t.transfer.stated !== 'not-stated') rates.transferStated++;
      titles += t.title.length;
      fieldsLength += t.fields.reduce((n, f) => n + f.text.length, 0);
    }
  };
  const finish = (): RegisterSummary => {
    const per = (n: number) => (treatments === 0 ? 0 : n / treatments);
    for (const key of LIST_KEYS) for (const id of Object.keys(shares[key])) shares[key][id] = per(shares[key][id]!);
    for (const kind of Object.keys(kinds)) kinds[kind] = retentionCount === 0 ? 0 : kinds[kind]! / retentionCount;
    dates.sort();
    return {
      treatments,
      meanCounts: {
        ...(Object.fromEntries(LIST_KEYS.map((k) => [k, per(sums[k] ?? 0)])) as Record<ListKey, number>),
        purposes: per(purposeCount),
        retention: per(retentionCount),
      },
      shares,
      retentionKinds: kinds,
      rates: { lastUpdate: per(rates.lastUpdate), dated: per(rates.dated), dpia: per(rates.dpia), transferStated: per(rates.transferStated) },
      meanTitleLength: per(titles),
      meanPurposeLength: purposeCount === 0 ? 0 : purposeLength / purposeCount,
      meanFieldsLength: per(fieldsLength),
      dateRange: dates.length > 0 ? [dates[0]!, dates[dates.length - 1]!] : undefined,
    };
  };
  return { add, finish };
}
