// Acceptance 8: retention periods read into ISO-8601 durations and DPV duration kinds on the right treatments.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dct, dpv, prov, rdf, ropa, xsd } from '../../src/vocab/namespaces.ts';
import { buildTestGraph, type TestGraph } from './build-test-graph.ts';
import { createGraphReader, type GraphReader } from './read-graph.ts';

interface DurationRow {
  readonly value: string;
  /** "file#ordinal" of every treatment with a duration of this value; the comment quotes the register. */
  readonly treatments: readonly string[];
  /** Words the statement of each of them contains (dct:description of the duration). */
  readonly wording: RegExp;
}

const durationRows: readonly DurationRow[] = [
  {
    value: 'P3Y',
    wording: /\b3 ans\b/,
    treatments: [
      '000#3', // 000:15 "Durée de conservation 3 ans"
      '001#17', // 001:53 "petite enfance : 3 ans"
      '001#21', // 001:60 "Durée : 3 ans max"
      '003#1', // 003:10 "jusqu'à 3 ans après le téléchargement de l'application"
      '003#6', // 003:51 "3 ans à compter de la dernière utilisation"
      '003#8', // 003:57 "Conservation 3 ans à compter de la fin de la convention"
      '004#3', // 004:78 "Rétention des comptes : 3 ans après le départ de l'agent"
      // not 002#15: 002:69 "(3 ans) + 1 an" is P4Y; not 004 5.11: "pour trois ans" is the accreditation's validity
    ],
  },
  {
    value: 'P1Y1D',
    wording: /1 an et un jour/,
    treatments: [
      '004#12', // 004:213 Isocèle "1 an et un jour pour la partie sécurité"
      '004#13', // 004:228 Plateforme IAAS "1 an et un jour pour la partie sécurité"
    ],
  },
  {
    value: 'P13M',
    wording: /13 mois/,
    treatments: ['004#8'], // 004:153 "logs de connexions du poste au concentrateur VPN : 13 mois"
  },
  {
    value: 'P4Y',
    wording: /(?:4 ans|\(3 ans\) \+ 1 an)/,
    treatments: [
      '000#4', // 000:19 "Durée de conservation : 4 ans"
      '002#15', // 002:69 "le temps de la durée du certificat d'honorabilité (3 ans) + 1 an"
      '004#18', // 004:303 "4 ans (prescription quadriennale …)"
    ],
  },
  {
    value: 'PT24H',
    wording: /24 heures/,
    treatments: ['004#31'], // 004:498 "conservées pendant 24 heures"
  },
  // English statements of the EDPS records read into the same kinds and ISO durations.
  {
    value: 'P10Y',
    wording: /\b10 (?:ans|years)\b|ten years/,
    treatments: [
      '001#16', // 001:49 "Durée : 10 ans maximum"
      'eu-edps_record-01a#1', // 01a:90 "10 years from the end of the period worked by a recruited applicant"
      'eu-edps_record-03#1', // 03:53 "10 years from the end of the period worked by a recruited applicant"
      'eu-edps_record-57#1', // 57:131 "retention periods can be up to ten years"
    ],
  },
  {
    value: 'P7Y',
    wording: /7 ?ans|seven \(7\) years/,
    treatments: [
      '004#35', // 004:558 "7ans, délai de prescription des infractions pénales"
      'eu-edps_record-57#1', // 57:126 "kept as a rule for a maximum of seven (7) years"
    ],
  },
  {
    value: 'P5Y',
    wording: /5 ans|5 years|five \(5\) years/,
    treatments: [
      '003#4', // 003:47 "Conservation 5 ans"
      '003#7', // 003:56 "5 ans après"
      '004#31', // 004:498 "Les traces de connexion sont conservées 5 ans"
      'eu-edps_record-01a#1', // 01a:88 "5 years after the final administrative or judicial decision was rendered"
      'eu-edps_record-05#1', // 05:70 "kept for a maximum of five (5) years"
    ],
  },
];

