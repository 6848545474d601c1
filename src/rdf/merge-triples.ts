// Merges sorted runs of triples into one sorted run, each triple once, opening each later run only when the merge reaches it.
import type { Quad } from 'n3';
import { compare, compareTriples, type KeyedTriple } from './sort-triples.ts';

/** A run made on demand, sorted and distinct (sort-triples.ts), none of whose subjects sorts before `from`. */
export interface LazyRun {
  readonly from: string;
  open(): KeyedTriple[];
}

/**
 * `first` and the `later` runs (in the order of their `from`) as one sorted set. A later run is made when the
 * smallest triple left reaches its `from`, and let go once written: what is held is `first` and the runs under way.
 */
export function* mergeTriples(first: KeyedTriple[], later: readonly LazyRun[]): Generator<Quad> {
  const open: { run: KeyedTriple[]; at: number }[] = first.length > 0 ? [{ run: first, at: 0 }] : [];
  let next = 0;
  let last: KeyedTriple | undefined;
  for (;;) {
    let best: { run: KeyedTriple[]; at: number } | undefined;
    for (const cursor of open) if (!best || compareTriples(cursor.run[cursor.at]!, best.run[best.at]!) < 0) best = cursor;
    const waiting = later[next];
    if (waiting && (!best || compare(waiting.from, best.run[best.at]!.q.subject.value) <= 0)) {
      next++;
      const run = waiting.open();
      if (run.length > 0) open.push({ run, at: 0 });
      continue;
    }
    if (!best) return;
    const triple = best.run[best.at++]!;
    if (best.at === best.run.length) open.splice(open.indexOf(best), 1);
    if (last && compareTriples(last, triple) === 0) continue;
    last = triple;
    yield triple.q;
  }
}
