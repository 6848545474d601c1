// Date checks on "Date de dernière mise à jour": dd/mm/yyyy calendar days pass, anything else is described.
import { describe, expect, it } from 'vitest';
import { findDateProblem } from '../../../src/ingest/miom-blocks/find-date-problem.ts';

describe('findDateProblem', () => {
  it.each(['30/05/2023', '29/02/2024', '31/12/2022'])('accepts %s', (text) => {
    expect(findDateProblem(text)).toBeUndefined();
  });

  it.each([
    { text: '19/092023', problem: 'malformed date "19/092023"' },
    { text: '1/09/2023', problem: 'malformed date' },
    { text: '2023-09-19', problem: 'malformed date' },
    { text: '', problem: 'malformed date' },
    { text: '31/02/2023', problem: 'impossible date "31/02/2023"' },
    { text: '29/02/2023', problem: 'impossible date' },
    { text: '12/13/2023', problem: 'impossible date' },
  ])('describes "$text"', ({ text, problem }) => {
    expect(findDateProblem(text)).toContain(problem);
  });
});
