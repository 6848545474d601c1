// What a DPO reviewing the graph would check: processors, recipients, exclusions, DPIA vs accreditation, read from the text.
import { beforeAll, describe, expect, it } from 'vitest';
import { dct, dpv, rdf, PREFIXES } from '../../src/vocab/namespaces.ts';
import { buildTestGraph, type TestGraph } from './build-test-graph.ts';
import { createGraphReader, type GraphReader } from './read-graph.ts';

type Predicate = 'hasDataProcessor' | 'hasRecipient' | 'hasPersonalData' | 'hasDataSubject' | 'isImplementedUsingTechnology';

interface Row {
  readonly name: string;
  /** "file#ordinal". */
  readonly ref: string;
  readonly predicate: Predicate;
  /** Exact set, when given; else only includes/excludes are checked. Targets: "pd:Age" or our "organisation/dnum". */
  readonly exactly?: readonly string[];
  readonly includes?: readonly string[];
  readonly excludes?: readonly string[];
}

const rows: readonly Row[] = [
  // 001:14 recipients "Interne aux ministères sociaux - Microsoft": the provider of Microsoft 365 receives the data.
  { name: 'Microsoft processes the Microsoft 365 data', ref: '001#3', predicate: 'hasDataProcessor', exactly: ['organisation/microsoft'] },
  // 001:45 recipients "Personnel Mailoop" of the Mailoop service.
  { name: 'Mailoop processes the Mailoop data', ref: '001#14', predicate: 'hasDataProcessor', exactly: ['organisation/mailoop'] },
  // 002:13 "L'hébergeur et le super administrateur : Cegedim, Cat-Amania, DNUM des ministères sociaux".
  { name: 'the host and super-administrator of Collecte-Pro are processors', ref: '002#2', predicate: 'hasDataProcessor', exactly: ['organisation/cat-amania', 'organisation/cegedim'] },
  // 004:449 "poste de travail Windows": Microsoft publishes the software but receives nothing.
  { name: 'Microsoft is no processor of the AD accounts', ref: '004#28', predicate: 'hasDataProcessor', exactly: [] },
  // 003:57 CNAM is a controller of MonPsy; 003:59 "attestation des droits AMELI" is a document, not a service used.
  { name: 'CNAM is no processor of MonPsy', ref: '003#8', predicate: 'hasDataProcessor', exactly: [] },
  { name: 'MonPsy does not run on ameli', ref: '003#8', predicate: 'isImplementedUsingTechnology', excludes: ['system/ameli'] },
  // 000:25 "Externe : tout membre de cabinet ministériel peut demander l'export de ses données": the data subject.
  { name: 'a cabinet member exporting his own data is no recipient', ref: '000#7', predicate: 'hasRecipient', exactly: ['organisation/ministeres-sociaux'] },
  // 004:105 "La traçabilité du surf internet ne relève pas de CallMI mais de Orion".
  { name: 'CallMI does not run on Orion', ref: '004#5', predicate: 'isImplementedUsingTechnology', excludes: ['system/orion-mi'] },
  { name: 'CallMI keeps no browsing history', ref: '004#5', predicate: 'hasPersonalData', excludes: ['pd:BrowserHistory'] },
  // 004:120 "La traçabilité du surf internet ne relève pas de Hesperis NG mais de Orion".
  { name: 'Hesperis does not run on Orion', ref: '004#6', predicate: 'isImplementedUsingTechnology', excludes: ['system/orion-mi'] },
  // 004:134 "Techniciens et livreurs des titulaires du marché subséquent Solimp 3": contractors' staff, not agents.
  { name: 'SOLIMP concerns contractors, not ministry staff', ref: '004#7', predicate: 'hasDataSubject', exactly: ['data-subject/contractor'] },
  // 003:45 "Durant le temps de l'habilitation du mandataire" is a retention period, not a clearance datum.
  { name: 'e-MJPM holds no security-clearance data', ref: '003#4', predicate: 'hasPersonalData', excludes: ['data-category/security-clearance'] },
  // 003:69 "tranche d'âge": the range, not the age.
  { name: 'TumePlay holds the age range, not the age', ref: '003#11', predicate: 'hasPersonalData', includes: ['pd:AgeRange'], excludes: ['pd:Age'] },
  // 004:75 "sessions en mode texte ou vidéo" records admin sessions; 001:22 "images, vidéo, son" are pictures.
  { name: 'HAXO session recordings are no picture of the admins', ref: '004#3', predicate: 'hasPersonalData', excludes: ['pd:Picture'] },
  { name: 'Office365 mail holds images and video', ref: '001#6', predicate: 'hasPersonalData', includes: ['pd:Picture'] },
  // 003:10 "Données relatives aux parents et à l'enfant".
  { name: '1000 premiers jours concerns parents and children', ref: '003#1', predicate: 'hasDataSubject', includes: ['data-subject/parent', 'data-subject/child'] },
  // 001:53 "professionnels et bénévoles … des modes d'accueil du jeune enfant": adults working with children.
  { name: 'SI honorabilité concerns no child', ref: '001#17', predicate: 'hasDataSubject', excludes: ['data-subject/child'] },
];

