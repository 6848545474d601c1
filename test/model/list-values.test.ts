// The list values (ontology/tables/list-values.json): every catalogue id they name exists, and values match as lists pick them.
import { describe, expect, it } from 'vitest';
import { createListValueReader, loadListValues } from '../../src/model/list-values.ts';
import { loadCatalogues } from '../../src/model/load-catalogues.ts';

describe('list values', () => {
  const tables = loadListValues();

  it('names only data categories and data subjects our catalogues hold', async () => {
    const catalogues = await loadCatalogues();
    const unknown = [
      ...tables.personalData.flatMap((e) => e.categories).filter((id) => !catalogues.byId('data-category', id)),
      ...tables.dataSubjects.flatMap((e) => e.categories).filter((id) => !catalogues.byId('data-subject', id)),
    ];
    expect(unknown).toEqual([]);
  });

  it('gives each value one meaning per table', () => {
    for (const [table, entries] of Object.entries(tables).filter(([key]) => key !== 'source')) {
      const values = (entries as { values: string[] }[]).flatMap((e) => e.values.map((v) => v.toLowerCase()));
      expect(values.filter((v, i) => values.indexOf(v) !== i), table).toEqual([]);
    }
  });

  const reader = createListValueReader();
  it.each([
    ['personalData', 'Numéro de Sécurité Sociale (ou NIR)', ['nir']],
    ['personalData', "État civil, identité, données d'identification, images", ['identification']],
    ['dataSubjects', 'privacy_employee', ['employee']],
    ['dataSubjects', 'Clients\nProspects', ['customer', 'prospect']],
  ] as const)('reads %s %j as %j', (table, text, expected) => {
    expect(reader.find(table, text).flatMap((e) => e.categories)).toEqual(expected);
  });

  it('reads a safeguard inside a longer text, and the Privacy Shield with its warning', () => {
    expect(reader.find('transferSafeguards', 'Clauses contractuelles types (CCT) signées le 3 mars')[0]).toMatchObject({ legalBasis: 'eu-gdpr:A46-2-c' });
    expect(reader.find('transferSafeguards', 'Privacy shield')[0]?.warning).toMatch(/invalidated .* 16 July 2020/);
    expect(reader.find('legalBases', 'privacy_legitimate_interests')[0]?.basis).toBe('A6-1-f');
    expect(reader.find('recipientTypes', 'Sous-traitants')[0]).toMatchObject({ processor: true, types: ['dpv:DataProcessor'] });
  });
});
