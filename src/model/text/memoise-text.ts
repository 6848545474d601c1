// Remembers what a pure text function gave for a text: a register of thousands of rows repeats its cells.

/** Bounded by the characters remembered (a few megabytes), then started afresh; results are copied out. */
export function memoiseText<A extends unknown[], R>(read: (text: string, ...rest: A) => R, maxCharacters = 2_000_000): (text: string, ...rest: A) => R {
  const memo = new Map<string, R>();
  let characters = 0;
  return (text: string, ...rest: A): R => {
    if (typeof text !== 'string') return read(text, ...rest);
    const key = rest.length === 0 ? text : `${JSON.stringify(rest)}\u0000${text}`;
    if (memo.has(key)) return copy(memo.get(key)!);
    const result = read(text, ...rest);
    if (characters + key.length > maxCharacters) {
      memo.clear();
      characters = 0;
    }
    memo.set(key, result);
    characters += key.length;
    return copy(result);
  };
}

/** Results are strings, arrays of strings or of plain objects: a caller may change its copy, never the remembered one. */
function copy<R>(value: R): R {
  if (Array.isArray(value)) return value.map((item) => (item !== null && typeof item === 'object' ? { ...item } : item)) as R;
  if (value !== null && typeof value === 'object') return { ...value };
  return value;
}
