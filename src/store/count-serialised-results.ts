// Counts the solutions or triples in a result Oxigraph serialised, without building them as objects.
import { FORMATS } from '../rdf/formats.ts';

/**
 * The serialisations Oxigraph writes that can be counted exactly by a linear scan: their syntax keeps
 * the record separator out of values (escaped or quoted). Turtle, RDF/XML and JSON-LD are not among them.
 */
const COUNTERS: Record<string, (body: string) => number> = {
  [FORMATS.sparqlJson.mediaType]: countJsonSolutions,
  [FORMATS.sparqlXml.mediaType]: countXmlSolutions,
  [FORMATS.csv.mediaType]: countCsvRecords,
  [FORMATS.tsv.mediaType]: (body) => countChar(body, '\n') - 1,
  [FORMATS.nTriples.mediaType]: (body) => countChar(body, '\n'),
};

/** Solutions (or triples) in `body`, 1 for a boolean; undefined when the media type cannot be counted here. */
export function countSerialisedResults(body: string, mediaType: string): number | undefined {
  const count = COUNTERS[mediaType];
  return count ? count(body) : undefined;
}

/** Whether `countSerialisedResults` can count this media type. */
export function canCountResults(mediaType: string): boolean {
  return mediaType in COUNTERS;
}

/**
 * A solution is an object nested four deep: {…"results":{"bindings":[{…}]}}. Strings are skipped with their
 * escapes, so braces inside values do not count. JSON.parse would do it too, at twice the time and all the memory.
 */
function countJsonSolutions(body: string): number {
  let depth = 0;
  let solutions = 0;
  let objects = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c === 0x22) {
      // Skip the string: a backslash escapes the next character.
      for (i++; i < body.length; i++) {
        const d = body.charCodeAt(i);
        if (d === 0x5c) i++;
        else if (d === 0x22) break;
      }
    } else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (c === 0x7b) objects++;
      if (depth === 4 && c === 0x7b) solutions++;
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
    }
  }
  // {"head":{},"boolean":true}: two objects, no bindings array.
  return solutions === 0 && objects === 2 && body.includes('"boolean"') ? 1 : solutions;
}

/** Markup characters are escaped in XML text and attributes, so an element tag cannot hide in a value. */
function countXmlSolutions(body: string): number {
  if (body.includes('<boolean>')) return 1;
  return countSubstring(body, '<result>') + countSubstring(body, '<result/>');
}

/** RFC 4180: a line break inside a quoted field is data; a doubled quote toggles twice, which is harmless. */
function countCsvRecords(body: string): number {
  let quoted = false;
  let lines = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c === 0x22) quoted = !quoted;
    else if (c === 0x0a && !quoted) lines++;
  }
  return lines - 1;
}

function countChar(body: string, char: string): number {
  let count = 0;
  for (let i = body.indexOf(char); i >= 0; i = body.indexOf(char, i + 1)) count++;
  return count;
}

function countSubstring(body: string, part: string): number {
  let count = 0;
  for (let i = body.indexOf(part); i >= 0; i = body.indexOf(part, i + part.length)) count++;
  return count;
}
