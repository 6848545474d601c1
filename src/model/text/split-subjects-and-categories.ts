// Cuts the EU record's "categories of persons … and list of data categories" cell into whom and what.

export interface SubjectsAndCategories {
  /** The part naming the persons whose data are processed. */
  readonly subjects: string;
  /** The part listing the data. */
  readonly categories: string;
}

const PERSONS_LABEL = /(?<![\p{L}])categories\s+of\s+(?:persons|data\s+subjects|individuals)\s*:/iu;
const DATA_LABEL = /(?<![\p{L}])(?:categories\s+of\s+(?:personal\s+)?data|data\s+categories|personal\s+data\s+categories)\s*:/iu;

/**
 * The EDPS template asks for both in one cell and records fill it three ways:
 * - with labels, "Categories of persons: … Categories of data: …" (record 05): cut at the labels;
 * - with an introduction, "We process the following categories of personal data contained in the application
 *   of every person - candidate …:" or "All EDPS staff : … Personal data processed by the EDPS include:"
 *   (records 01a, 03, 57): the persons are named up to the first colon whose sentence speaks of data, the data
 *   are listed after it;
 * - otherwise both are looked for in the whole cell.
 */
export function splitSubjectsAndCategories(cell: string): SubjectsAndCategories {
  const persons = PERSONS_LABEL.exec(cell);
  const data = DATA_LABEL.exec(cell);
  if (persons && data) {
    const personsEnd = persons.index + persons[0].length;
    const dataEnd = data.index + data[0].length;
    return persons.index < data.index
      ? { subjects: cell.slice(personsEnd, data.index), categories: cell.slice(dataEnd) }
      : { subjects: cell.slice(personsEnd), categories: cell.slice(dataEnd, persons.index) };
  }
  if (data) return { subjects: cell.slice(0, data.index), categories: cell.slice(data.index + data[0].length) };
  if (persons) {
    const before = cell.slice(0, persons.index);
    return { subjects: cell.slice(persons.index + persons[0].length), categories: /[\p{L}\p{N}]/u.test(before) ? before : cell };
  }
  const colon = findDataIntroduction(cell);
  if (colon !== undefined) return { subjects: cell.slice(0, colon), categories: cell.slice(colon + 1) };
  return { subjects: cell, categories: cell };
}

/** The first colon, outside parentheses, ending a sentence that speaks of data. */
function findDataIntroduction(cell: string): number | undefined {
  // Where the word "data" starts, found once: testing the sentence so far at every colon would be quadratic.
  const mentions = [...cell.matchAll(/(?<![\p{L}])data(?![\p{L}])/giu)].map((m) => m.index);
  let mention = 0;
  let depth = 0;
  let sentenceStart = 0;
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i] as string;
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    if ('.!?'.includes(c) && /\s/.test(cell[i + 1] ?? ' ')) sentenceStart = i + 1;
    if (c !== ':') continue;
    while (mention < mentions.length && mentions[mention]! < sentenceStart) mention++;
    if (mention < mentions.length && mentions[mention]! + 'data'.length <= i) return i;
  }
  return undefined;
}
