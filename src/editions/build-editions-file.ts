// The build's editions.ttl: edition pairs found among the typed registers, as sorted, deterministic Turtle.
import type { Catalogues } from '../model/load-catalogues.ts';
import type { Register } from '../model/treatment.ts';
import type { IriMinter } from '../rdf/mint-iris.ts';
import { serialiseTurtle } from '../rdf/serialise-turtle.ts';
import { findEditions } from './find-editions.ts';
import { mapEditions } from './map-editions.ts';

export const EDITIONS_FILE = 'editions.ttl';

export function buildEditionsFile(registers: readonly Register[], catalogues: Catalogues, iris: IriMinter): Promise<string> {
  return serialiseTurtle(mapEditions(findEditions(registers, catalogues.system), catalogues, iris), iris.base);
}
