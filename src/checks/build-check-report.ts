// Reads the engine's results against the shapes and the data: who is concerned, in which register, and why.
import type { Quad, Store } from 'n3';
import type { Term } from '@rdfjs/types';
import type { ValidationResult } from 'shacl-engine';
import { dct, dpv, prov, rdf, rdfs, ropa, sh, skos } from '../vocab/namespaces.ts';
import { createJurisdictionMessageResolver } from './resolve-jurisdiction-message.ts';
import {
  SEVERITIES,
  type CheckDefinition,
  type CheckReport,
  type CheckResult,
  type CheckValue,
  type RegisterGroup,
  type RegisterRef,
  type Severity,
  type SeverityCounts,
} from './check-report.ts';

const SEVERITY_OF: ReadonlyMap<string, Severity> = new Map([
  [sh.Violation.value, 'violation'],
  [sh.Warning.value, 'warning'],
  [sh.Info.value, 'info'],
]);

const NO_REGISTER: RegisterRef = { iri: '', title: 'Traitements hors registre', file: undefined };

export interface CheckReportInput {
  readonly asOf: string;
  /** The shapes as loaded, in file order: the checks keep it. */
  readonly shapes: readonly Quad[];
  readonly shapesStore: Store;
  readonly data: Store;
  readonly results: readonly ValidationResult[];
}

export function buildCheckReport(input: CheckReportInput): CheckReport {
  const { data, shapesStore } = input;
  const definitions = readCheckDefinitions(input.shapes, shapesStore);
  const definitionOf = new Map(definitions.map((d) => [d.shape, d]));
  const registerOf = memoise((iri: string) => readRegister(data, iri));
  // An EU institution's record is checked against Regulation (EU) 2018/1725: its messages cite that regulation.
  const messageUnderLaw = createJurisdictionMessageResolver(shapesStore, data);

  const results: CheckResult[] = input.results.map((r) => {
    const shape = r.shape.ptr.term;
    const definition = shape ? definitionOf.get(shape.value) : undefined;
    // A result of a helper shape (no dct:identifier) would be a bug in the shapes: said, not hidden.
    if (!shape || !definition) throw new Error(`validation result from a shape that is no check: ${shape?.value ?? '(none)'}`);
    const focus = r.focusNode.term;
    if (!focus) throw new Error(`validation result of ${definition.id} without a focus node`);
    const registerIri = data.getObjects(focus, dct.isPartOf, null).find((o) => o.termType === 'NamedNode')?.value;
    return {
      check: definition.id,
      checkName: definition.name,
      severity: SEVERITY_OF.get(r.severity.value) ?? definition.severity,
      message: messageUnderLaw(shape, focus) ?? pickFrench(r.message) ?? definition.message,
      focusNode: focus.value,
      treatment: readLabel(data, focus, [dct.title, rdfs.label, skos.prefLabel]) ?? focus.value,
      register: registerIri ? registerOf(registerIri) : NO_REGISTER,
      value: r.value?.term ? describeValue(data, r.value.term) : undefined,
    };
  });

  const checkRank = new Map(definitions.map((d, i) => [d.id, i]));
  const ordinalOf = memoise((iri: string) => Number(data.getObjects(iri, ropa.ordinal, null)[0]?.value ?? Number.MAX_SAFE_INTEGER));
  results.sort(
    (a, b) =>
      compareRegisters(a.register, b.register) ||
      SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
      (checkRank.get(a.check) ?? 0) - (checkRank.get(b.check) ?? 0) ||
      ordinalOf(a.focusNode) - ordinalOf(b.focusNode) ||
      a.treatment.localeCompare(b.treatment, 'fr') ||
      (a.value?.label ?? '').localeCompare(b.value?.label ?? '', 'fr'),
  );

  const registers = new Map<string, RegisterRef>();
  for (const iri of data.getSubjects(rdf.type, dpv.ROPA, null)) registers.set(iri.value, registerOf(iri.value));
  for (const r of results) registers.set(r.register.iri, r.register);

  const counts = countSeverities(results);
  return {
    asOf: input.asOf,
    conforms: results.length === 0,
    treatments: data.getSubjects(rdf.type, dpv.PersonalDataProcess, null).length,
    counts: { ...counts, total: results.length },
    checks: definitions.map((d) => ({ ...d, count: results.filter((r) => r.check === d.id).length })),
    registers: [...registers.values()].sort(compareRegisters).map((register) => groupRegister(register, results)),
    results,
  };
}

