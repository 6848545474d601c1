// Tests the whole parse on the real registers and on small inline registers, one oddity at a time.
import { describe, expect, it } from 'vitest';
import { rawRegisterSchema, type RawRegister, type RawTreatment } from '../../../src/model/raw-register.ts';
import type { FieldKey, SourceField } from '../../../src/model/source-field.ts';
import { msTableLayout } from '../../../src/ingest/ms-table/ms-table-layout.ts';
import { buildText, header, preambleLines, readRegisterText, registerFiles, type RegisterFile } from './fixtures.ts';

const parseReal = (file: RegisterFile): RawRegister => msTableLayout.parse(readRegisterText(file), file);
const parseInline = (...rows: ReadonlyArray<string | readonly string[]>): RawRegister =>
  msTableLayout.parse(buildText(...preambleLines, header, ...rows), 'inline.txt');

function field(treatment: RawTreatment | undefined, key: FieldKey): SourceField {
  const found = treatment?.fields.find((f) => f.key === key);
  if (found === undefined) throw new Error(`no ${key} field`);
  return found;
}
const titled = (register: RawRegister, title: string): RawTreatment | undefined =>
  register.treatments.find((t) => t.fields.some((f) => f.key === 'title' && f.text === title));

describe('msTableLayout.parse on the real registers', () => {
  it.each([
    { file: '000_49a1ce6041cf4ed6.txt', count: 9, title: 'Registre de la Division Des Cabinets (DDC)' },
    { file: '001_16106fe6b7c9f12d.txt', count: 22, title: 'Registre de la Direction du Numérique (DNUM) en tant que responsable de traitement' },
    { file: '002_f61adf4d39622cae.txt', count: 18, title: 'Registre de la Direction du Numérique (DNUM)' },
    { file: '003_60ea04d657be5b10.txt', count: 11, title: 'Registre de la Fabrique de la Direction du numérique' },
  ] as const)('$file: $count treatments, valid against the schema', ({ file, count, title }) => {
    const register = parseReal(file);
    expect(rawRegisterSchema.parse(register)).toEqual(register);
    expect(register.treatments).toHaveLength(count);
    expect(register.treatments.map((t) => t.ordinal)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
    expect(register).toMatchObject({ file, layout: 'ms-table', title });
  });

  it('keeps the headers as printed in the labels (001 and 002 wordings)', () => {
    const labels = (file: RegisterFile): string[] => (parseReal(file).treatments[0]?.fields ?? []).map((f) => `${f.key}=${f.label}`);
    expect(labels('001_16106fe6b7c9f12d.txt')).toEqual([
      'title=Intitulé',
      'purposes=Finalités',
      'controllers=Responsable de traitement (et co-RT)',
      'dataCategories=Catégories de données traitées',
      'dataSubjects=Catégories de personnes concernées',
      'recipients=Catégories de destinataires*',
    ]);
    expect(labels('002_f61adf4d39622cae.txt')[3]).toBe('dataCategories=Données traitées');
    expect(labels('000_49a1ce6041cf4ed6.txt')[3]).toBe('dataCategories=Catégorie de données traitées');
  });

  it('appends continuation rows after a repeated header to the same columns (000 lines 11 + 14)', () => {
    const treatment = parseReal('000_49a1ce6041cf4ed6.txt').treatments[1];
    expect(treatment?.lines).toEqual({ first: 11, last: 14 });
    expect(field(treatment, 'purposes')).toMatchObject({
      text: 'Assurer la gestion et le suivi des demandes adressées par un intervenant/usager aux membres des cabinets ministériels relevant des ministères sociaux et aux autorités qui leurs sont rattachées.',
      lines: { first: 11, last: 14 },
    });
    expect(field(treatment, 'controllers').lines).toEqual({ first: 11, last: 11 });
  });

  it('continues across a page break without repeated header (002 lines 10 + 12)', () => {
    const treatment = parseReal('002_f61adf4d39622cae.txt').treatments[0];
    expect(treatment?.lines).toEqual({ first: 10, last: 12 });
    expect(field(treatment, 'dataCategories').text).toMatch(/SIRET du lieu de vaccination <ul style="list-style-type: none"> ▪ Code postal/);
  });

  it('continues a cut title: 001 line 64 "fichiers multimédias"', () => {
    const treatment = parseReal('001_16106fe6b7c9f12d.txt').treatments[21];
    expect(treatment?.lines).toEqual({ first: 61, last: 64 });
    expect(field(treatment, 'title')).toMatchObject({ text: 'VODMCAS - Stockage et diffusion de fichiers multimédias', lines: { first: 61, last: 64 } });
    expect(field(treatment, 'recipients').text).toBe(
      'Agents de communication ayant les droits de déposer et gérer les vidéos Agents des ministères sociaux ayant accès aux intranets',
    );
  });

  it('continues a cut title after an empty line: 002 "<p>support Pass-ITSM</p>"', () => {
    const treatment = titled(parseReal('002_f61adf4d39622cae.txt'), 'Gestion de tickets <p>support Pass-ITSM</p>');
    expect(treatment?.lines).toEqual({ first: 33, last: 35 });
    expect(field(treatment, 'purposes').text).toMatch(/^Gestion \(traitement et suivi\) des incidents et de <p>demandes bureautique/);
    expect(field(treatment, 'controllers')).toMatchObject({ text: 'DNUM', lines: { first: 33, last: 33 } });
  });

  it('ignores dash rows (002 lines 17, 20)', () => {
    const register = parseReal('002_f61adf4d39622cae.txt');
    const treatment = register.treatments[2];
    expect(treatment?.lines).toEqual({ first: 14, last: 22 });
    for (const t of register.treatments) for (const f of t.fields) expect(f.text).not.toMatch(/(^|\s)--/);
  });

  it('attaches untabbed spill lines to the open cell (003 lines 12-33 → Catégories de données)', () => {
    const treatment = parseReal('003_60ea04d657be5b10.txt').treatments[0];
    const data = field(treatment, 'dataCategories');
    expect(data.lines).toEqual({ first: 10, last: 38 });
    expect(data.text).toContain(
      "annuaires relatifs à</p> l'identification des professionnels de santé à compter de la connaissance de ce retrait par Nos1000Jours. Site 1000PremiersJours PRO EPDS : Conservation :",
    );
    expect(data.text).toContain('de santé portée à <p>la connaissance de Nos1000Jours</p>');
    expect(field(treatment, 'recipients').text).toBe('Usagers ; Professionnels de santé choisis par les usagers et suivis par eux.');
  });

  it('keeps HTML fragments verbatim (000 line 25)', () => {
    const data = field(parseReal('000_49a1ce6041cf4ed6.txt').treatments[6], 'dataCategories');
    expect(data.text).toContain('<u>Pour Inventaires MSI et mobilité</u>');
    expect(data.text).toContain('<ul style="list-style-type: none"> <li>- NOM/Prénom</li>');
  });

  it('joins fragments of a word cut by a page break with one space (002 "Directi" / "on")', () => {
    const treatment = titled(parseReal('002_f61adf4d39622cae.txt'), 'SI honorabilité');
    expect(field(treatment, 'controllers')).toMatchObject({
      text: 'Direction des Sports - Directi <p>on de la jeunesse - ARS - DNUM</p>',
      lines: { first: 67, last: 69 },
    });
  });

  it('repairs the Cyrillic look-alikes of 000 and warns once', () => {
    const register = parseReal('000_49a1ce6041cf4ed6.txt');
    expect(field(register.treatments[2], 'dataSubjects').text).toBe('Candidats/Récipiendaires potentiels');
    expect(register.warnings).toEqual([
      { file: '000_49a1ce6041cf4ed6.txt', line: 15, message: 'repaired Cyrillic look-alike letters: "Candidats/Réциpiendaires" → "Candidats/Récipiendaires"' },
    ]);
    expect(JSON.stringify([register.title, register.preamble, register.treatments])).not.toMatch(/[\u0400-\u04FF]/);
  });

  it.each(['001_16106fe6b7c9f12d.txt', '002_f61adf4d39622cae.txt', '003_60ea04d657be5b10.txt'] as const)('%s has no warning', (file) => {
    expect(parseReal(file).warnings).toEqual([]);
  });

  it.each([
    { file: '000_49a1ce6041cf4ed6.txt', lines: [3, 7, 35, 37], rights: 'Exercice des droits : ddc-rgpd-cab@ddc.social.gouv.fr' },
    { file: '001_16106fe6b7c9f12d.txt', lines: [3, 7, 66, 68], rights: 'Exercice des droits : rgpd-dnum@sg.social.gouv.fr' },
    { file: '002_f61adf4d39622cae.txt', lines: [3, 7, 75, 77], rights: 'Exercice des droits : rgpd-dnum@sg.social.gouv.fr' },
    { file: '003_60ea04d657be5b10.txt', lines: [3, 7, 74, 76], rights: "Adresse d'exercice des droits : rgpd-dnum@sg.social.gouv.fr" },
  ] as const)('reads the preamble and footer of $file', ({ file, lines, rights }) => {
    const preamble = parseReal(file).preamble;
    expect(preamble.map((f) => [f.key, f.label, f.lines.first, f.lines.last])).toEqual([
      ['other', 'adresse', lines[0], lines[0]],
      ['other', 'exercice des droits', lines[1], lines[1]],
      ['other', 'note', lines[2], lines[2]],
      ['securityMeasures', 'mesures de sécurité', lines[3], lines[3]],
    ]);
    expect(preamble[0]?.text).toMatch(/^Ministères sociaux, 14 avenue Duquesne, 75\d{3} Paris SP 07$/i);
    expect(preamble[1]?.text).toBe(rights);
    expect(preamble[2]?.text).toMatch(/^\\?\*Sauf précisions spécifiques/);
    expect(preamble[3]?.text).toMatch(/^Mesures de sécurité techniques et organisationnelles : .*\(PSSI-MCAS\)/);
  });
});

describe('msTableLayout.parse on inline registers', () => {
  const row1 = ['Titre un', 'But un', 'DNUM', 'Données un', 'Agents', 'Interne'];
  const row2 = ['Titre deux', 'But deux', 'DGS', 'Données deux', 'Usagers', 'CNAM'];

  it('reads the preamble, the title and plain rows with their lines', () => {
    const register = parseInline(row1, row2);
    expect(register.title).toBe('Registre de test');
    expect(register.preamble).toEqual([
      { key: 'other', label: 'adresse', text: preambleLines[0], lines: { first: 1, last: 1 } },
    ]);
    expect(register.treatments.map((t) => t.lines)).toEqual([{ first: 5, last: 5 }, { first: 6, last: 6 }]);
    expect(register.treatments[1]?.fields).toEqual(
      header.map((label, i) => ({ key: register.treatments[1]?.fields[i]?.key, label: label, text: row2[i], lines: { first: 6, last: 6 } })),
    );
  });

  it.each([
    { name: 'with a repeated header', pageBreak: ['', header] },
    { name: 'without a repeated header', pageBreak: [''] },
    { name: 'with several empty lines', pageBreak: ['', '', ''] },
    { name: 'with a dash row', pageBreak: [['--', '--', '--', '---', '--', '--'], ''] },
  ])('continues a treatment across a page break $name', ({ pageBreak }) => {
    const register = parseInline(row1, ...pageBreak, ['', 'suite du but', '', 'suite des données', '', ''], row2);
    const continuationLine = 6 + pageBreak.length;
    expect(register.treatments).toHaveLength(2);
    expect(register.treatments[0]?.lines).toEqual({ first: 5, last: continuationLine });
    expect(field(register.treatments[0], 'purposes')).toMatchObject({ text: 'But un suite du but', lines: { first: 5, last: continuationLine } });
    expect(field(register.treatments[0], 'dataCategories').text).toBe('Données un suite des données');
    expect(field(register.treatments[0], 'controllers').lines).toEqual({ first: 5, last: 5 });
  });

  it.each([
    { name: 'plain', cut: 'fichiers multimédias' },
    { name: 'in <p>', cut: '<p>support Pass-ITSM</p>' },
  ])('continues a cut title ($name) whose RT cell is empty', ({ cut }) => {
    const register = parseInline(['VODMCAS - Stockage de', 'But', 'DNUM', 'Données', 'Agents', 'Agents ayant'], '', header, [cut, 'suite', '', '', '', 'les droits'], row2);
    expect(register.treatments).toHaveLength(2);
    expect(field(register.treatments[0], 'title')).toMatchObject({ text: `VODMCAS - Stockage de ${cut}`, lines: { first: 5, last: 8 } });
    expect(field(register.treatments[0], 'recipients').text).toBe('Agents ayant les droits');
    expect(register.warnings).toEqual([]);
  });

  it('warns when the case of a title disagrees with the RT rule', () => {
    const register = parseInline(row1, ['iPhone de service', 'But', 'DNUM', '', '', '']);
    expect(register.treatments).toHaveLength(2);
    expect(register.warnings).toEqual([{ file: 'inline.txt', line: 6, message: expect.stringMatching(/lower case but RT is filled/) }]);
  });

  it('attaches untabbed spill lines to the open cell, blank lines between them', () => {
    const register = parseInline(
      ['Titre', 'But.', 'DNUM', '<p>Conservation : 1 an pour les</p>', 'Agents.', 'Interne.'],
      '',
      'agents de la direction',
      '',
      '- et 2 ans pour les autres',
      '',
      ['', '', '', '<p>Informations de connexion</p>', '', ''],
      row2,
    );
    const data = field(register.treatments[0], 'dataCategories');
    expect(data).toMatchObject({
      text: '<p>Conservation : 1 an pour les</p> agents de la direction - et 2 ans pour les autres <p>Informations de connexion</p>',
      lines: { first: 5, last: 11 },
    });
    expect(field(register.treatments[0], 'recipients').text).toBe('Interne.');
    expect(register.warnings).toEqual([]);
  });

  it('keeps HTML verbatim and joins a cut word with a space', () => {
    const register = parseInline(
      ['<p>Titre</p>', '<ul><li>- un</li></ul>', 'Direction des Sports - Directi', '<u>Annuaire :</u>', '', ''],
      ['', '', '<p>on de la jeunesse</p>', '', '', ''],
    );
    const treatment = register.treatments[0];
    expect(field(treatment, 'title').text).toBe('<p>Titre</p>');
    expect(field(treatment, 'purposes').text).toBe('<ul><li>- un</li></ul>');
    expect(field(treatment, 'controllers').text).toBe('Direction des Sports - Directi <p>on de la jeunesse</p>');
    expect(field(treatment, 'dataCategories').text).toBe('<u>Annuaire :</u>');
    expect(treatment?.fields.map((f) => f.key)).toEqual(['title', 'purposes', 'controllers', 'dataCategories']);
  });

  it('repairs look-alikes in labels and text, with one warning per repaired word', () => {
    const text = buildText(
      ...preambleLines,
      ['Intitulé', 'Finalités', 'RT', 'Données traitées', 'Catégories de personnes concernées', 'Catégories de dеstinataires*'],
      ['Réциpiendaires', 'But', 'DNUM', 'dоnnées', 'Agents', 'Interne'],
    );
    const register = msTableLayout.parse(text, 'inline.txt');
    expect(field(register.treatments[0], 'recipients').label).toBe('Catégories de destinataires*');
    expect(field(register.treatments[0], 'title').text).toBe('Récipiendaires');
    expect(field(register.treatments[0], 'dataCategories').text).toBe('données');
    expect(register.warnings.map((w) => [w.line, w.message])).toEqual([
      [4, 'repaired Cyrillic look-alike letters: "dеstinataires*" → "destinataires*"'],
      [5, 'repaired Cyrillic look-alike letters: "Réциpiendaires" → "Récipiendaires"'],
      [5, 'repaired Cyrillic look-alike letters: "dоnnées" → "données"'],
    ]);
  });

  it('reads rights, footnote and security statement around the table', () => {
    const register = msTableLayout.parse(
      buildText(
        '',
        'Ministères sociaux, 14 avenue Duquesne, 75730 Paris SP 07',
        'Registre de la Fabrique',
        "Adresse d'exercice des droits : rgpd@example.fr",
        header,
        row1,
        '',
        '*Sauf précisions spécifiques, les destinataires sont certains agents',
        '',
        'Mesures de sécurité techniques et organisationnelles : PSSI-MCAS',
        'Texte libre',
      ),
      'inline.txt',
    );
    expect(register.title).toBe('Registre de la Fabrique');
    expect(register.preamble.map((f) => [f.key, f.label, f.lines.first])).toEqual([
      ['other', 'adresse', 2],
      ['other', 'exercice des droits', 4],
      ['other', 'note', 8],
      ['securityMeasures', 'mesures de sécurité', 10],
      ['other', 'note', 11],
    ]);
  });
});
