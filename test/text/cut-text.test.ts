// Long texts cut for labels and warnings: at most the length asked for, never half a character.
import { describe, expect, it } from 'vitest';
import { cutText } from '../../src/text/cut-text.ts';

/** Half a character: a high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('cutText', () => {
  it.each([
    ['a short text, kept whole', 'Gestion de la paie', 20, 'Gestion de la paie'],
    ['exactly the limit, kept whole', 'abcdef', 6, 'abcdef'],
    ['one past the limit, cut with an ellipsis', 'abcdefg', 6, 'abcde…'],
    ['an emoji across the cut, moved back before it', 'abcd😀efgh', 6, 'abcd…'],
    ['an emoji just before the cut, kept', 'abc😀defgh', 6, 'abc😀…'],
    ['accents (one unit each), cut as letters', 'éèêëàâîï', 5, 'éèêë…'],
  ])('%s', (_name, text, max, expected) => {
    const cut = cutText(text, max);
    expect(cut).toBe(expected);
    expect(cut.length).toBeLessThanOrEqual(max);
    expect(cut).not.toMatch(LONE_SURROGATE);
  });
});