/** Every shape with a dct:identifier is a check; shapes without one are building blocks of others. */
function readCheckDefinitions(shapes: readonly Quad[], store: Store): Omit<CheckDefinition, 'count'>[] {
  const seen = new Set<string>();
  const definitions: Omit<CheckDefinition, 'count'>[] = [];
  for (const q of shapes) {
    if (!q.predicate.equals(dct.identifier) || q.subject.termType !== 'NamedNode' || seen.has(q.subject.value)) continue;
    seen.add(q.subject.value);
    const severity = SEVERITY_OF.get(store.getObjects(q.subject, sh.severity, null)[0]?.value ?? sh.Violation.value);
    if (!severity) throw new Error(`check ${q.object.value}: sh:severity must be sh:Violation, sh:Warning or sh:Info`);
    definitions.push({
      id: q.object.value,
      shape: q.subject.value,
      severity,
      name: readLabel(store, q.subject, [sh.name, rdfs.label]) ?? q.object.value,
      message: readLabel(store, q.subject, [sh.message]) ?? '',
    });
  }
  return definitions.sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
}

function readRegister(data: Store, iri: string): RegisterRef {
  const source = data.getObjects(iri, prov.wasDerivedFrom, null)[0];
  const file = source ? data.getObjects(source, ropa.sourceFile, null)[0]?.value : undefined;
  return { iri, title: readLabel(data, iri, [dct.title, rdfs.label]) ?? iri, file };
}

function describeValue(data: Store, term: Term): CheckValue | undefined {
  if (term.termType === 'Literal') return { termType: 'Literal', value: term.value, label: term.value };
  if (term.termType !== 'NamedNode' && term.termType !== 'BlankNode') return undefined;
  const label = readLabel(data, term, [skos.prefLabel, rdfs.label, dct.title, dct.description]) ?? term.value;
  return { termType: term.termType, value: term.value, label };
}

/** The first predicate that has a literal wins; within it, French, then untagged, then any language. */
function readLabel(store: Store, subject: Term | string, predicates: readonly Term[]): string | undefined {
  for (const predicate of predicates) {
    const literals = store.getObjects(subject, predicate, null).filter((o) => o.termType === 'Literal');
    const text = pickFrench(literals);
    if (text !== undefined) return text;
  }
  return undefined;
}

function pickFrench(literals: readonly Term[]): string | undefined {
  const withLanguage = literals as readonly (Term & { language?: string })[];
  return (withLanguage.find((l) => l.language === 'fr') ?? withLanguage.find((l) => !l.language) ?? withLanguage[0])?.value;
}

function groupRegister(register: RegisterRef, results: readonly CheckResult[]): RegisterGroup {
  const own = results.filter((r) => r.register.iri === register.iri);
  return {
    ...register,
    counts: countSeverities(own),
    severities: SEVERITIES.map((severity) => ({ severity, results: own.filter((r) => r.severity === severity) })).filter((g) => g.results.length > 0),
  };
}

function countSeverities(results: readonly CheckResult[]): SeverityCounts {
  const counts: SeverityCounts = { violation: 0, warning: 0, info: 0 };
  for (const r of results) counts[r.severity] += 1;
  return counts;
}

/** By file name (000_…, 001_…: the registers' own order), then title; treatments outside a register last. */
function compareRegisters(a: RegisterRef, b: RegisterRef): number {
  if (a.iri === '' || b.iri === '') return Number(a.iri === '') - Number(b.iri === '');
  return (a.file ?? '\uffff').localeCompare(b.file ?? '\uffff') || a.title.localeCompare(b.title, 'fr') || a.iri.localeCompare(b.iri);
}

function memoise<T>(compute: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, compute(key));
    return cache.get(key) as T;
  };
}
