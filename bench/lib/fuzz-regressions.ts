// Inputs on which an earlier fuzz run found a crash, a hang or a multi-line refusal: each is run again before the new mutations.
import type { Regression } from './run-fuzz-campaign.ts';

export const FUZZ_REGRESSIONS: readonly Regression[] = [
  {
    label: 'an xlsx cut 16 bytes in, inside a deflated entry (SheetJS inflate looped forever)',
    seed: 'table.xlsx',
    bytes: Buffer.from('504b03040a00000008000db3875d91db', 'hex'),
  },
  {
    label: 'an xlsx whose deflated bytes had separators swapped (SheetJS inflate looped forever)',
    seed: 'table.xlsx',
    mutations: [{ kind: 'mix-delimiters', share: 56, delimiter: '\t', pick: 211991724 }],
  },
  {
    label: 'a PDF whose page 3 holds a damaged flate stream (a pdf.js error escaped the build)',
    seed: 'edps-form.pdf',
    mutations: [
      { kind: 'flip-bytes', at: [920555639, 407026491, 1421756381, 1219920510, 2095900039, 1441830867, 1224950741, 91304679, 1749216095, 1446839509, 181469014], masks: [52, 180, 41, 2, 44, 121, 20, 150, 132] },
      { kind: 'duplicate-line', at: 1778695033, times: 17 },
    ],
  },
  {
    label: 'a PDF whose page tree points to an object of the wrong type (a pdf.js error escaped the build)',
    seed: 'edps-form.pdf',
    mutations: [
      { kind: 'swap-lines', a: 597242377, b: 1869985245 },
      { kind: 'mix-delimiters', share: 15, delimiter: ';', pick: 533279326 },
    ],
  },
  {
    label: 'a PDF whose page tree holds a bad XRef entry (pdf.js left a rejection unhandled: the build died with a stack)',
    seed: 'edps-form.pdf',
    mutations: [
      { kind: 'swap-lines', a: 1789796054, b: 1093556741 },
      { kind: 'flip-bytes', at: [1029953144, 962337896], masks: [182, 109, 186] },
    ],
  },
  {
    label: 'an xls with a cell in column BBDF (the build crashed on a ZodError validating its address)',
    seed: 'table.xls',
    mutations: [{ kind: 'flip-bytes', at: [1135433450, 1748984572, 1429510039], masks: [165, 227, 143, 250] }],
  },
  {
    label: 'a tsv with a line of 25 000 tabs (the build crashed on a ZodError validating a cell address)',
    seed: 'table.tsv',
    mutations: [
      { kind: 'huge-line', at: 1315202693, unit: '\t', length: 25579, ownLine: false },
      { kind: 'swap-lines', a: 1840629155, b: 1861991105 },
    ],
  },
  {
    label: 'a text no layout recognises (the refusal listed the layouts on several lines)',
    seed: 'miom-blocks.txt',
    mutations: [
      { kind: 'mix-delimiters', share: 90, delimiter: '|', pick: 20 },
      { kind: 'remove-lines', at: 7, count: 17 },
    ],
  },
];
