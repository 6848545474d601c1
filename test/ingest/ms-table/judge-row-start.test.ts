// Tests the rule telling a new treatment row from a page-break continuation row.
import { describe, expect, it } from 'vitest';
import { judgeRowStart } from '../../../src/ingest/ms-table/judge-row-start.ts';
import { mapHeaderColumns } from '../../../src/ingest/ms-table/map-header-columns.ts';
import { header } from './fixtures.ts';

const columns = mapHeaderColumns(header, 'f.txt', 1);
const row = (...cells: string[]): string[] => [...cells, ...Array<string>(6 - cells.length).fill('')];

describe('judgeRowStart', () => {
  it.each([
    { name: 'a full row (001 line 11)', cells: row('Collecte-Pro', 'Collecte-pro est…', 'DNUM', 'Données'), starts: true },
    { name: 'a title in <p> (002 line 26)', cells: row('<p>Gestion de la messagerie</p>', '<p>Permettre…</p>', '<p>DNUM</p>'), starts: true },
    { name: 'a title starting with a digit (003 line 10)', cells: row('1000Premier sjours', 'Visualiser', 'DGCS'), starts: true },
    { name: 'empty first cells (000 line 19)', cells: row('', '', '', 'Durée de conservation : 4 ans'), starts: false },
    { name: 'empty title, RT filled (002 line 69)', cells: row('', '<p>chargées…</p>', '<p>on de la jeunesse - ARS - DNUM</p>'), starts: false },
    { name: 'end of a cut title, RT empty (001 line 64)', cells: row('fichiers multimédias', '', '', '', 'Les agents', 'déposer'), starts: false },
    { name: 'end of a cut title in <p>, RT empty (002 line 35)', cells: row('<p>support Pass-ITSM</p>', '<p>demandes bureautique…</p>', '', '<p>Informations</p>'), starts: false },
  ])('$name → starts a treatment: $starts', ({ cells, starts }) => {
    expect(judgeRowStart(cells, columns)).toEqual({ startsTreatment: starts });
  });

  it.each([
    { name: 'lower-case title with RT filled', cells: row('fichiers', 'But', 'DNUM'), starts: true, doubt: /lower case but RT is filled/ },
    { name: 'upper-case title with RT empty', cells: row('Fichiers', 'But', ''), starts: false, doubt: /upper case but RT is empty/ },
  ])('reports a doubt for $name', ({ cells, starts, doubt }) => {
    const judged = judgeRowStart(cells, columns);
    expect(judged.startsTreatment).toBe(starts);
    expect(judged.doubt).toMatch(doubt);
  });

  it('falls back on Finalités as anchor when the table has no RT column', () => {
    const noRt = mapHeaderColumns(['Intitulé', 'Finalités', 'Données traitées'], 'f.txt', 1);
    expect(judgeRowStart(['Titre', 'But', ''], noRt).startsTreatment).toBe(true);
    expect(judgeRowStart(['suite du titre', '', 'x'], noRt).startsTreatment).toBe(false);
  });
});
