// Tests the word-level diff on small texts whose changes are known.
import { describe, expect, it } from 'vitest';
import { diffWords } from '../../src/editions/diff-words.ts';

describe('diffWords', () => {
  it('says two equal texts are the same', () => {
    expect(diffWords('a b c', ' a  b c ')).toEqual({ same: true, keptWords: 3, deletedWords: 0, insertedWords: 0, hunks: [] });
  });

  it('finds one replaced word with its context', () => {
    const diff = diffWords('les traitements respectent la Politique de sécurité', 'les traitements respectaient la Politique de sécurité');
    expect(diff.hunks).toEqual([{ before: 'les traitements', deleted: 'respectent', inserted: 'respectaient', after: 'la Politique de sécurité' }]);
    expect([diff.keptWords, diff.deletedWords, diff.insertedWords]).toEqual([6, 1, 1]);
  });

  it('reports insertions and deletions at both ends', () => {
    const diff = diffWords('Durée : 1 an maximum', '1 an maximum après la fermeture');
    expect(diff.hunks).toEqual([
      { before: '', deleted: 'Durée :', inserted: '', after: '1 an maximum' },
      { before: '1 an maximum', deleted: '', inserted: 'après la fermeture', after: '' },
    ]);
  });

  it('joins two changes one or two words apart into one hunk', () => {
    const diff = diffWords('a b c d e f g', 'a X c Y e f g');
    expect(diff.hunks).toEqual([{ before: 'a', deleted: 'b c d', inserted: 'X c Y', after: 'e f g' }]);
  });
});
