// The typed result of the compliance checks, as the CLI prints it and /checks serves it in JSON.

/** SHACL's three severities, in decreasing order of gravity. */
export const SEVERITIES = ['violation', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** One check: a shape of ontology/shapes/, as declared there. */
export interface CheckDefinition {
  /** The shape's dct:identifier, e.g. "missing-retention". */
  readonly id: string;
  /** IRI of the shape. */
  readonly shape: string;
  readonly severity: Severity;
  /** French sh:name and sh:message. */
  readonly name: string;
  readonly message: string;
  /** Results of this check in the report. */
  readonly count: number;
}

export interface RegisterRef {
  /** IRI of the register ("" for treatments outside any register). */
  readonly iri: string;
  readonly title: string;
  /** The register file the graph was built from, when known. */
  readonly file: string | undefined;
}

export interface CheckValue {
  readonly termType: 'NamedNode' | 'BlankNode' | 'Literal';
  /** IRI, blank node label or lexical form. */
  readonly value: string;
  /** What a reader sees: a French label or description of the node, or the literal itself. */
  readonly label: string;
}

export interface CheckResult {
  readonly check: string;
  readonly checkName: string;
  readonly severity: Severity;
  readonly message: string;
  /** IRI of the treatment (the SHACL focus node). */
  readonly focusNode: string;
  readonly treatment: string;
  readonly register: RegisterRef;
  /** The offending value (a data category, a duration, a date…), when the check names one. */
  readonly value: CheckValue | undefined;
}

export type SeverityCounts = Record<Severity, number>;

export interface RegisterGroup extends RegisterRef {
  readonly counts: SeverityCounts;
  /** Only the severities with results, most serious first. */
  readonly severities: readonly { readonly severity: Severity; readonly results: readonly CheckResult[] }[];
}

export interface CheckReport {
  /** Reference date of the freshness checks (YYYY-MM-DD). */
  readonly asOf: string;
  /** True when no result at all, as sh:conforms. */
  readonly conforms: boolean;
  /** Treatments (dpv:PersonalDataProcess) checked. */
  readonly treatments: number;
  readonly counts: SeverityCounts & { readonly total: number };
  readonly checks: readonly CheckDefinition[];
  /** Every register of the graph, results grouped by severity. */
  readonly registers: readonly RegisterGroup[];
  readonly results: readonly CheckResult[];
}

/** French names of the severities, singular and plural, as the page and the CLI show them. */
export const SEVERITY_LABELS: Record<Severity, { one: string; many: string }> = {
  violation: { one: 'violation', many: 'Violations' },
  warning: { one: 'avertissement', many: 'Avertissements' },
  info: { one: 'information', many: 'Informations' },
};

/** "1 violation", "3 avertissements": French uses the singular for 0 and 1. */
export function formatCount(count: number, severity: Severity): string {
  return `${count} ${count <= 1 ? SEVERITY_LABELS[severity].one : SEVERITY_LABELS[severity].many.toLowerCase()}`;
}
