// The questions issue 16 asks of the graph, through the endpoint's engine: an analyst's plain SKOS query finds RIO,
// and the canned queries that use DPV's taxonomies (purposes across ministries, sensitive data without protection).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/start-test-server.ts';
import { entityKey, keys, numberOf, run, value } from './canned-query-rows.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('questions in DPV and SKOS terms', () => {
  it("finds RIO's 13 treatments with the issue's query over skos:altLabel|skos:prefLabel", async () => {
    // Issue 16, verbatim but for the prefixes and the projection.
    const rows = await server.deps.sparql.selectRows(`PREFIX dpv: <https://w3id.org/dpv#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?t WHERE { ?t dpv:isImplementedUsingTechnology ?s . ?s skos:altLabel|skos:prefLabel ?l FILTER(LCASE(STR(?l))="rio") }`);
    // 004: HAXO, CallMI, Hesperis, NOEMI (×2), OCS-GLPI, APSIM, Passage 2, RIO, MCE… (systems.json: RIO's pattern \bRIO\b).
    expect(rows).toHaveLength(13);
    expect(rows.every((r) => /\/register\/004-[^/]+\/treatment\//.test(r.t?.value ?? ''))).toBe(true);
  });

  it('finds a system by a misspelling the registers use, through skos:hiddenLabel ("Hyde", 001:28)', async () => {
    const rows = await server.deps.sparql.selectRows(`PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?s WHERE { ?s skos:hiddenLabel "Hyde" }`);
    expect(rows.map((r) => entityKey(r.s))).toEqual(['system/hydre']);
  });

  it('treatments-per-dpv-purpose: human resources across the three administrations, recruitment at the Interior and the EDPS', async () => {
    const rows = await run(server, 'treatments-per-dpv-purpose');
    const of = (key: string) => rows.find((r) => entityKey(r.purpose) === key);
    // 000:20-23 (local HR), 004:248-320 (contract staff, recruitment, apprentices, on-call duty, interns, telework), 01a, 03, 05, 57…
    expect(numberOf(of('dpv:HumanResourceManagement'), 'ministries')).toBe(3);
    expect(numberOf(of('dpv:HumanResourceManagement'), 'treatments')).toBeGreaterThanOrEqual(12);
    // 004:264 "Suivre le processus de recrutement", 01a:40 "Select staff", 03:34 "Select SNE", 05:40 "selection of staff".
    expect(numberOf(of('dpv:RecruitmentManagement'), 'treatments')).toBe(4);
    expect(value(of('dpv:RecruitmentManagement'), 'ministryLabels')?.split(' ; ').sort()).toEqual(['Contrôleur européen de la protection des données (CEPD)', "Ministère de l'Intérieur et des Outre-mer"]);
    // A concept of ours counts under its DPV parent: the work tools (messaging, calendars) under technical service provision.
    expect(numberOf(of('ropa:WorkToolProvision'), 'treatments')).toBeLessThanOrEqual(numberOf(of('dpv:TechnicalServiceProvision'), 'treatments'));
    expect(value(of('dpv:PersonnelManagement'), 'purposeLabel')).toBe('Gestion du personnel');
    const counts = rows.map((r) => numberOf(r, 'treatments'));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('sensitive-data-without-access-control-or-encryption: the sensitive treatments that state neither, not the EDPS selections (access restricted)', async () => {
    const rows = await run(server, 'sensitive-data-without-access-control-or-encryption');
    const found = keys(rows);
    // 000:15 DIHOMED (casier judiciaire), 002:10 vaccination (NIR, santé), 003:54 MANO (santé): no security item at all.
    expect(found).toEqual(expect.arrayContaining(['000 DIHOMED', '002 Base séquestre données de vaccination covid-19', '003 MANO']));
    // 01a:112-116 and 03: "restricted access … on a need-to-know basis" (dpv:AccessControlMethod): protected.
    expect(found.filter((k) => k.startsWith('edps-'))).toEqual([]);
    expect(rows.every((r) => (value(r, 'categories') ?? '') !== '')).toBe(true);
  });
});
