// Which data categories the catalogues mark as sensitive (art. 9, art. 10, NIR): the graph types them, the JSON says which kind.
import { loadCatalogues } from '../model/load-catalogues.ts';
import { createIriMinter } from '../rdf/mint-iris.ts';
import type { SensitivityKind } from './node-types.ts';

export async function readCatalogueSensitivity(baseIri: string): Promise<Map<string, SensitivityKind>> {
  const catalogues = await loadCatalogues();
  const iris = createIriMinter(baseIri);
  const result = new Map<string, SensitivityKind>();
  for (const entry of catalogues['data-category']) {
    if (entry.sensitivity) result.set(iris.entity('data-category', entry).value, entry.sensitivity);
  }
  return result;
}
