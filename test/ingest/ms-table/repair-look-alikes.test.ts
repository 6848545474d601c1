// Tests the repair of Cyrillic look-alike letters.
import { describe, expect, it } from 'vitest';
import { repairLookAlikes } from '../../../src/ingest/ms-table/repair-look-alikes.ts';

describe('repairLookAlikes', () => {
  it.each([
    { input: 'Candidats/Réциpiendaires potentiels', text: 'Candidats/Récipiendaires potentiels', words: ['Candidats/Réциpiendaires'] },
    { input: 'dоnnéеs pеrsоnnеllеs', text: 'données personnelles', words: ['dоnnéеs', 'pеrsоnnеllеs'] },
    { input: 'Сatégоriеs de dеstinаtаirеs*', text: 'Catégories de destinataires*', words: ['Сatégоriеs', 'dеstinаtаirеs*'] },
    { input: 'АВЕКМНОРСТХУІ', text: 'ABEKMHOPCTXYI', words: ['АВЕКМНОРСТХУІ'] },
    { input: 'аеорсхуікмнтв', text: 'aeopcxyikmhtb', words: ['аеорсхуікмнтв'] },
    { input: 'plain Latin text, accents éèà', text: 'plain Latin text, accents éèà', words: [] },
  ])('repairs "$input"', ({ input, text, words }) => {
    const result = repairLookAlikes(input);
    expect(result.text).toBe(text);
    expect(result.repairs.map((r) => r.from)).toEqual(words);
    expect(result.repairs.every((r) => r.complete)).toBe(true);
  });

  it('reports a Cyrillic letter that imitates nothing as an incomplete repair', () => {
    const result = repairLookAlikes('Бюро');
    expect(result.repairs).toEqual([{ from: 'Бюро', to: 'Бюpo', complete: false }]);
  });
});
