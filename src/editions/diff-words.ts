// Word-level difference of two texts (longest common subsequence), summarised as hunks with a little context.

export interface WordHunk {
  /** Unchanged words just before the change (at most CONTEXT_WORDS). */
  before: string;
  deleted: string;
  inserted: string;
  after: string;
}

export interface WordDiff {
  same: boolean;
  keptWords: number;
  deletedWords: number;
  insertedWords: number;
  hunks: WordHunk[];
}

const CONTEXT_WORDS = 4;
/** Beyond this many cells the table would cost too much memory: the differing middle is then one hunk. */
const MAX_CELLS = 16_000_000;

type Op = { kind: 'equal' | 'delete' | 'insert'; word: string };

export function diffWords(beforeText: string, afterText: string): WordDiff {
  const a = splitWords(beforeText);
  const b = splitWords(afterText);
  const ops = diffSequences(a, b);
  const kept = ops.filter((o) => o.kind === 'equal').length;
  const hunks: WordHunk[] = [];
  let i = 0;
  while (i < ops.length) {
    if (ops[i]!.kind === 'equal') {
      i++;
      continue;
    }
    const start = i;
    // Two changes separated by one or two unchanged words read better as one hunk.
    let end = i;
    while (end < ops.length) {
      if (ops[end]!.kind !== 'equal') {
        end++;
        continue;
      }
      let run = end;
      while (run < ops.length && ops[run]!.kind === 'equal') run++;
      if (run < ops.length && run - end <= 2) end = run;
      else break;
    }
    const inside = ops.slice(start, end);
    hunks.push({
      before: collectContext(ops, start, -1),
      deleted: inside.filter((o) => o.kind !== 'insert').map((o) => o.word).join(' '),
      inserted: inside.filter((o) => o.kind !== 'delete').map((o) => o.word).join(' '),
      after: collectContext(ops, end, 1),
    });
    i = end;
  }
  return {
    same: hunks.length === 0,
    keptWords: kept,
    deletedWords: ops.filter((o) => o.kind === 'delete').length,
    insertedWords: ops.filter((o) => o.kind === 'insert').length,
    hunks,
  };
}

function splitWords(text: string): string[] {
  return text.split(/\s+/u).filter((w) => w !== '');
}

function collectContext(ops: readonly Op[], from: number, step: 1 | -1): string {
  const words: string[] = [];
  for (let k = step === 1 ? from : from - 1; k >= 0 && k < ops.length && words.length < CONTEXT_WORDS; k += step) {
    if (ops[k]!.kind !== 'equal') break;
    words.push(ops[k]!.word);
  }
  return (step === 1 ? words : words.reverse()).join(' ');
}

function diffSequences(a: readonly string[], b: readonly string[]): Op[] {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  const head: Op[] = a.slice(0, prefix).map((word) => ({ kind: 'equal', word }));
  const tail: Op[] = a.slice(a.length - suffix).map((word) => ({ kind: 'equal', word }));
  const midA = a.slice(prefix, a.length - suffix);
  const midB = b.slice(prefix, b.length - suffix);
  return [...head, ...diffMiddle(midA, midB), ...tail];
}

function diffMiddle(a: readonly string[], b: readonly string[]): Op[] {
  const n = a.length;
  const m = b.length;
  if ((n + 1) * (m + 1) > MAX_CELLS) {
    return [...a.map((word) => ({ kind: 'delete' as const, word })), ...b.map((word) => ({ kind: 'insert' as const, word }))];
  }
  // lcs[i][j] = length of the longest common subsequence of a[i..] and b[j..], in one flat array.
  const width = m + 1;
  const lcs = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * width + j] = a[i] === b[j] ? lcs[(i + 1) * width + j + 1]! + 1 : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
    }
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      ops.push({ kind: 'equal', word: a[i]! });
      i++;
      j++;
    } else if (lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!) ops.push({ kind: 'delete', word: a[i++]! });
    else ops.push({ kind: 'insert', word: b[j++]! });
  }
  while (i < n) ops.push({ kind: 'delete', word: a[i++]! });
  while (j < m) ops.push({ kind: 'insert', word: b[j++]! });
  return ops;
}
