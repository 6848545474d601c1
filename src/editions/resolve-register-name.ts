// Finds the register a person names by its slug, its file name, or the start of either ("001").
/** What a register is named by: a typed register, or a file not read yet (see nameRegisterFile). */
export interface NamedRegister {
  slug: string;
  file: string;
}

/** A name that fits no register, or more than one; the message lists the registers to choose from. */
export class UnknownRegisterError extends Error {
  override readonly name = 'UnknownRegisterError';
  constructor(
    readonly register: string,
    readonly known: readonly string[],
    readonly ambiguous = false,
  ) {
    super(`${ambiguous ? 'ambiguous' : 'unknown'} register "${register}"; the registers are: ${known.join(', ')}`);
  }
}

export function resolveRegisterName<T extends NamedRegister>(name: string, registers: readonly T[]): T {
  const wanted = name.trim().toLowerCase();
  const stem = (r: NamedRegister) => r.file.toLowerCase().replace(/\.[a-z0-9]+$/, '');
  const exact = registers.filter((r) => r.slug === wanted || r.file.toLowerCase() === wanted || stem(r) === wanted);
  if (exact.length === 1) return exact[0]!;
  const prefixed = wanted === '' ? [] : registers.filter((r) => r.slug.startsWith(wanted) || stem(r).startsWith(wanted));
  if (exact.length === 0 && prefixed.length === 1) return prefixed[0]!;
  throw new UnknownRegisterError(name, describeRegisters(registers), exact.length > 1 || prefixed.length > 1);
}

/** "001-16106fe6b7c9f12d (001_16106fe6b7c9f12d.txt)", in slug order. */
export function describeRegisters(registers: readonly NamedRegister[]): string[] {
  return [...registers].sort((a, b) => a.slug.localeCompare(b.slug)).map((r) => `${r.slug} (${r.file})`);
}
