// Column headers read as register fields: synonyms (FR/EN) as data, the longest one a header holds, --mapping first.
import { describe, expect, it } from 'vitest';
import { createHeaderReader } from '../../../src/ingest/table/header-vocabulary.ts';

describe('createHeaderReader', () => {
  const reader = createHeaderReader();
  it.each([
    ['Intitulé', 'title', 'fr'],
    ['NOM DU TRAITEMENT', 'title', 'fr'],
    ['Finalité(s)', 'purposes', 'fr'],
    ['Catégories de destinataires*', 'recipients', 'fr'],
    ['Durée de conservation des données', 'retention', 'fr'],
    ['Catégories de données personnelles traitées', 'dataCategories', 'fr'],
    ['Détails - Délai de conservation - Durée', 'retention', 'fr'],
    ['Legal basis', 'legalBasisGdpr', 'en'],
    ['Categories of data subjects', 'dataSubjects', 'en'],
    ['Transferts hors UE :', 'transfers', 'fr'],
    ['DPO', 'dpo', 'fr'],
  ] as const)('reads %j as %s (%s)', (header, key, language) => {
    expect(reader.match(header)).toEqual({ key, via: 'synonym', language });
  });

  it.each(['Structure - Nom', 'Commentaire interne', 'Historique - Créé par', ''])('knows no field for %j', (header) => {
    expect(reader.match(header)).toBeUndefined();
  });

  it('reads the --mapping file first, then a profile, then the synonyms', () => {
    const mapped = createHeaderReader({ mapping: { columns: { 'Quoi ?': 'title', Intitulé: 'other' } }, profile: { Goal: { key: 'purposes' } } });
    expect(mapped.match('quoi ?')).toEqual({ key: 'title', via: 'mapping' });
    expect(mapped.match('Intitulé')).toEqual({ key: 'other', via: 'mapping' });
    expect(mapped.match('Goal')).toEqual({ key: 'purposes', via: 'profile' });
    expect(mapped.match('Finalités')).toMatchObject({ key: 'purposes', via: 'synonym' });
  });
});
