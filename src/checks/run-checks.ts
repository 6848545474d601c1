// Runs the compliance shapes on the graph with shacl-engine: the typed report and the SHACL validation report.
import { DataFactory, Store, type Quad } from 'n3';
import { Validator, type ValidatorFactory } from 'shacl-engine';
import { targetResolvers } from 'shacl-engine/sparql.js';
import { buildCheckReport } from './build-check-report.ts';
import type { CheckReport } from './check-report.ts';
import { loadDataGraph, type DataGraphSource } from './load-data-graph.ts';
import { loadShapes } from './load-shapes.ts';
import { createJurisdictionMessageResolver } from './resolve-jurisdiction-message.ts';
import { sh } from '../vocab/namespaces.ts';

/** n3's terms, and its Store for the datasets the engine builds (the report). */
const FACTORY: ValidatorFactory = { ...DataFactory, dataset: (quads?: Quad[]) => new Store(quads) };

export interface RunChecksOptions {
  /** Where the data comes from; `dataset` when it is already loaded (the server keeps it between dates). */
  readonly data: DataGraphSource | { readonly dataset: Store };
  /** Reference date YYYY-MM-DD of the freshness checks (see asOfSchema). */
  readonly asOf: string;
  /** Folder of the shapes; default ontology/shapes. */
  readonly shapesDir?: string;
}

export interface CheckRun {
  readonly report: CheckReport;
  /** The sh:ValidationReport as the engine wrote it. */
  readonly validationReport: readonly Quad[];
}

export async function runChecks(options: RunChecksOptions): Promise<CheckRun> {
  const [shapes, data] = await Promise.all([
    loadShapes(options.asOf, options.shapesDir),
    'dataset' in options.data ? options.data.dataset : loadDataGraph(options.data),
  ]);
  const shapesStore = new Store([...shapes]);
  // SPARQL targets (SHACL-AF) let a check narrow its treatments in one query for the whole graph, where a
  // sh:sparql constraint would run one query per treatment.
  const validator = new Validator(shapesStore, { factory: FACTORY, targetResolvers });
  const engineReport = await validator.validate({ dataset: data });
  const report = buildCheckReport({ asOf: options.asOf, shapes, shapesStore, data, results: engineReport.results });
  return { report, validationReport: applyJurisdictionMessages([...engineReport.dataset] as Quad[], shapesStore, data) };
}

/** The SHACL report says what the typed report says: a result about an EU institution cites Regulation (EU) 2018/1725. */
function applyJurisdictionMessages(quads: Quad[], shapes: Store, data: Store): Quad[] {
  const resolve = createJurisdictionMessageResolver(shapes, data);
  const report = new Store(quads);
  const replaced = new Map<string, string>();
  for (const result of report.getSubjects(sh.resultMessage, null, null)) {
    const shape = report.getObjects(result, sh.sourceShape, null)[0];
    const focus = report.getObjects(result, sh.focusNode, null)[0];
    const message = shape && focus ? resolve(shape, focus) : undefined;
    if (message !== undefined) replaced.set(result.value, message);
  }
  if (replaced.size === 0) return quads;
  return quads.map((q) => {
    const message = q.predicate.equals(sh.resultMessage) ? replaced.get(q.subject.value) : undefined;
    return message === undefined ? q : DataFactory.quad(q.subject, q.predicate, DataFactory.literal(message, 'fr'), q.graph);
  });
}
