// A small seeded pseudo-random generator (sfc32) with the draws the synthetic registers need.

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** One element, uniformly. */
  pick<T>(items: readonly T[]): T;
  /** One key, with probability proportional to its weight. */
  pickWeighted<K extends string>(weights: Readonly<Record<K, number>>): K;
  /** Up to `count` distinct keys, each draw proportional to the weights left (weighted sampling without replacement).
   * Weight tables are read once and cached: do not change one after drawing from it. */
  pickDistinct<K extends string>(weights: Readonly<Record<K, number>>, count: number): K[];
  /** True with probability `p`. */
  chance(p: number): boolean;
}

/** The same seed always gives the same sequence, on every platform (32-bit integer arithmetic only). */
export function createRandom(seed: number | string): Random {
  let [a, b, c, d] = hashSeed(String(seed));
  const next = (): number => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 16; i++) next(); // mix the seed in

  const pickWeighted = <K extends string>(weights: Readonly<Record<K, number>>): K => {
    const { keys, values, total } = readWeights(weights);
    if (keys.length === 0 || total <= 0) throw new Error('pickWeighted: no positive weight');
    let r = next() * total;
    for (let i = 0; i < keys.length; i++) {
      r -= values[i]!;
      if (r < 0) return keys[i] as K;
    }
    return keys[keys.length - 1] as K;
  };

  const pickDistinct = <K extends string>(weights: Readonly<Record<K, number>>, count: number): K[] => {
    const { keys, values, total } = readWeights(weights);
    if (count <= 0 || total <= 0) return [];
    if (count === 1) return [pickWeighted(weights)];
    const leftKeys = [...keys];
    const leftValues = [...values];
    let leftTotal = total;
    const chosen: K[] = [];
    while (chosen.length < count && leftTotal > 0) {
      let r = next() * leftTotal;
      let i = 0;
      while (i < leftKeys.length - 1 && (r -= leftValues[i]!) >= 0) i++;
      chosen.push(leftKeys[i] as K);
      leftTotal -= leftValues[i]!;
      // Swap-remove: order does not matter for the draw.
      leftKeys[i] = leftKeys[leftKeys.length - 1]!;
      leftValues[i] = leftValues[leftValues.length - 1]!;
      leftKeys.pop();
      leftValues.pop();
      if (leftKeys.length === 0) break;
    }
    return chosen;
  };

  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => {
      if (items.length === 0) throw new Error('pick: empty list');
      return items[Math.floor(next() * items.length)]!;
    },
    pickWeighted,
    pickDistinct,
    chance: (p) => next() < p,
  };
}

const weightCache = new WeakMap<object, { keys: string[]; values: number[]; total: number }>();

/** The keys and weights of a weight table, read once per table: tables must not be changed after their first draw. */
function readWeights(weights: Readonly<Record<string, number>>): { keys: string[]; values: number[]; total: number } {
  let read = weightCache.get(weights);
  if (!read) {
    const entries = Object.entries(weights).filter(([, w]) => w > 0);
    read = { keys: entries.map(([k]) => k), values: entries.map(([, w]) => w), total: entries.reduce((n, [, w]) => n + w, 0) };
    weightCache.set(weights, read);
  }
  return read;
}

/** Four 32-bit words from a string (cyrb128). */
function hashSeed(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044597);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044597);
  return [(h1 ^ h2 ^ h3 ^ h4) >>> 0, (h2 ^ h1) >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h1) >>> 0];
}