describe('mapping choices a DPO would check', () => {
  let graph: TestGraph;
  let read: GraphReader;
  beforeAll(async () => {
    graph = await buildTestGraph();
    read = createGraphReader(graph);
  });
  const iri = (target: string): string => {
    const i = target.indexOf(':');
    return i > 0 ? `${PREFIXES[target.slice(0, i) as keyof typeof PREFIXES]}${target.slice(i + 1)}` : `${graph.base}${target}`;
  };
  const treatmentIri = (ref: string): string => {
    const [file, ordinal] = ref.split('#') as [string, string];
    return read.treatment(file, Number(ordinal));
  };

  it.each(rows)('$ref: $name', ({ ref, predicate, exactly, includes, excludes }) => {
    const linked = read.values(treatmentIri(ref), dpv[predicate]);
    if (exactly) expect(linked).toEqual(exactly.map(iri).sort());
    for (const target of includes ?? []) expect(linked).toContain(iri(target));
    for (const target of excludes ?? []) expect(linked).not.toContain(iri(target));
  });

  it.each([
    // 004:234 "La solution sera homologuée DR." and nothing about an AIPD.
    { ref: '004#14', dpia: undefined, accreditation: /homologuée DR/ },
    // 004:454 "AIPD validée le 13 septembre 2021".
    { ref: '004#28', dpia: /AIPD validée le 13 septembre 2021/, accreditation: undefined },
    // 004:499 "AIPD validée le 13 septembre 2021. Homologation SSI le 12 avril 2023 pour trois ans."
    { ref: '004#31', dpia: /^AIPD validée le 13 septembre 2021\.$/, accreditation: /^Homologation SSI le 12 avril 2023/ },
  ])('$ref: a DPIA only where an AIPD is named, a security accreditation apart', ({ ref, dpia, accreditation }) => {
    const node = treatmentIri(ref);
    const assessments = read.values(node, dpv.hasImpactAssessment);
    if (dpia) {
      expect(assessments).toHaveLength(1);
      expect(read.values(assessments[0] ?? '', rdf.type)).toContain(dpv.DPIA.value);
      expect(read.values(assessments[0] ?? '', dct.description).join(' ')).toMatch(dpia);
    } else expect(assessments).toEqual([]);
    const accreditations = read
      .values(node, dpv.hasTechnicalOrganisationalMeasure)
      .filter((m) => read.values(m, rdf.type).includes(`${PREFIXES.dpv}SecurityAssessment`));
    if (accreditation) {
      expect(accreditations).toHaveLength(1);
      expect(read.values(accreditations[0] ?? '', dct.description).join(' ')).toMatch(accreditation);
    } else expect(accreditations).toEqual([]);
  });
});
