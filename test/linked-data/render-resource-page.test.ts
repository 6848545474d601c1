// A treatment read from a spreadsheet: its page says where each field was read, by sheet and cell; a text register's
// page keeps its lines.
import { Parser, type Quad } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/pipeline/build-graph.ts';
import { buildResourceView } from '../../src/linked-data/build-resource-view.ts';
import { renderResourcePage } from '../../src/linked-data/render-resource-page.ts';
import { TEST_BASE } from '../graph/build-test-graph.ts';

const ODS = new URL('../../../shared/registers-cnil/registre-traitement-simplifie.ods', import.meta.url).pathname;
const TREATMENT = `${TEST_BASE}register/registre-traitement-simplifie/treatment/1-exemple-gestion-de-la-paie`;
const labels = { labelOf: () => undefined, size: 0 };

describe('the resource page of a treatment read from a workbook', () => {
  let quads: Quad[];
  beforeAll(async () => {
    const result = await buildGraph({ registerFiles: [ODS], baseIri: TEST_BASE });
    quads = new Parser({ baseIRI: TEST_BASE }).parse(result.files.get('registre-traitement-simplifie.ttl')!);
  });

  it('cites the fiche and each field by sheet and cell', () => {
    const view = buildResourceView(TREATMENT, quads, labels, TEST_BASE);
    expect(view.sources).toEqual([expect.objectContaining({ file: 'registre-traitement-simplifie.ods', cell: '4_-_Exemple_de_fiche!A1:J39' })]);
    expect(view.fields.find((f) => f.verbatim === 'Gestion de la paie' && f.label === 'Nom du traitement')?.cell).toBe('4_-_Exemple_de_fiche!B4:H4');
    const html = renderResourcePage(view);
    expect(html).toContain('<code>registre-traitement-simplifie.ods › 4_-_Exemple_de_fiche!A1:J39</code>');
    expect(html).toContain('<th>Cellule</th>');
    expect(html).toContain('<td class="lines">4_-_Exemple_de_fiche!E23:H23</td>');
  });
});
