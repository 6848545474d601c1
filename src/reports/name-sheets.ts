// Worksheet names Excel accepts: at most 31 characters, none of : \ / ? * [ ], unique regardless of case.

export const MAX_SHEET_NAME = 31;

/** Names for `wanted`, in order; `reserved` (e.g. "Sommaire") are taken already. */
export function nameSheets(wanted: readonly string[], reserved: readonly string[] = []): string[] {
  const taken = new Set(reserved.map((n) => n.toLowerCase()));
  return wanted.map((raw) => {
    const clean = raw.replace(/[:\\/?*[\]]/g, '-').replace(/^'+|'+$/g, '').trim() || 'Registre';
    let name = clean.slice(0, MAX_SHEET_NAME).trim();
    for (let n = 2; taken.has(name.toLowerCase()) || name.toLowerCase() === 'history'; n++) {
      const suffix = ` (${n})`;
      name = `${clean.slice(0, MAX_SHEET_NAME - suffix.length).trim()}${suffix}`;
    }
    taken.add(name.toLowerCase());
    return name;
  });
}
