// One line of the blocks part: headers, labelled fields, continuations and unknown labels.
import { describe, expect, it } from 'vitest';
import { classifyBlockLine } from '../../../src/ingest/miom-blocks/classify-block-line.ts';

describe('classifyBlockLine', () => {
  it.each([
    { text: '', expected: { kind: 'blank' } },
    { text: '\t\t ', expected: { kind: 'blank' } },
    {
      text: "ACTIVITE n° 1\t\tSûreté et de la sécurité des systèmes d'information\t",
      expected: { kind: 'activity', number: '1', title: "Sûreté et de la sécurité des systèmes d'information" },
    },
    { text: 'ACTIVITE n° 2\tEnvironnement numérique de travail', expected: { kind: 'activity', number: '2', title: 'Environnement numérique de travail' } },
    { text: 'Activité n°5 Applications et services', expected: { kind: 'activity', number: '5', title: 'Applications et services' } },
    {
      text: 'TRAITEMENT n° 1.1\t\tNIS (Notice Individuelle de Sécurité)\t',
      expected: { kind: 'treatment', number: '1.1', label: 'TRAITEMENT n° 1.1', title: 'NIS (Notice Individuelle de Sécurité)' },
    },
    { text: 'TRAITEMENT n° 5.10\tAPSIM', expected: { kind: 'treatment', number: '5.10', label: 'TRAITEMENT n° 5.10', title: 'APSIM' } },
    { text: 'TRAITEMENT n° 3.1', expected: { kind: 'treatment', number: '3.1', label: 'TRAITEMENT n° 3.1', title: '' } },
    {
      text: 'Date de dernière mise à jour\t30/05/2023\t\t',
      expected: { kind: 'field', label: 'Date de dernière mise à jour', value: '30/05/2023', valueCells: 1 },
    },
    {
      text: 'Catégories de personnes concernées\t<ul style="list-style-type: none"> - Agents \t',
      expected: { kind: 'field', label: 'Catégories de personnes concernées', value: '<ul style="list-style-type: none"> - Agents', valueCells: 1 },
    },
    { text: 'Existence de transferts de données hors UE\t\t', expected: { kind: 'field', label: 'Existence de transferts de données hors UE', value: '', valueCells: 0 } },
    { text: 'Catégories de données\tNom\tprénom', expected: { kind: 'field', label: 'Catégories de données', value: 'Nom prénom', valueCells: 2 } },
    { text: '\tsuite du texte\t', expected: { kind: 'continuation', text: 'suite du texte' } },
    { text: 'suite du texte sans tabulation', expected: { kind: 'continuation', text: 'suite du texte sans tabulation' } },
    { text: 'Sous-traitants\tAucun\t', expected: { kind: 'unknown-label', label: 'Sous-traitants', value: 'Aucun' } },
  ])('$text', ({ text, expected }) => {
    expect(classifyBlockLine(text)).toMatchObject(expected);
  });

  it('tells which field a labelled line feeds', () => {
    const line = classifyBlockLine('Durée de conservation prévue des données\t1 an');
    expect(line.kind === 'field' && line.field.key).toBe('retention');
  });
});
