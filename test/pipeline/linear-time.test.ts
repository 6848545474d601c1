// Every text pass of the pipeline is linear in its input: a text 8× longer takes about 8× the time, never 64×.
import { loadConceptRules, type ConceptRules } from '../../src/model/load-concept-rules.ts';
import fc from 'fast-check';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_REGISTERS_DIR } from '../../src/config/project-paths.ts';
import { parseRegisterText } from '../../src/ingest/parse-register-text.ts';
import { repairLookAlikes } from '../../src/ingest/ms-table/repair-look-alikes.ts';
import { loadCatalogues, type Catalogues } from '../../src/model/load-catalogues.ts';
import { createNormaliser } from '../../src/model/normalise-register.ts';
import { recogniseEntities } from '../../src/model/recognise-entities.ts';
import { cleanText, splitSegments } from '../../src/model/text/clean-text.ts';
import { detectDpia } from '../../src/model/text/detect-dpia.ts';
import { findEmailAddresses, findUrls, isNotApplicable } from '../../src/model/text/find-contacts.ts';
import { findLegalBasisStatements } from '../../src/model/text/find-legal-basis-statements.ts';
import { findProcessorClauses } from '../../src/model/text/find-processor-clauses.ts';
import { findRetentionStatements } from '../../src/model/text/find-retention-statements.ts';
import { findSubjectPhrases } from '../../src/model/text/find-subject-phrases.ts';
import { parseFrenchDate } from '../../src/model/text/parse-french-date.ts';
import { parseGdprLegalBasis, parseLilBasis } from '../../src/model/text/parse-legal-basis.ts';
import { parseRetention } from '../../src/model/text/parse-retention.ts';
import { parseTransfer } from '../../src/model/text/parse-transfer.ts';
import { splitAssessmentMentions } from '../../src/model/text/split-assessment-mentions.ts';
import { splitStatements } from '../../src/model/text/split-statements.ts';
import { splitSubjectsAndCategories } from '../../src/model/text/split-subjects-and-categories.ts';
import { stripNegatedMentions } from '../../src/model/text/strip-negated-mentions.ts';
import { createIriMinter } from '../../src/rdf/mint-iris.ts';
import { replaceTags } from '../../src/text/replace-tags.ts';
import { foldText } from '../../src/text/fold.ts';
import { stripTags } from '../../src/ingest/ms-table/strip-tags.ts';
import { makeSlug } from '../../src/model/make-slug.ts';
import { extractContentWords } from '../../src/editions/extract-content-words.ts';
import { mapRegister } from '../../src/rdf/map-register.ts';

/** Characters of the shorter text; the longer one has 8×. A quadratic pass takes 64× as long, a linear one 8×. */
const N = 25_000;
const FACTOR = 8;
/** Four times linear growth (cache and garbage-collection effects grow with the text, and the machine may be loaded); half of quadratic (64). */
const MAX_RATIO = 32;

/** Pieces of register text: words, accents, dates, durations, negations, tags, look-alike letters, punctuation runs. */
const PIECE = fc.constantFrom(
  'gestion ', 'des données ', "de l'agent ", 'Office365 ', 'RIO ', 'NIR ', 'santé ', 'Réциpiendaires ', '3 ans ', 'après le départ ',
  "jusqu'à la fin ", '12/09/2023 ', 'art. 6-1-e ', 'RGPD ', 'AIPD ', 'ne relève pas ', "n'y a pas ", 'no data is processed ',
  '<p>', '</p>', '<u>', '<li>', '<', '<<<<', '- ', '; ', ', ', '. ', '? ', '\n', '\t', 'x', 'abcdefghijklmnop', '@', 'https://', 'www.', ':',
);
const UNIT = fc.array(PIECE, { minLength: 1, maxLength: 12 }).map((pieces) => pieces.join(''));

function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

