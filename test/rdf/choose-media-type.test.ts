// Content negotiation of an Accept header against what a route offers.
import { describe, expect, it } from 'vitest';
import { chooseMediaType } from '../../src/rdf/choose-media-type.ts';

const OFFERED = ['text/turtle', 'application/ld+json', 'text/html'];

describe('chooseMediaType', () => {
  it.each([
    ['no Accept header', undefined, 'text/turtle'],
    ['an empty one', '', 'text/turtle'],
    ['anything', '*/*', 'text/turtle'],
    ['a browser', 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', 'text/html'],
    ['q values', 'text/turtle;q=0.5, application/ld+json', 'application/ld+json'],
    ['the most specific range', 'text/*;q=0.9, text/turtle;q=0', 'text/html'],
    ['a type in capitals', 'Application/LD+JSON', 'application/ld+json'],
    ['nothing offered', 'image/png', undefined],
  ])('follows %s', (_name, accept, chosen) => {
    expect(chooseMediaType(accept, OFFERED)).toBe(chosen);
  });
});
