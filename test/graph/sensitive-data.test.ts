// Acceptance 7: the NIR, criminal data and vulnerable data subjects, linked from exactly the treatments whose text names them.
import { DataFactory } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';
import { dpv, rdf, skos, PREFIXES } from '../../src/vocab/namespaces.ts';
import { buildTestGraph, type TestGraph } from './build-test-graph.ts';
import { createGraphReader, type GraphReader } from './read-graph.ts';

const { namedNode } = DataFactory;

interface LinkRow {
  readonly name: string;
  /** The linked node: a DPV term (CURIE-like "dpv:Child") or one of ours ("data-category/nir"). */
  readonly target: string;
  readonly predicate: 'hasPersonalData' | 'hasDataSubject';
  /** "file#ordinal" of every treatment linked to it; the comment quotes the words read in the register. */
  readonly treatments: readonly string[];
}

const rows: readonly LinkRow[] = [
  {
    name: 'NIR',
    target: 'data-category/nir',
    predicate: 'hasPersonalData',
    treatments: [
      '000#4', // 000:16 "Adresse et n° INSEE (uniquement les 10 premiers chiffres)"
      '000#7', // 000:28 "Adresse et n° INSEE (uniquement les 10 premiers chiffres)"
      '000#8', // 000:29 "Numéro de sécurité sociale pour saisir les organismes"
      '002#1', // 002:10 "NIR du bénéficiaire"
      '003#8', // 003:59 "carte vitale" (the card bears the NIR); 004's "code INSEE de la commune" is no NIR
    ],
  },
  { name: 'criminal record', target: 'data-category/criminal-record', predicate: 'hasPersonalData', treatments: [
    '000#3', // 000:15 DIHOMED "Informations d'ordre personnel + casier judiciaire"
    '002#15', // 002:69 "FIJAISV", "Bulletin n° 2 du casier judiciaire", "B2 et FIJAIS"
  ] },
  { name: 'criminal offences (art. 10)', target: 'data-category/criminal', predicate: 'hasPersonalData', treatments: [
    '001#16', // 001:49 "données sensibles -art. 9 et 10 du RGPD"
    '001#17', // 001:50 "données d'infraction"
    '002#14', // 002:66 "données sensibles au sens des articles 9 et 10 du RGPD"
    '002#15', // 002:69 "auteurs d'infractions sexuelles et violentes"
  ] },
  { name: 'special categories (art. 9)', target: 'dpv:SpecialCategoryPersonalData', predicate: 'hasPersonalData', treatments: [
    '000#2', // 000:11-14 "elles peuvent être à caractère personnel voire sensibles"
    '001#16', // 001:49 "art. 9 et 10"
    '002#14', // 002:66 "articles 9 et 10"
  ] },
  { name: 'children', target: 'data-subject/child', predicate: 'hasDataSubject', treatments: [
    '000#8', // 000:29 "de mineurs"
    '002#3', // 002:16 "• Mineurs"
    '002#6', // 002:26 "• Mineurs"
    '002#8', // 002:36 "• Mineurs"
    '002#10', // 002:46 "• Mineurs"
    '002#11', // 002:55 "• Mineurs"
    '003#1', // 003:10 "Données relatives aux parents et à l'enfant", 003:24 "Données relatives à l'enfant"
    '003#5', // 003:50 "Il s'agit des enfants, de leur responsable légal"
    // not 001#17: 001:53 "modes d'accueil du jeune enfant" is where the vetted adults work
  ] },
  { name: 'vulnerable persons', target: 'data-subject/vulnerable', predicate: 'hasDataSubject', treatments: [
    '000#2', // 000:11 "Les personnes vulnérables peuvent faire l'objet d'un traitement"
    '000#8', // 000:29 "Public divers dont personnes vulnérables."
  ] },
];

describe('sensitive data and vulnerable data subjects', () => {
  let graph: TestGraph;
  let read: GraphReader;
  beforeAll(async () => {
    graph = await buildTestGraph();
    read = createGraphReader(graph);
  });
  const iri = (target: string): string => {
    const [prefix, local] = target.split(':') as [keyof typeof PREFIXES, string];
    return target.includes(':') ? `${PREFIXES[prefix]}${local}` : `${graph.base}${target}`;
  };
  const treatmentIri = (ref: string): string => {
    const [file, ordinal] = ref.split('#') as [string, string];
    return read.treatment(file, Number(ordinal));
  };

  it.each(rows)('links $name from exactly the treatments that name it', ({ target, predicate, treatments }) => {
    // The treatments, not the processes inside them (a retention that applies to these data only).
    const linked = graph.store.getSubjects(dpv[predicate], namedNode(iri(target)), null)
      .filter((s) => graph.store.has(DataFactory.quad(s as never, rdf.type, dpv.PersonalDataProcess)))
      .map((s) => s.value)
      .sort();
    expect(linked).toEqual(treatments.map(treatmentIri).sort());
  });

  it.each([
    { node: 'data-category/nir', broader: ['pd:OfficialID'] },
    { node: 'data-category/criminal', broader: ['pd:Criminal'] },
    { node: 'data-category/criminal-record', broader: ['data-category/criminal', 'pd:CriminalConviction'] },
  ])('types $node dpv:SensitivePersonalData, narrower than $broader', ({ node, broader }) => {
    expect(read.values(iri(node), rdf.type)).toContain(dpv.SensitivePersonalData.value);
    expect(read.values(iri(node), skos.broader)).toEqual(broader.map(iri).sort());
  });

  it('keeps the NIR its own concept, not the generic official identifier', () => {
    expect(iri('data-category/nir')).not.toBe(iri('pd:OfficialID'));
    expect(graph.store.getSubjects(dpv.hasPersonalData, namedNode(iri('pd:OfficialID')), null).map((s) => s.value)).not.toContain(treatmentIri('002#1'));
  });
});
