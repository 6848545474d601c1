// The event a retention period runs from, read from the French and English ways of writing it.
import { describe, expect, it } from 'vitest';
import { findRetentionEvent } from '../../../src/model/text/find-retention-event.ts';

describe('findRetentionEvent', () => {
  it.each([
    ['5 ans à compter du versement de la paie', 'fr', 'versement de la paie'],
    ['6 ans à compter de la validation', 'fr', 'validation'],
    ["3 ans après le départ de l'agent.", 'fr', "départ de l'agent"],
    ["1 an à partir de l'inscription", 'fr', 'inscription'],
    ['2 years after the closure of the procedure', 'en', 'closure of the procedure'],
    ['5 ans', 'fr', undefined],
    ["jusqu'au départ de l'agent", 'fr', undefined],
  ] as const)('%j → %j', (text, language, event) => {
    expect(findRetentionEvent(text, language)).toBe(event);
  });
});
