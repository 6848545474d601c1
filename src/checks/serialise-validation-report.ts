// The SHACL validation report in Turtle, with the reference date it was computed for stated in its header.
import { Writer, type Quad } from 'n3';
import { PREFIXES, ropaShapes, sh } from '../vocab/namespaces.ts';
import { separateFinalDots } from '../rdf/separate-final-dots.ts';

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

export function serialiseValidationReport(quads: readonly Quad[], asOf: string): Promise<string> {
  const writer = new Writer({ format: 'text/turtle', prefixes: REPORT_PREFIXES });
  writer.addQuads([...quads]);
  return new Promise((resolve, reject) => {
    writer.end((error: Error | null, body: string) => {
      if (error) reject(error);
      // The date is no triple of the SHACL vocabulary: a comment keeps the report pure SHACL and still says it.
      else resolve(`# Rapport de validation SHACL des registres (ropa check), date de référence ${asOf}.\n${separateFinalDots(body)}`);
    });
  });
}
