// Turns the shape template into shapes for one reference date: each ropa-sh:cutOffDate becomes an xsd:date literal.
import { DataFactory, type Quad } from 'n3';
import { ropaShapes, xsd } from '../vocab/namespaces.ts';
import { subtractDuration } from './subtract-duration.ts';

const { literal, quad } = DataFactory;

/**
 * A shape with `ropa-sh:maxAge "P3Y"` gets, in place of the placeholder object ropa-sh:cutOffDate, the date
 * `asOf - maxAge`: the date is an RDF term put in the graph, never text spliced into Turtle or SPARQL.
 */
export function bindCutOffDates(template: readonly Quad[], asOf: string): Quad[] {
  const maxAges = new Map<string, string>();
  for (const q of template) if (q.predicate.equals(ropaShapes.maxAge)) maxAges.set(q.subject.value, q.object.value);
  return template.map((q) => {
    if (!q.object.equals(ropaShapes.cutOffDate)) return q;
    const maxAge = maxAges.get(q.subject.value);
    if (maxAge === undefined) throw new Error(`shape <${q.subject.value}> uses ropa-sh:cutOffDate but has no ropa-sh:maxAge`);
    return quad(q.subject, q.predicate, literal(subtractDuration(asOf, maxAge), xsd.date), q.graph);
  });
}
