// Tests giving retention rules their data scope and event, on the registers' wordings; and re-attaching a category
// a lost line break left at the end of the previous rule (EDPS 01a:92).
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogues } from '../../src/model/load-catalogues.ts';
import { createRetentionReader, type RetentionReader } from '../../src/model/read-retention-scope.ts';
import type { Retention } from '../../src/model/treatment.ts';

describe('createRetentionReader', () => {
  let read: RetentionReader;
  beforeAll(async () => {
    read = createRetentionReader(await loadCatalogues());
  });
  const one = (text: string, kind: Retention['kind'] = 'duration', language: 'fr' | 'en' = 'fr') => read([{ text, kind }], language, text)[0]!;

  it.each([
    { at: '003:52', text: 'Logs de connexion : Conservation 1 an', categories: ['connection-data'] },
    { at: '004:372', text: 'Noms, prénoms, mots de passe et log sont conservés 1 an.', categories: ['name', 'password', 'connection-data'] },
    { at: '004:79', text: 'Rétention des traces : 1 an.', categories: ['connection-data'] },
    { at: '002:33', text: 'La photo de profil est conservée de la même façon que les données de compte', categories: ['picture'] },
    // What follows the period is its reason, not its scope: "délai de prescription des infractions pénales".
    { at: '004:559', text: '7ans, délai de prescription des infractions pénales', categories: undefined },
    // "En dehors des traces" excludes them.
    { at: '004:496', text: 'En dehors des traces, seules les données personnelles des personnes en activité dans le RIO sont conservées pendant 24 heures', categories: undefined },
    { at: '004:79', text: "Rétention des comptes : 3 ans après le départ de l'agent.", categories: undefined },
  ])('$at "$text" applies to $categories', ({ text, categories }) => {
    expect(one(text).dataCategories).toEqual(categories);
  });

  it('keeps the event with the rule: "3 ans après le départ de l\'agent"', () => {
    expect(one("Rétention des comptes : 3 ans après le départ de l'agent.").event).toEqual({ relation: 'after', text: "le départ de l'agent" });
  });

  it('gives a subject-less clause the category the previous entry ends with, when the source has the words so (01a:91-93)', () => {
    const source = '- 6 months after submission for spontaneous applications health data, if communicated by the candidate (as mentioned above) are stored until the end of the selection process, then they are deleted.';
    const [months, health] = read([
      { text: '6 months after submission for spontaneous applications health data', kind: 'duration', duration: 'P6M' },
      { text: 'if communicated by the candidate (as mentioned above) are stored until the end of the selection process, then they are deleted.', kind: 'until-event' },
    ], 'en', source);
    expect(months).toMatchObject({ text: '6 months after submission for spontaneous applications', event: { relation: 'after', text: 'submission' } });
    expect(months!.dataCategories).toBeUndefined();
    expect(health).toMatchObject({ dataCategories: ['health'], event: { relation: 'until', text: 'the end of the selection process' } });
    expect(health!.text).toMatch(/^health data, if communicated/);
  });

  it('moves nothing when the source does not have the words so', () => {
    const entries: Retention[] = [
      { text: '6 months for spontaneous applications health data', kind: 'duration', duration: 'P6M' },
      { text: 'if communicated are stored until the end of the selection process', kind: 'until-event' },
    ];
    expect(read(entries, 'en', 'unrelated source').map((e) => e.text)).toEqual(entries.map((e) => e.text));
  });
});
