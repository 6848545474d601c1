// Tests loading the seven catalogues: real files validate and cross-check, broken copies fail naming the file.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { catalogueKindSchema } from '../../src/model/catalogue.ts';
import { CATALOGUE_FILES, CatalogueError, loadCatalogues, type Catalogues } from '../../src/model/load-catalogues.ts';

const cataloguesDir = fileURLToPath(new URL('../../ontology/catalogues/', import.meta.url));

describe('loadCatalogues on ontology/catalogues', () => {
  let catalogues: Catalogues;
  beforeAll(async () => {
    catalogues = await loadCatalogues();
  });

  it.each(catalogueKindSchema.options)('has %s entries with unique ids', (kind) => {
    const ids = catalogues[kind].map((entry) => entry.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('reads the default directory and an explicit one alike', async () => {
    const explicit = await loadCatalogues(cataloguesDir);
    expect(explicit.system.map((entry) => entry.id)).toEqual(catalogues.system.map((entry) => entry.id));
  });

  it.each([
    { kind: 'organisation', id: 'microsoft', check: { country: 'US', internal: false } },
    { kind: 'organisation', id: 'dnum', check: { internal: true, partOf: 'sg-mcas' } },
    { kind: 'organisation', id: 'ars', check: { internal: false } },
    { kind: 'system', id: 'office365', check: { provider: 'microsoft', types: ['dpv:Technology'] } },
    { kind: 'system', id: 'sharepoint', check: { partOf: 'office365' } },
    { kind: 'system', id: 'rio', check: { patterns: ['\\bRIO\\b'], provider: 'dtnum' } },
    { kind: 'policy', id: 'pssi-mcas', check: { types: ['dpv:Policy', 'dpv:InformationSecurityPolicy'] } },
    { kind: 'data-category', id: 'nir', check: { sensitivity: 'nir', broader: ['pd:OfficialID'], types: ['dpv:SensitivePersonalData'] } },
    { kind: 'data-category', id: 'criminal-record', check: { sensitivity: 'art10', broader: ['criminal', 'pd:CriminalConviction'] } },
    { kind: 'data-category', id: 'health', check: { sensitivity: 'art9', dpvTerm: 'pd:Health' } },
    { kind: 'data-subject', id: 'employee', check: { broader: ['dpv:Employee'] } },
    { kind: 'data-subject', id: 'health-professional', check: { broader: ['dpv:DataSubject'] } },
    { kind: 'legal-basis', id: 'a6-1-f', check: { dpvTerm: 'eu-gdpr:A6-1-f' } },
    { kind: 'country', id: 'us', check: { dpvTerm: 'loc:US', internal: false } },
    { kind: 'country', id: 'fr', check: { dpvTerm: 'loc:FR', internal: true } },
    // The EU institution: no French ministry, no country, the Union as jurisdiction; read in English records by aliasesEn.
    { kind: 'organisation', id: 'edps', check: { internal: false, jurisdiction: 'loc:EU', types: ['dpv:Organisation', 'dpv:PublicSectorBody'], aliasesEn: ['European Data Protection Supervisor', 'EDPS'] } },
    { kind: 'organisation', id: 'airplus', check: { internal: false, country: 'DE' } },
    { kind: 'organisation', id: 'randstad-belgium', check: { internal: false, country: 'BE' } },
    { kind: 'system', id: 'sysper', check: { provider: 'european-commission' } },
    { kind: 'data-subject', id: 'seconded-national-expert', check: { broader: ['dpv:Employee'] } },
    // Names: the name apart from the description, misspellings apart from the aliases (skos:prefLabel, skos:hiddenLabel).
    { kind: 'system', id: 'rio', check: { name: 'RIO', description: "Référentiel des identités et de l'organisation du ministère de l'Intérieur" } },
    { kind: 'system', id: 'hydre', check: { aliases: ['Hydre'], misspellings: ['Hyde'] } },
    // Legal bases of Regulation (EU) 2018/1725 and French texts: jurisdiction, article, matching GDPR article.
    { kind: 'legal-basis', id: 'eudpr-5-1-a', check: { jurisdiction: 'loc:EU', notation: 'Art. 5(1)(a)', closeMatch: ['eu-gdpr:A6-1-e'], types: ['dpv:LegalBasis'] } },
    { kind: 'legal-basis', id: 'eudpr-48-2-d', check: { closeMatch: ['eu-gdpr:A46-2-b', 'eu-gdpr:A46-2-e', 'eu-gdpr:A46-2-f'], types: ['dpv:DataTransferLegalBasis'] } },
    { kind: 'legal-basis', id: 'loi-95-73', check: { jurisdiction: 'loc:FR', types: ['dpv:LegalBasis'] } },
    { kind: 'country', id: 'non-eea', check: { internal: false, broader: ['loc:non-EEA'] } },
    { kind: 'data-category', id: 'disability', check: { dpvTerm: 'pd:Disability', sensitivity: 'art9' } },
  ] as const)('finds $kind $id', ({ kind, id, check }) => {
    expect(catalogues.byId(kind, id)).toMatchObject(check);
  });

  it('returns undefined for an unknown id or a known id of another kind', () => {
    expect(catalogues.byId('system', 'no-such-system')).toBeUndefined();
    expect(catalogues.byId('organisation', 'office365')).toBeUndefined();
  });

  it('fills the zod defaults (aliases, patterns, types, broader)', () => {
    const entry = catalogues.byId('organisation', 'conseil-etat');
    expect(entry).toMatchObject({ aliases: [], patterns: [], broader: [], aliasesEn: [], patternsEn: [] });
    expect(entry?.country).toBe('FR');
    expect(catalogues.byId('organisation', 'edps')?.country).toBeUndefined();
  });
});

describe('loadCatalogues on broken copies', () => {
  const dirs: string[] = [];
  afterEach(async () => {
    await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });

  /** Copies the real catalogues to a temporary directory and lets `edit` break one file. */
  async function brokenCopy(file: string, edit: (json: any) => unknown): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'catalogues-'));
    dirs.push(dir);
    await cp(cataloguesDir, dir, { recursive: true });
    const json: unknown = JSON.parse(await readFile(join(dir, file), 'utf8'));
    const edited = edit(json);
    await writeFile(join(dir, file), typeof edited === 'string' ? edited : JSON.stringify(edited ?? json));
    return dir;
  }

  it.each([
    {
      name: 'an id that is not a slug',
      file: 'systems.json',
      edit: (json: any) => void (json.entries[0].id = 'Office 365'),
      message: /^systems\.json: entries\.0\.id: expected a lower-case slug/,
    },
    {
      name: 'a missing label',
      file: 'organisations.json',
      edit: (json: any) => void delete json.entries[2].label,
      message: /^organisations\.json: entries\.2\.label: /,
    },
    {
      name: 'a malformed CURIE',
      file: 'data-categories.json',
      edit: (json: any) => void (json.entries[0].dpvTerm = 'Identifying'),
      message: /^data-categories\.json: entries\.0\.dpvTerm: expected a CURIE/,
    },
    {
      name: 'an unknown sensitivity',
      file: 'data-categories.json',
      edit: (json: any) => void (json.entries[0].sensitivity = 'secret'),
      message: /^data-categories\.json: entries\.0\.sensitivity: /,
    },
    {
      name: 'an empty entries array',
      file: 'countries.json',
      edit: (json: any) => void (json.entries = []),
      message: /^countries\.json: entries: /,
    },
    {
      name: 'invalid JSON',
      file: 'policies.json',
      edit: () => '{ "kind": "policy", ',
      message: /^policies\.json: invalid JSON/,
    },
    {
      name: 'a kind that does not match the file name',
      file: 'policies.json',
      edit: (json: any) => void (json.kind = 'system'),
      message: /^policies\.json: kind: "system" does not match the file name/,
    },
    {
      name: 'a duplicate id',
      file: 'legal-bases.json',
      edit: (json: any) => void (json.entries[1].id = json.entries[0].id),
      message: /^legal-bases\.json: entries\.1\.id \(id "a6-1-a"\): duplicate id/,
    },
    {
      name: 'a provider that is not an organisation',
      file: 'systems.json',
      edit: (json: any) => void (json.entries[0].provider = 'nobody'),
      message: /^systems\.json: entries\.0\.provider \(id "office365"\): "nobody" is not an organisation id/,
    },
    {
      name: 'a partOf pointing nowhere',
      file: 'systems.json',
      edit: (json: any) => void (json.entries[1].partOf = 'office366'),
      message: /^systems\.json: entries\.1\.partOf \(id "sharepoint"\): "office366" is not another system id/,
    },
    {
      name: 'a partOf cycle',
      file: 'systems.json',
      edit: (json: any) => void (json.entries[0].partOf = 'sharepoint'),
      message: /^systems\.json: partOf: cycle/,
    },
    {
      name: 'a broader id missing from the catalogue',
      file: 'data-categories.json',
      edit: (json: any) => void json.entries.find((entry: any) => entry.id === 'criminal-record').broader.push('criminality'),
      message: /^data-categories\.json: entries\.\d+\.broader\.2 \(id "criminal-record"\): "criminality" is not another data-category id/,
    },
    {
      name: 'an unknown prefix',
      file: 'data-subjects.json',
      edit: (json: any) => void (json.entries[0].dpvTerm = 'foo:Employee'),
      message: /^data-subjects\.json: entries\.0\.dpvTerm \(id "employee"\): unknown prefix in "foo:Employee"/,
    },
    {
      name: 'a data subject that is a DPV term (DPV 2.3 types dpv:Employee a dpv:HumanSubject, no dpv:DataSubject)',
      file: 'data-subjects.json',
      edit: (json: any) => void (json.entries[0].dpvTerm = 'dpv:Employee'),
      message: /^data-subjects\.json: entries\.0\.dpvTerm \(id "employee"\): a data subject is one of our dpv:DataSubject nodes; put "dpv:Employee" in broader/,
    },
    {
      name: 'a closeMatch with an unknown prefix',
      file: 'legal-bases.json',
      edit: (json: any) => void (json.entries.find((entry: any) => entry.id === 'eudpr-5-1-a').closeMatch = ['gdpr:A6-1-e']),
      message: /^legal-bases\.json: entries\.\d+\.closeMatch\.0 \(id "eudpr-5-1-a"\): unknown prefix in "gdpr:A6-1-e"/,
    },
    {
      name: 'a misspelling that is no name',
      file: 'systems.json',
      edit: (json: any) => void (json.entries.find((entry: any) => entry.id === 'hydre').misspellings = ['']),
      message: /^systems\.json: entries\.\d+\.misspellings\.0/,
    },
    {
      name: 'a pattern that does not compile',
      file: 'systems.json',
      edit: (json: any) => void (json.entries[0].patterns = ['(']),
      message: /^systems\.json: Entry "office365": invalid pattern "\("/,
    },
    {
      name: 'an English pattern that does not compile',
      file: 'data-subjects.json',
      edit: (json: any) => void (json.entries[0].patternsEn = ['[']),
      message: /^data-subjects\.json: Entry "employee": invalid pattern "\["/,
    },
    {
      name: 'a jurisdiction with an unknown prefix',
      file: 'organisations.json',
      edit: (json: any) => void (json.entries.find((entry: any) => entry.id === 'edps').jurisdiction = 'geo:EU'),
      message: /^organisations\.json: entries\.\d+\.jurisdiction \(id "edps"\): unknown prefix in "geo:EU"/,
    },
  ])('rejects $name, naming $file', async ({ file, edit, message }) => {
    const dir = await brokenCopy(file, edit);
    const error = await loadCatalogues(dir).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(CatalogueError);
    expect((error as CatalogueError).file).toBe(file);
    expect((error as Error).message).toMatch(message);
  });

  it('rejects a directory missing a catalogue', async () => {
    const dir = await brokenCopy('countries.json', () => undefined);
    await rm(join(dir, CATALOGUE_FILES.country));
    await expect(loadCatalogues(dir)).rejects.toThrow(/^countries\.json: missing from /);
  });

  it('rejects an unexpected JSON file', async () => {
    const dir = await brokenCopy('countries.json', () => undefined);
    await writeFile(join(dir, 'extra.json'), '{}');
    await expect(loadCatalogues(dir)).rejects.toThrow(/^extra\.json: unexpected catalogue file/);
  });
});
