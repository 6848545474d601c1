// Tests the mapping of header cells onto field keys.
import { describe, expect, it } from 'vitest';
import { mapHeaderColumns } from '../../../src/ingest/ms-table/map-header-columns.ts';
import { RegisterFormatError } from '../../../src/errors/register-format-error.ts';
import { captureError } from './fixtures.ts';

describe('mapHeaderColumns', () => {
  it.each([
    { label: 'Intitulé', key: 'title' },
    { label: 'Finalités', key: 'purposes' },
    { label: 'RT', key: 'controllers' },
    { label: 'Responsable de traitement (et co-RT)', key: 'controllers' },
    { label: 'Catégorie de données traitées', key: 'dataCategories' },
    { label: 'Catégories de données traitées', key: 'dataCategories' },
    { label: 'Catégorie(s) de données traitées', key: 'dataCategories' },
    { label: 'Données traitées', key: 'dataCategories' },
    { label: 'Catégories de personnes concernées', key: 'dataSubjects' },
    { label: 'Catégories de destinataires*', key: 'recipients' },
  ])('maps "$label" to $key, keeping the label as printed', ({ label, key }) => {
    expect(mapHeaderColumns([` ${label} `], 'f.txt', 4)).toEqual([{ key, label }]);
  });

  it.each([
    { cells: ['Intitulé', 'Finalités', 'Durée de conservation'], reason: 'unknown column header "Durée de conservation"' },
    { cells: ['Intitulé', 'Finalités', 'RT', 'Responsable de traitement'], reason: 'columns "RT" and "Responsable de traitement" both map to field "controllers"' },
  ])('rejects $cells', ({ cells, reason }) => {
    const error = captureError(() => mapHeaderColumns(cells, 'f.txt', 4));
    expect(error).toBeInstanceOf(RegisterFormatError);
    expect(error).toMatchObject({ file: 'f.txt', line: 4, reason });
  });
});
