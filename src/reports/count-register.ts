// What the summaries count for a register: treatments, and those an auditor looks at first.
import type { RegisterReport } from './cnil-report.ts';

export interface RegisterCounts {
  treatments: number;
  /** Treatments with at least one sensitive data category. */
  sensitive: number;
  /** Treatments whose register mentions an impact assessment. */
  dpia: number;
  /** Treatments with no retention period in the graph. */
  noRetention: number;
}

export function countRegister(register: RegisterReport): RegisterCounts {
  const ts = register.treatments;
  return {
    treatments: ts.length,
    sensitive: ts.filter((t) => t.cells.dataCategories.values.some((v) => v.sensitive)).length,
    dpia: ts.filter((t) => t.cells.dpia.values.length > 0).length,
    noRetention: ts.filter((t) => t.cells.retention.values.length === 0 || t.cells.retention.verbatim).length,
  };
}
