// Tests structuring transfers: stated by the register (country, exporter, recipient, safeguard) or inferred from where
// a recipient is established (organisations catalogue).
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogues } from '../../src/model/load-catalogues.ts';
import { createTransferFinder, type TransferFinder } from '../../src/model/find-transfers.ts';
import type { Treatment } from '../../src/model/treatment.ts';

const treatment = (overrides: Partial<Treatment>): Treatment => ({
  slug: 't', ordinal: 1, title: 'T', lines: { first: 1, last: 1 }, fields: [{ key: 'title', label: 'Intitulé', text: 'T', lines: { first: 1, last: 1 } }],
  purposes: [], controllers: ['dnum'], processors: [], recipients: [], systems: [], policies: [], dataCategories: [], dataSubjects: [],
  legalBases: [], retention: [], transfer: { stated: 'not-stated', countries: [] }, dpia: { mentioned: false }, ...overrides,
});

describe('createTransferFinder', () => {
  let find: TransferFinder;
  beforeAll(async () => {
    find = createTransferFinder(await loadCatalogues());
  });

  it('infers a transfer to the United States from Microsoft among the recipients (001 Microsoft 365)', () => {
    expect(find(treatment({ recipients: ['ministeres-sociaux', 'microsoft'], processors: ['microsoft'] }), 'fr', [])).toEqual([
      { country: 'us', exporters: ['dnum'], recipients: ['microsoft'], safeguards: [], evidence: 'inferred' },
    ]);
  });

  it('infers nothing from recipients established in the EU (AirPlus, Germany)', () => {
    expect(find(treatment({ recipients: ['airplus'] }), 'fr', [])).toEqual([]);
  });

  it('structures a stated transfer with its country and the safeguard the French text names', () => {
    const stated = treatment({ transfer: { stated: 'yes', countries: ['US'], text: 'Oui, vers les États-Unis (Microsoft), encadré par des clauses contractuelles types' } });
    expect(find(stated, 'fr', [])).toEqual([{ country: 'us', exporters: ['dnum'], recipients: ['microsoft'], safeguards: ['a46-2-c'], evidence: 'stated' }]);
  });

  it('reads EDPS 57: outside the EEA, no country named, by AirPlus (a controller), on the articles its sentences cite', () => {
    const record = treatment({
      controllers: ['edps', 'airplus'],
      transfer: { stated: 'yes', countries: [], text: 'Personal data are being transferred outside of EU and EEA by Lufthansa AirPlus. … the Model Clauses … provided by the European Commission' },
    });
    const statements = [
      { text: 'Transfers … are based on Art. 48(2)(d) of the Regulation (EU) 2018/1725', articles: ['48(2)(d)'], transfer: true, bases: ['eudpr-48-2-d'] },
      { text: 'The legal basis of the procedure is the Staff Regulations.', articles: [], transfer: false, bases: ['eu-staff-regulations'] },
    ];
    expect(find(record, 'en', statements)).toEqual([{ country: 'non-eea', exporters: ['airplus'], recipients: [], safeguards: ['eudpr-48-2-d'], evidence: 'stated' }]);
  });
});
