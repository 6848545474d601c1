// Writes a small RoPA-like graph as Turtle files in a temp folder, for the store and engine tests.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PREFIXES } from '../../src/vocab/namespaces.ts';

export const EX = 'http://example.org/ropa-test/';
export const GRAPH_A = `${EX}graph/register-a`;
export const GRAPH_B = `${EX}graph/register-b`;
export const GRAPH_CATALOGUE = `${EX}graph/catalogue`;

const HEADER = `@prefix ex: <${EX}> .
@prefix dpv: <${PREFIXES.dpv}> .
@prefix pd: <${PREFIXES.pd}> .
@prefix dct: <${PREFIXES.dct}> .
@prefix skos: <${PREFIXES.skos}> .
@prefix ropa: <${PREFIXES.ropa}> .
@prefix xsd: <${PREFIXES.xsd}> .
`;

// No blank nodes: Oxigraph's DESCRIBE follows them (CBD) where Comunica's does not, which would blur the comparison.
const FILES = {
  'register-a.ttl': `${HEADER}
ex:t1 a dpv:PersonalDataProcess ; dct:title "Gestion du personnel"@fr ; ropa:registerNumber 1 ;
  dpv:hasPurpose ex:purpose-hr ; dpv:hasPersonalData pd:Name, pd:EmailAddress ; dpv:hasDataController ex:town .
ex:t2 a dpv:PersonalDataProcess ; dct:title "Vidéoprotection des bâtiments"@fr ; ropa:registerNumber 2 ;
  dpv:hasPersonalData pd:Picture ; dpv:hasDataController ex:town ; dpv:hasRecipient ex:police .
ex:town a dpv:DataController ; dct:title "Mairie de Testville" .
ex:purpose-hr a dpv:Purpose ; dct:description "Gérer les carrières" .
`,
  'register-b.ttl': `${HEADER}
ex:t3 a dpv:PersonalDataProcess ; dct:title "Paie"@fr ; ropa:registerNumber 1 ;
  dpv:hasPurpose ex:purpose-pay ; dpv:hasPersonalData pd:Name, pd:Salary ; dpv:hasDataController ex:agency ;
  dpv:hasRecipient ex:tax-office ; dct:modified "2024-03-01"^^xsd:date .
ex:t4 a dpv:PersonalDataProcess ; dct:title "Vidéo-surveillance du parking"@fr ; ropa:registerNumber 2 ;
  dpv:hasPersonalData pd:Picture ; dpv:hasDataController ex:agency .
ex:agency a dpv:DataController ; dct:title "Agence régionale" .
`,
  'catalogue.ttl': `${HEADER}
pd:Name skos:broader pd:Identifying ; skos:prefLabel "Nom"@fr .
pd:EmailAddress skos:broader pd:Contact ; skos:prefLabel "Adresse électronique"@fr .
pd:Contact skos:broader pd:Identifying ; skos:prefLabel "Coordonnées"@fr .
pd:Picture skos:broader pd:Identifying ; skos:prefLabel "Image"@fr .
pd:Salary skos:broader pd:Financial ; skos:prefLabel "Salaire"@fr .
pd:Identifying skos:prefLabel "Identifiant"@fr .
`,
} as const;

export interface FixtureGraph {
  dir: string;
  files: { path: string; graph: string }[];
  remove(): Promise<void>;
}

export async function writeFixtureGraph(): Promise<FixtureGraph> {
  const dir = await mkdtemp(join(tmpdir(), 'ropa-store-'));
  const graphs: Record<keyof typeof FILES, string> = {
    'register-a.ttl': GRAPH_A,
    'register-b.ttl': GRAPH_B,
    'catalogue.ttl': GRAPH_CATALOGUE,
  };
  const files = [];
  for (const [name, text] of Object.entries(FILES) as [keyof typeof FILES, string][]) {
    const path = join(dir, name);
    await writeFile(path, text);
    files.push({ path, graph: graphs[name] });
  }
  return { dir, files, remove: () => rm(dir, { recursive: true, force: true }) };
}
