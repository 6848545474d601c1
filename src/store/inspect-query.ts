// Reads just enough of a SPARQL text to pick a result format and a dataset, without a full parser.

export type QueryForm = 'SELECT' | 'ASK' | 'CONSTRUCT' | 'DESCRIBE' | 'UPDATE' | 'UNKNOWN';

export interface QueryShape {
  form: QueryForm;
  /** Whether the query names its own dataset (FROM / FROM NAMED), which must then win over our union default. */
  hasDatasetClause: boolean;
}

const QUERY_FORMS = new Set(['SELECT', 'ASK', 'CONSTRUCT', 'DESCRIBE']);
const UPDATE_KEYWORDS = new Set(['INSERT', 'DELETE', 'LOAD', 'CLEAR', 'DROP', 'CREATE', 'ADD', 'MOVE', 'COPY', 'WITH']);
const PROLOGUE_KEYWORDS = new Set(['PREFIX', 'BASE', 'VERSION']);

// Tokens that may contain keywords-looking text we must not count: IRIs, strings, variables, comments.
const IRI_REF = /<[^<>"{}|^`\\\u0000-\u0020]*>/y;
const LONG_STRING = /'''(?:[^'\\]|\\[^]|'(?!''))*'''|"""(?:[^"\\]|\\[^]|"(?!""))*"""/y;
const SHORT_STRING = /'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*"/y;
const VARIABLE = /[?$][\p{L}\p{N}_\u00B7\u0300-\u036F\u203F-\u2040]*/uy;
const WORD = /[\p{L}_](?:[\p{L}\p{N}_\-\u00B7]|\.(?=[\p{L}\p{N}_\-]))*/uy;
const LOCAL_NAME = /[^\s{}()[\],;"'<>]*/y;

/**
 * Finds the query form (the first keyword after the prologue) and whether a FROM appears outside
 * any group: FROM is only legal there, so a top-level FROM word is a dataset clause.
 */
export function inspectQuery(sparql: string): QueryShape {
  let form: QueryForm | undefined;
  let hasDatasetClause = false;
  let depth = 0;
  let i = 0;
  while (i < sparql.length) {
    const c = sparql[i]!;
    if (c === '#') {
      const end = sparql.indexOf('\n', i);
      i = end < 0 ? sparql.length : end + 1;
      continue;
    }
    if (c === '{') depth++;
    else if (c === '}') depth--;
    const token =
      (c === '<' && matchAt(IRI_REF, sparql, i)) ||
      ((c === "'" || c === '"') && (matchAt(LONG_STRING, sparql, i) || matchAt(SHORT_STRING, sparql, i))) ||
      ((c === '?' || c === '$') && matchAt(VARIABLE, sparql, i));
    if (token) {
      i += token.length;
      continue;
    }
    const word = matchAt(WORD, sparql, i);
    if (!word) {
      i++;
      continue;
    }
    i += word.length;
    if (sparql[i] === ':') {
      // A prefixed name such as from:x: skip its local part too, it is no keyword.
      i += 1 + (matchAt(LOCAL_NAME, sparql, i + 1) || '').length;
      continue;
    }
    const upper = word.toUpperCase();
    if (form === undefined && !PROLOGUE_KEYWORDS.has(upper)) {
      form = QUERY_FORMS.has(upper) ? (upper as QueryForm) : UPDATE_KEYWORDS.has(upper) ? 'UPDATE' : 'UNKNOWN';
    }
    if (depth === 0 && upper === 'FROM') hasDatasetClause = true;
  }
  return { form: form ?? 'UNKNOWN', hasDatasetClause };
}

function matchAt(pattern: RegExp, text: string, index: number): string | undefined {
  pattern.lastIndex = index;
  return pattern.exec(text)?.[0];
}