describe('retention periods', () => {
  let graph: TestGraph;
  let read: GraphReader;
  beforeAll(async () => {
    graph = await buildTestGraph();
    read = createGraphReader(graph);
  });
  const treatmentIri = (ref: string): string => {
    const [file, ordinal] = ref.split('#') as [string, string];
    return read.treatment(file, Number(ordinal));
  };
  /** Duration nodes of a treatment, reached the DPV way: hasStorageCondition / hasDuration. */
  const durationsOf = (treatment: string): string[] =>
    read.values(treatment, dpv.hasStorageCondition).flatMap((condition) => read.values(condition, dpv.hasDuration));
  const allTreatments = (): string[] =>
    ['000', '001', '002', '003', '004', 'eu-edps_record-01a', 'eu-edps_record-03', 'eu-edps_record-05', 'eu-edps_record-57'].flatMap((f) => read.treatments(f));

  it.each(durationRows)('$value is on exactly the treatments whose text states it', ({ value, treatments, wording }) => {
    const withValue = allTreatments().filter((t) => durationsOf(t).some((d) => read.values(d, rdf.value).includes(value)));
    expect(withValue.sort()).toEqual(treatments.map(treatmentIri).sort());
    for (const t of withValue) {
      const nodes = durationsOf(t).filter((d) => read.values(d, rdf.value).includes(value));
      for (const d of nodes) {
        expect(read.values(d, rdf.type)).toContain(dpv.TemporalDuration.value);
        const literal = read.objects(d, rdf.value)[0];
        expect(literal?.termType === 'Literal' && literal.datatype.value).toBe(xsd.duration.value);
        expect(read.values(d, dct.description).join(' ')).toMatch(wording);
      }
    }
  });

  it.each([
    { ref: '000#5', at: "000:20 \"Espaces collaboratifs : jusqu'au départ de l'agent\"" },
    { ref: '001#9', at: "001:31 \"Jusqu'au départ de l'agent\"" },
  ])("keeps \"jusqu'au départ de l'agent\" as a dpv:UntilEventDuration with its text ($at)", ({ ref }) => {
    const untilEvent = durationsOf(treatmentIri(ref)).filter((d) => read.values(d, rdf.type).includes(dpv.UntilEventDuration.value));
    const texts = untilEvent.flatMap((d) => read.values(d, dct.description));
    expect(texts.some((t) => /jusqu'au départ de l'agent/i.test(t)), texts.join(' | ')).toBe(true);
    for (const d of untilEvent) expect(read.values(d, rdf.value)).toEqual([]);
  });

  it('keeps "stored until the end of the selection process" (01a:92) as a dpv:UntilEventDuration with its text', () => {
    const untilEvent = durationsOf(treatmentIri('eu-edps_record-01a#1')).filter((d) => read.values(d, rdf.type).includes(dpv.UntilEventDuration.value));
    expect(untilEvent).toHaveLength(1);
    expect(read.values(untilEvent[0] ?? '', dct.description).join(' ')).toMatch(/stored until the end of the selection process/);
    expect(read.objects(untilEvent[0] ?? '', dct.description).every((o) => o.termType === 'Literal' && o.language === 'en')).toBe(true);
  });

  it('gives every 004 treatment kept "sans limitation de durée" a dpv:EndlessDuration, and no other', () => {
    const path = graph.registerFiles.find((f) => basename(f).startsWith('004')) ?? '';
    const lines = readFileSync(path, 'utf8').split(/\r?\n/);
    const statesUnlimited = read.treatments('004').filter((t) => {
      const record = read.values(t, prov.wasDerivedFrom)[0] ?? '';
      const [first, last] = [ropa.firstLine, ropa.lastLine].map((p) => Number(read.values(record, p)[0]));
      return /sans limitation de durée/i.test(lines.slice((first ?? 1) - 1, last).join('\n'));
    });
    expect(statesUnlimited.length).toBe(2); // 004:63 Chartes NOEMI et SPAN, 004:468 OCS-GLPI
    const endless = read.treatments('004').filter((t) => durationsOf(t).some((d) => read.values(d, rdf.type).includes(dpv.EndlessDuration.value)));
    expect(endless.sort()).toEqual(statesUnlimited.sort());
  });

  it('types every storage condition dpv:StorageDuration with exactly one duration', () => {
    for (const t of allTreatments()) {
      for (const condition of read.values(t, dpv.hasStorageCondition)) {
        expect(read.values(condition, rdf.type)).toContain(dpv.StorageDuration.value);
        expect(read.values(condition, dpv.hasDuration)).toHaveLength(1);
      }
    }
  });
});
