// The Ministère de l'Intérieur block layout (ACTIVITE / TRAITEMENT n° x.y, one labelled line per field).
import type { TextLayoutParser } from '../layout-parser.ts';
import { detectMiomBlocks } from './detect-miom-blocks.ts';
import { parseMiomBlocks } from './parse-miom-blocks.ts';

export const miomBlocksLayout: TextLayoutParser = {
  input: 'text',
  id: 'miom-blocks',
  description:
    "Ministère de l'Intérieur block register: ACTIVITE n° / TRAITEMENT n° x.y headers, then one tab-separated labelled line per field",
  expects: 'lines like "TRAITEMENT n° 1.1<TAB>title" and "Finalité du traitement<TAB>text"',
  detect: detectMiomBlocks,
  parse: parseMiomBlocks,
};