function fastestMillis(run: () => unknown, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/** Time of the long text over the time of the short one, each the fastest of `runs` (a 5 ms floor: below it, timer noise dominates, and a quadratic pass is far above it). */
function measureGrowth(pass: (text: string) => unknown, unit: string, runs: number): number {
  const short = repeatTo(unit, N);
  const long = repeatTo(unit, FACTOR * N);
  pass(short); // warm the JIT and any regex compilation
  return fastestMillis(() => pass(long), runs) / Math.max(5, fastestMillis(() => pass(short), runs));
}

let catalogues: Catalogues;
let rules: ConceptRules;
const registers = new Map<string, string[]>();
beforeAll(async () => {
  catalogues = await loadCatalogues();
  rules = await loadConceptRules();
  for (const file of LAYOUT_SAMPLES.map((s) => s.file)) registers.set(file, (await readFile(join(DEFAULT_REGISTERS_DIR, file), 'utf8')).split('\n'));
});

/** One register of each layout, and the line (0-based) and tab-separated cell whose text is replaced; cell -1: the text after the item label. */
const LAYOUT_SAMPLES = [
  { layout: 'ms-table', file: '000_49a1ce6041cf4ed6.txt', line: 9, cell: 1 },
  { layout: 'miom-blocks', file: '004_72dad74edd3dbafe.txt', line: 47, cell: 1 },
  { layout: 'edps-form', file: 'eu-edps_record-01a_selection-of-staff_pdftotext-layout_en.txt', line: 40, cell: -1 },
] as const;

/** The whole pipeline of one register whose chosen cell is `text`: parse, normalise, map to quads. */
function buildRegisterWithCell(sample: (typeof LAYOUT_SAMPLES)[number], text: string): unknown {
  const lines = [...registers.get(sample.file)!];
  const flat = text.replace(/[\t\n]/g, ' ');
  if (sample.cell < 0) lines[sample.line] = `${' '.repeat(46)}${flat}`;
  else {
    const cells = lines[sample.line]!.split('\t');
    cells[sample.cell] = flat;
    lines[sample.line] = cells.join('\t');
  }
  const raw = parseRegisterText(lines.join('\n'), sample.file);
  const register = createNormaliser(catalogues, rules).normalise(raw);
  return mapRegister(register, catalogues, createIriMinter('http://linear.test/'));
}

const PASSES: [string, (text: string) => unknown][] = [
  ['replaceTags', (t) => replaceTags(t)],
  ['stripTags', stripTags],
  ['makeSlug', (t) => makeSlug(t, t.length)],
  ['foldText', (t) => foldText(t)],
  ['extractContentWords', (t) => extractContentWords(t)],
  ['repairLookAlikes', repairLookAlikes],
  ['cleanText', (t) => cleanText(t)],
  ['splitSegments', (t) => splitSegments(t)],
  ['splitStatements', (t) => splitStatements(t)],
  ['stripNegatedMentions (fr)', (t) => stripNegatedMentions(t, 'fr')],
  ['stripNegatedMentions (en)', (t) => stripNegatedMentions(t, 'en')],
  ['detectDpia', detectDpia],
  ['findEmailAddresses', findEmailAddresses],
  ['findUrls', findUrls],
  ['isNotApplicable', isNotApplicable],
  ['findLegalBasisStatements', findLegalBasisStatements],
  ['findProcessorClauses', (t) => findProcessorClauses(t)],
  ['findRetentionStatements', (t) => findRetentionStatements(t)],
  ['findSubjectPhrases', (t) => findSubjectPhrases(t)],
  ['parseFrenchDate', parseFrenchDate],
  ['parseGdprLegalBasis', parseGdprLegalBasis],
  ['parseLilBasis', parseLilBasis],
  ['parseRetention (fr)', (t) => parseRetention(t, 'fr')],
  ['parseRetention (en)', (t) => parseRetention(t, 'en')],
  ['parseTransfer', (t) => parseTransfer(t)],
  ['splitAssessmentMentions', splitAssessmentMentions],
  ['splitSubjectsAndCategories', splitSubjectsAndCategories],
  ['recogniseEntities (systems)', (t) => recogniseEntities(t, catalogues.system)],
  ['recogniseEntities (data categories)', (t) => recogniseEntities(t, catalogues['data-category'])],
];

/** The whole pipeline is slower: one unit of mixed text, the fastest of two runs. */
const MIXED_UNIT = "gestion <p>des données</p> Réциpiendaires 3 ans après le départ; Office365 - RIO. n'y a pas de NIR: santé ";

// Retried: a burst of load on a shared 2-core machine can stretch one measurement, never a quadratic pass's 64×.
describe('text passes grow linearly with their input', { retry: 2 }, () => {
  it.each(PASSES)('%s', (_name, pass) => {
    fc.assert(
      fc.property(UNIT, (unit) => {
        expect(measureGrowth(pass, unit, 3), JSON.stringify(unit)).toBeLessThan(MAX_RATIO);
      }),
      { numRuns: 3 },
    );
  });

  // What `npm run fuzz` found: a cell of 67 000 "<" took 43 s in the tag-stripping passes.
  it.each(PASSES)('%s, on a run of "<" that no ">" closes', (_name, pass) => {
    expect(measureGrowth(pass, '<', 2)).toBeLessThan(MAX_RATIO);
  });

  it.each(LAYOUT_SAMPLES)('the whole build of a $layout register with one long cell', (sample) => {
    expect(measureGrowth((t) => buildRegisterWithCell(sample, t), MIXED_UNIT, 2)).toBeLessThan(MAX_RATIO);
  });
});
