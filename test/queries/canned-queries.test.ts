// The seed queries of queries/ on the real graph, whose base is the test server's URL: answers checked against the registers.
// The expectations are about the five French registers 000–004, read by hand; rows about registers added later are ignored.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type * as RDF from '@rdfjs/types';
import { DataFactory } from 'n3';
import { startTestServer, type TestServer } from '../support/start-test-server.ts';
import type { CannedQuery } from '../../src/sparql/load-canned-queries.ts';

type Row = Record<string, RDF.Term>;

const SEED_QUERIES = [
  'systems-shared-across-registers',
  'treatments-per-controller',
  'treatments-per-register',
  'treatments-processing-nir',
  'treatments-using-system',
];

/** The five titles of register 001 and of register 002 that name Office365 (read in data/registers/00{1,2}_*.txt). */
const OFFICE365_TITLES = [
  'Création de contenu professionnel collaboratif ou non via Office365',
  'Gestion de la messagerie professionnelle Office365',
  'Gestion des agendas professionnels Office365',
  'Gestion des annuaires professionnels pour Office365',
  'Gestion des outils de communication (webconférences discussions instantanées) Office365',
];

/** Register 004's treatments whose text names RIO (n° 2.2, 2.4, 2.5, 2.8, 3.1, 3.2, 5.4, 5.8–5.12, 5.16). */
const RIO_TITLES = [
  'Adminstration des comptes de l\'AD du SG',
  'APSIM',
  'Cloud PI Gen 1',
  'Cloud PI Gen 2',
  'Dotation CallMi',
  'Dotation Hesperis 2',
  'Dotation NOEMI',
  'HAXO',
  'Messagerie Collaborative de l\'Etat (MCE)',
  'MINITIL',
  'OCS-GLPI',
  'Passage 2',
  'RIO',
];

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

function findQuery(name: string): CannedQuery {
  const query = server.deps.queries.find((q) => q.name === name);
  if (!query) throw new Error(`queries/${name}.rq is missing`);
  return query;
}

function runQuery(name: string, bindings?: Record<string, RDF.Term>): Promise<Row[]> {
  return server.deps.sparql.selectRows(findQuery(name).text, bindings ? { bindings } : {});
}

/** "000" for <…/register/000-49a1ce6041cf4ed6> or any IRI below it, whatever the base; undefined for other registers. */
function registerNumber(iri: RDF.Term | undefined): string | undefined {
  return /\/register\/(00[0-4])-/.exec(iri?.value ?? '')?.[1];
}

/** The rows about registers 000–004, found by the IRI in `variable` (a register or a treatment). */
function aboutFrenchRegisters(rows: Row[], variable: string): Row[] {
  return rows.filter((r) => registerNumber(r[variable]) !== undefined);
}

function values(rows: Row[], variable: string): string[] {
  return rows.map((r) => r[variable]?.value ?? '');
}

describe('the seed queries of queries/', () => {
  it('are all loaded, with a French title and question, and parse as SELECT queries', () => {
    for (const name of SEED_QUERIES) {
      const query = findQuery(name);
      expect(query.title, name).not.toBe('');
      expect(query.questionFr, name).toMatch(/\?$/);
      expect(query.questionEn, name).toMatch(/\?$/);
      expect(server.deps.sparql.prepare(query.text).form, name).toBe('SELECT');
    }
  });

  it('name no IRI of the data: they hold whatever the base IRI', () => {
    for (const name of SEED_QUERIES) {
      expect(findQuery(name).text).not.toContain(server.url);
      expect(findQuery(name).text).not.toMatch(/<https?:\/\/localhost/);
    }
  });
});

describe('treatments-per-register', () => {
  it('counts 9, 22, 18, 11 and 36 treatments in registers 000 to 004, with their titles', async () => {
    const rows = aboutFrenchRegisters(await runQuery('treatments-per-register'), 'register');
    expect(rows.map((r) => [registerNumber(r.register), Number(r.treatments?.value)])).toEqual([
      ['000', 9],
      ['001', 22],
      ['002', 18],
      ['003', 11],
      ['004', 36],
    ]);
    expect(values(rows, 'registerTitle')[0]).toBe('Registre de la Division Des Cabinets (DDC)');
    expect(rows.every((r) => r.registerTitle?.termType === 'Literal' && r.registerTitle.value.length > 10)).toBe(true);
  });
});

describe('treatments-per-controller', () => {
  it('counts the DNUM (22 + 16 treatments in two registers), the DTNUM (36) and the DDC (8 of 9), most treatments first', async () => {
    const rows = await runQuery('treatments-per-controller');
    const byLabel = new Map(rows.map((r) => [r.controllerLabel?.value, [Number(r.treatments?.value), Number(r.registers?.value)]]));
    expect(byLabel.get('Direction du numérique des ministères sociaux')).toEqual([38, 2]);
    expect(byLabel.get("Direction de la transformation numérique du ministère de l'Intérieur")).toEqual([36, 1]);
    expect(byLabel.get('Division des cabinets des ministères sociaux')).toEqual([8, 1]);
    // Register 003's treatments each name their own direction: DGS for Ozensemble, TumePlay, Jardin Mental (and 002's DGS one).
    expect(byLabel.get('Direction générale de la santé')).toEqual([4, 2]);
    const counts = rows.map((r) => Number(r.treatments?.value));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });
});

