// The SHACL validation report in Turtle, with the reference date it was computed for stated in its header.
import type { Quad } from 'n3';
import { PREFIXES, ropaShapes, sh } from '../vocab/namespaces.ts';
import { writeN3 } from '../rdf/write-n3.ts';

const REPORT_PREFIXES = {
  sh: sh.$iri,
  'ropa-sh': ropaShapes.$iri,
  rdf: PREFIXES.rdf,
  xsd: PREFIXES.xsd,
  dct: PREFIXES.dct,
  dpv: PREFIXES.dpv,
  pd: PREFIXES.pd,
  loc: PREFIXES.loc,
};

export async function serialiseValidationReport(quads: readonly Quad[], asOf: string): Promise<string> {
  const body = await writeN3(quads, { format: 'Turtle', prefixes: REPORT_PREFIXES });
  // The date is no triple of the SHACL vocabulary: a comment keeps the report pure SHACL and still says it.
  return `# Rapport de validation SHACL des registres (ropa check), date de référence ${asOf}.\n${body}`;
}
