// Replaces Cyrillic letters that imitate Latin ones ("Réциpiendaires") by the Latin letters they stand for.

/** "ц" imitates no single Latin letter; in the registers "ци" stands for "ci" (Réциpiendaires). */
const sequences: ReadonlyArray<readonly [string, string]> = [
  ['ци', 'ci'],
  ['ЦИ', 'CI'],
];

/** Single look-alikes; lower-case н, т, в, к, м imitate the small capitals of the Latin letter their
 * upper-case form imitates, so they map to that letter in lower case. */
const letters: Readonly<Record<string, string>> = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', х: 'x', у: 'y', і: 'i', к: 'k', м: 'm', н: 'h', т: 't', в: 'b',
  А: 'A', Е: 'E', О: 'O', Р: 'P', С: 'C', Х: 'X', У: 'Y', І: 'I', К: 'K', М: 'M', Н: 'H', Т: 'T', В: 'B',
};

const cyrillic = /[\u0400-\u04FF]/;
/** Words are found first and tested after: `\S*[Cyrillic]\S*` would rescan a long word from every start (quadratic). */
const word = /\S+/g;

export interface LookAlikeRepair {
  /** The word as found. */
  readonly from: string;
  /** The word after repair. */
  readonly to: string;
  /** False when Cyrillic letters that imitate nothing are left in `to`. */
  readonly complete: boolean;
}

/** Repairs every word of `text` holding Cyrillic letters, reporting each word it touched. */
export function repairLookAlikes(text: string): { text: string; repairs: LookAlikeRepair[] } {
  const repairs: LookAlikeRepair[] = [];
  const repaired = text.replace(word, (found) => {
    if (!cyrillic.test(found)) return found;
    let fixed = found;
    for (const [from, to] of sequences) fixed = fixed.split(from).join(to);
    fixed = [...fixed].map((ch) => letters[ch] ?? ch).join('');
    repairs.push({ from: found, to: fixed, complete: !cyrillic.test(fixed) });
    return fixed;
  });
  return { text: repaired, repairs };
}

