// Types for the parts of shacl-engine (plain JavaScript, no types shipped) that the checks use.
declare module 'shacl-engine' {
  import type { DataFactory, DatasetCore, Literal, Quad, Term } from '@rdfjs/types';

  /** A grapoi pointer: the engine hands out nodes of the data or shapes graph this way. */
  export interface GraphPointer {
    readonly term: Term | undefined;
    readonly terms: Term[];
  }

  export interface ValidationResult {
    readonly focusNode: GraphPointer;
    /** Absent for constraints about the focus node as a whole (sh:minCount…). */
    readonly value: GraphPointer | undefined;
    readonly severity: Term;
    readonly message: Literal[];
    readonly shape: { readonly ptr: GraphPointer };
    readonly constraintComponent: Term;
  }

  export interface ValidationReport {
    readonly conforms: boolean;
    readonly results: ValidationResult[];
    /** The report as RDF (sh:ValidationReport), built with the factory's dataset(). */
    readonly dataset: DatasetCore;
  }

  export interface ValidatorFactory extends DataFactory {
    dataset(quads?: Quad[]): DatasetCore;
  }

  export class Validator {
    constructor(
      shapes: DatasetCore,
      options: {
        factory: ValidatorFactory;
        targetResolvers?: ReadonlyMap<Term, unknown>;
        validations?: ReadonlyMap<Term, unknown>;
        debug?: boolean;
        details?: boolean;
      },
    );
    validate(data: { dataset: DatasetCore; terms?: Iterable<Term> }, shapes?: { terms: Term[] }[]): Promise<ValidationReport>;
  }
}

declare module 'shacl-engine/sparql.js' {
  import type { Term } from '@rdfjs/types';
  /** SHACL-AF SPARQL targets (sh:target [ sh:select … ]). */
  export const targetResolvers: ReadonlyMap<Term, unknown>;
  /** SHACL-SPARQL constraints (sh:sparql). */
  export const validations: ReadonlyMap<Term, unknown>;
}
