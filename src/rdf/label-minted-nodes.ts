// Gives every node the mapping mints without a name of its own (a duration, a transfer statement…) an rdfs:label, so that pages, the explorer and query results never show a bare IRI path.
import { cutText } from '../text/cut-text.ts';
import { DataFactory, type Quad } from 'n3';
import type { Language } from '../model/language.ts';
import { describeDuration } from '../text/describe-duration.ts';
import { dct, dpv, rdf, rdfs, ropa, skos } from '../vocab/namespaces.ts';

const { literal, quad } = DataFactory;

type Labeller = (node: NodeFacts, language: Language) => string;

interface NodeFacts {
  /** Objects of the node's triples, by predicate IRI. */
  get(predicate: { value: string }): string[];
  /** The last number of the node's IRI (".../retention/2/duration" → 2), for "rule 2". */
  readonly number: string | undefined;
}

const said = (fr: string, en: string): Labeller => (_node, language) => (language === 'en' ? en : fr);

/** By type, in the order tried: the first type a node has that is listed here names it. */
const LABELLERS: readonly [string, Labeller][] = [
  [dpv.TemporalDuration.value, (node, language) => {
    const iso = node.get(rdf.value)[0];
    return (iso && describeDuration(iso, language)) ?? summarise(node.get(dct.description)[0], language === 'en' ? 'duration' : 'durée');
  }],
  [dpv.UntilEventDuration.value, (node, language) => summarise(node.get(dct.description)[0], language === 'en' ? 'until an event' : 'jusqu’à un événement')],
  [dpv.EndlessDuration.value, said('sans limitation de durée', 'no time limit')],
  [dpv.IndeterminateDuration.value, said('durée indéterminée', 'indeterminate duration')],
  [ropa.NoTransfer.value, said('Transferts hors UE : non', 'Transfers outside the EU: none')],
  [ropa.TransferStatement.value, (node, language) => {
    const stated = node.get(ropa.transferStated)[0];
    const answer = stated === 'yes' ? (language === 'en' ? 'yes' : 'oui') : stated === 'none' ? (language === 'en' ? 'none' : 'non') : language === 'en' ? 'not stated' : 'non précisé';
    return language === 'en' ? `Transfers outside the EU: ${answer}` : `Transferts hors UE : ${answer}`;
  }],
  [ropa.Warning.value, (node, language) => summarise(node.get(ropa.warningMessage)[0], language === 'en' ? 'Warning' : 'Avertissement', language === 'en' ? 'Warning: ' : 'Avertissement : ')],
  [dpv.DPIA.value, said('Analyse d’impact (AIPD)', 'Data protection impact assessment (DPIA)')],
  [dpv.SecurityAssessment.value, said('Homologation de sécurité', 'Security accreditation')],
  [dpv.PrivacyNotice.value, said('Notice de protection des données', 'Data protection notice')],
  [dpv.TechnicalOrganisationalMeasure.value, said('Mesures de sécurité', 'Security measures')],
  [dpv.Process.value, (node, language) => (language === 'en' ? `Data kept under retention rule ${node.number ?? ''}` : `Données conservées selon la règle ${node.number ?? ''}`).trim()],
];

/** Names a label already gives: a node with one of these keeps its own. */
const NAMING = new Set([rdfs.label.value, skos.prefLabel.value, dct.title.value]);

/** The quads with an rdfs:label added, in the register's language, to every subject under `base` that has none. */
export function labelMintedNodes(quads: readonly Quad[], base: string, language: Language): Quad[] {
  // No array literal here: V8 puts every array of a literal most of which lived long (a build labels the quads it
  // keeps, then a treatment's at a time) straight into the old generation, where garbage waits for a full collection.
  const bySubject = new Map<string, Quad[]>();
  for (const q of quads) {
    if (q.subject.termType !== 'NamedNode' || !q.subject.value.startsWith(base)) continue;
    const list = bySubject.get(q.subject.value);
    if (list) list.push(q);
    else bySubject.set(q.subject.value, Array.of(q));
  }
  const labelled = quads.slice();
  for (const [subject, own] of bySubject) {
    if (own.some((q) => NAMING.has(q.predicate.value))) continue;
    const types = new Set(own.filter((q) => q.predicate.value === rdf.type.value).map((q) => q.object.value));
    const labeller = LABELLERS.find(([type]) => types.has(type))?.[1];
    if (!labeller) continue;
    const facts: NodeFacts = {
      get: (predicate) => own.filter((q) => q.predicate.value === predicate.value).map((q) => q.object.value),
      number: /\/(\d+)(?:\/[a-z-]+)?$/.exec(subject)?.[1],
    };
    labelled.push(quad(own[0]!.subject, rdfs.label, literal(labeller(facts, language), language)));
  }
  return labelled;
}

/** A short name from a long text: the text itself when short, else its start; `fallback` when there is none. */
function summarise(text: string | undefined, fallback: string, prefix = ''): string {
  if (!text) return fallback;
  const flat = text.replace(/\s+/g, ' ').trim();
  const body = cutText(flat, 80);
  return `${prefix}${body}`;
}
