// Labels short enough to be drawn in a graph without covering their neighbours.
const MAX_LENGTH = 48;

/** Cut at a word boundary, with an ellipsis, when longer than `max` characters. */
export function shortenLabel(label: string, max = MAX_LENGTH): string {
  const text = label.replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/**
 * Register titles are long and alike ("Registre de la Direction du Numérique (DNUM)…"): "Registre 004 · DTNUM",
 * from the number that starts the register's slug and the acronym of its controller, when both are known.
 */
export function registerShortLabel(iri: string, title: string, controllers: readonly { label: string; names: readonly string[] }[]): string {
  const slug = decodeSafely(iri.slice(iri.lastIndexOf('/') + 1));
  const number = /^(\d+)-/.exec(slug)?.[1];
  const acronyms = controllers.map(acronymOf).filter((a): a is string => a !== undefined);
  if (number && acronyms.length > 0) return `Registre ${number} · ${acronyms.join(', ')}`;
  // "EDPS record of processing activity — Selection of staff" → "EDPS · Selection of staff"
  const owner = acronyms.length > 0 ? acronyms.join(', ') : /^([A-Z][A-Z0-9&-]{1,11})\s/.exec(title)?.[1];
  if (owner && title.includes(' — ')) return shortenLabel(`${owner} · ${title.slice(title.lastIndexOf(' — ') + 3)}`);
  return shortenLabel(title);
}

/** "Direction de la transformation numérique (DTNUM)" → "DTNUM"; else the shortest all-capitals alias. */
function acronymOf(organisation: { label: string; names: readonly string[] }): string | undefined {
  const inLabel = /\(([A-Z][A-Z0-9&-]{1,11})\)/.exec(organisation.label)?.[1];
  if (inLabel) return inLabel;
  const capitals = organisation.names.filter((n) => /^[A-Z][A-Z0-9&-]{1,11}$/.test(n)).sort((a, b) => a.length - b.length);
  return capitals[0] ?? (organisation.label.length <= 16 ? organisation.label : undefined);
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
