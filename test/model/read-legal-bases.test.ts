// Tests reading the legal bases stated outside the GDPR's points: French texts of 004's cells, the EU records' texts
// and articles of Regulation (EU) 2018/1725.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogues } from '../../src/model/load-catalogues.ts';
import { createLegalBasisReader, type LegalBasisReader } from '../../src/model/read-legal-bases.ts';
import type { SourceField } from '../../src/model/source-field.ts';
import type { Treatment } from '../../src/model/treatment.ts';

const field = (key: SourceField['key'], text: string): SourceField => ({ key, label: key, text, lines: { first: 1, last: 1 } });
const treatment = (fields: SourceField[], overrides: Partial<Treatment> = {}): Treatment => ({
  slug: 't', ordinal: 1, title: 'T', lines: { first: 1, last: 1 }, fields, purposes: [], controllers: [], processors: [], recipients: [],
  systems: [], policies: [], dataCategories: [], dataSubjects: [], legalBases: [], retention: [], transfer: { stated: 'not-stated', countries: [] },
  dpia: { mentioned: false }, ...overrides,
});

describe('createLegalBasisReader', () => {
  let read: LegalBasisReader;
  beforeAll(async () => {
    read = createLegalBasisReader(await loadCatalogues());
  });

  it.each([
    { at: '004:432', key: 'legalFoundation' as const, text: "Loi n° 95-73 du 21 janvier 1995 d'orientation et de programmation relative à la sécurité", bases: ['loi-95-73'] },
    { at: '004:334', key: 'legalFoundation' as const, text: "Instruction de la DGAFP sur le décret du 11 février 20216 encadrant le télétravail dans l'administration", bases: ['decret-2016-151'] },
    { at: '004:346', key: 'legalFoundation' as const, text: 'Directive européenne (EECC Art. 110) du 11 décembre 2018', bases: ['directive-2018-1972-a110'] },
    { at: '004:369', key: 'purposes' as const, text: 'Etre en capacité de répondre aux réquisitions judiciaires sur la base de la loi du 23 janvier 2006.', bases: ['loi-2006-64'] },
    { at: '004:40', key: 'legalBasisGdpr' as const, text: 'RGPD Article 6 (1) f : Le traitement est nécessaire aux fins des intérêts légitimes', bases: [] },
    { at: '004:45', key: 'legalFoundation' as const, text: 'Sans objet', bases: [] },
  ])('$at: "$text" → $bases', ({ key, text, bases }) => {
    expect(read(treatment([field(key, text)]), 'fr').bases).toEqual(bases);
  });

  it('reads the EU texts and the 2018/1725 articles of an EU record, the transfer ones apart (01a, 57)', () => {
    const record = treatment([], {
      legalBasisStatements: [
        { text: 'The legal basis of the procedure is: -the Staff Regulations (and particularly Art. 27-34) and the Conditions of Employment of Other Servants of the EU -the Decision of the EDPS of 4 November 2020', articles: [], transfer: false },
        { text: 'Transfers are also based on Article 50(1)(b) of the Regulation (EU) 2018/1725', articles: ['50(1)(b)'], transfer: true },
        { text: 'Processing is lawful under Article 5(1)(a) of the Regulation', articles: ['5(1)(a)'], transfer: false },
        { text: 'Article 31 of the Regulation', articles: ['31'], transfer: false },
      ],
    });
    const { bases, statements } = read(record, 'en');
    expect(bases).toEqual(['eu-staff-regulations', 'eu-ceos', 'edps-decision-2020-11-04', 'eudpr-5-1-a']);
    expect(statements?.map((s) => s.bases)).toEqual([['eu-staff-regulations', 'eu-ceos', 'edps-decision-2020-11-04'], ['eudpr-50-1-b'], ['eudpr-5-1-a'], undefined]);
  });
});