describe('treatments-using-system', () => {
  it('declares its parameter with a default that is a name, not an IRI', () => {
    expect(findQuery('treatments-using-system').params).toEqual([expect.objectContaining({ name: 'system', type: 'string', default: 'Office365' })]);
  });

  it('run as is (parameter unbound), answers for Office365: the same five treatments in registers 001 and 002', async () => {
    const rows = aboutFrenchRegisters(await runQuery('treatments-using-system'), 'treatment');
    expect(rows).toHaveLength(10);
    expect(rows.map((r) => registerNumber(r.treatment)).sort()).toEqual([...Array(5).fill('001'), ...Array(5).fill('002')]);
    expect([...new Set(values(rows, 'title'))].sort()).toEqual([...OFFICE365_TITLES].sort());
    // "Création de contenu…" names OneDrive and SharePoint, parts of Microsoft 365: they are listed under "via".
    const creation = rows.find((r) => r.title?.value.startsWith('Création de contenu') && registerNumber(r.treatment) === '001');
    expect(creation?.via?.value.split(', ').sort()).toEqual(['Microsoft 365', 'OneDrive (Microsoft 365)', 'SharePoint (Microsoft 365)']);
    expect(rows.filter((r) => r.via?.value === 'Microsoft 365')).toHaveLength(8);
  });

  it('bound to "RIO" (Comunica initial bindings), finds the 13 treatments of register 004 that name RIO', async () => {
    const rows = aboutFrenchRegisters(await runQuery('treatments-using-system', { system: DataFactory.literal('RIO') }), 'treatment');
    expect(rows.map((r) => registerNumber(r.treatment))).toEqual(Array(13).fill('004'));
    expect(values(rows, 'title').sort()).toEqual([...RIO_TITLES].sort());
  });

  it('matches names whatever their case, accents and spacing', async () => {
    for (const [name, expected] of [['office 365', 10], ['microsoft 365', 10], ['rio', 13], ['PEGASE', 2], ['pégase', 2], ['no such system', 0]] as const) {
      const rows = aboutFrenchRegisters(await runQuery('treatments-using-system', { system: DataFactory.literal(name) }), 'treatment');
      expect(rows.length, name).toBe(expected);
    }
  });

  it('answers the same through the SPARQL endpoint, as YASGUI sends it', async () => {
    const res = await fetch(`${server.url}sparql`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/sparql-results+json' },
      body: new URLSearchParams({ query: findQuery('treatments-using-system').text }),
    });
    expect(res.status).toBe(200);
    const json = (await res.json()) as { results: { bindings: { treatment: { value: string } }[] } };
    expect(json.results.bindings.filter((b) => /\/register\/00[12]-/.test(b.treatment.value))).toHaveLength(10);
  });
});

describe('systems-shared-across-registers', () => {
  it('lists the 17 systems named in two of registers 000–004, Microsoft 365 first (10 treatments)', async () => {
    const rows = await runQuery('systems-shared-across-registers');
    expect(rows.every((r) => Number(r.registers?.value) >= 2)).toBe(true);
    expect([rows[0]?.systemLabel?.value, Number(rows[0]?.registers?.value), Number(rows[0]?.treatments?.value)]).toEqual(['Microsoft 365', 2, 10]);
    const labels = values(rows, 'systemLabel');
    // 001 and 002 share 16 systems (e.g. "Gestion des annuaires Hyde/Hydre, Polaris, Eridan, Orion"); SIRENE is named in 001 and 004.
    expect(labels).toEqual(expect.arrayContaining([
      'Microsoft 365', 'Annuaire Eridan', 'Annuaire Hydre', 'Annuaire Orion (ministères sociaux)', 'Annuaire Polaris', 'Collecte-Pro',
      'Le qui fait quoi de la DNUM', 'Messagerie Exchange 2013', 'NUMOBIS, gestion des smartphones professionnels', 'OneDrive (Microsoft 365)',
      'Pass-ITSM, gestion des tickets de support', 'Pégase, gestion dématérialisée du courrier', 'Répertoire SIRENE des entreprises',
      "SI honorabilité, contrôle d'honorabilité des intervenants", 'SharePoint (Microsoft 365)', "Socle d'enquêtes SOLEN", "Socle d'espaces collaboratifs WSS/ECU",
    ]));
    // RIO is named by 13 treatments, all in register 004.
    expect(labels.some((l) => l.startsWith('RIO'))).toBe(false);
  });
});

describe('treatments-processing-nir', () => {
  it('finds the five treatments whose data categories name the NIR (n° INSEE, numéro de sécurité sociale, NIR, carte vitale)', async () => {
    const rows = aboutFrenchRegisters(await runQuery('treatments-processing-nir'), 'treatment');
    expect(rows.map((r) => [registerNumber(r.treatment), r.title?.value]).sort()).toEqual([
      ['000', 'Dossier social informatisé – Mon Suivi Social'],
      ['000', 'Gestion budgétaire'],
      ['000', 'Gestion logistique-informatique'],
      ['002', 'Base séquestre données de vaccination covid-19'],
      ['003', 'MonPsy'],
    ]);
  });
});
