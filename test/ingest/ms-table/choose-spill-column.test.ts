// Tests the choice of the cell that untabbed overflow lines continue.
import { describe, expect, it } from 'vitest';
import { chooseSpillColumn } from '../../../src/ingest/ms-table/choose-spill-column.ts';

describe('chooseSpillColumn', () => {
  it.each([
    {
      name: '003 line 10 then line 35: open cells and next continuation agree on column 4',
      previous: ['1000Premier sjours', '<p>… 1000 premiers jours.</p>', 'Direction générale', '<p>… annuaires relatifs à</p>', 'choisis par eux.', 'suivis par eux.'],
      next: ['', '', '', '<p>la connaissance</p>', '', ''],
      column: 3,
    },
    {
      name: 'no next continuation: the only open cell',
      previous: ['Titre.', 'But.', 'DNUM.', 'Données relatives à', 'Agents.', 'Interne.'],
      next: undefined,
      column: 3,
    },
    {
      name: 'every cell closed: the single continued cell',
      previous: ['Titre.', 'But.', 'DNUM.', 'Données.', 'Agents.', 'Interne.'],
      next: ['', '', '', '', 'suite', ''],
      column: 4,
    },
  ])('$name', ({ previous, next, column }) => {
    expect(chooseSpillColumn(previous, next)).toEqual({ column });
  });

  it('guesses the last open cell, with a doubt, when nothing singles one out', () => {
    const choice = chooseSpillColumn(['Titre', 'But', 'DNUM', 'Données', '', ''], undefined);
    expect(choice.column).toBe(3);
    expect(choice.doubt).toMatch(/cannot tell which cell/);
  });
});
