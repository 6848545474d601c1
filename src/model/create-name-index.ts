// Every name a catalogue entry is written under (labels, aliases, our French label of its DPV term), for exact lookup.
import { foldText } from '../text/fold.ts';
import { expandCurie } from '../vocab/namespaces.ts';
import { catalogueKindSchema, type CatalogueKind } from './catalogue.ts';
import type { Catalogues } from './load-catalogues.ts';
import { loadDpvTermLabels } from './load-dpv-term-labels.ts';

export interface NameIndex {
  /** The entry a whole text names exactly (case and accents aside); undefined when none, or when two entries share it. */
  find(kind: CatalogueKind, text: string): string | undefined;
}

/**
 * Our exports name an entry by its label (a DPV term's French label for the DPV terms): read back, a line that is such a
 * name is that entry, exactly, where recognition in free text might also see a shorter name inside it ("Adresse
 * électronique professionnelle" is not also "Adresse électronique").
 */
export function createNameIndex(catalogues: Catalogues): NameIndex {
  const dpvLabels = loadDpvTermLabels();
  const byKind = new Map<CatalogueKind, Map<string, string | null>>();
  for (const kind of catalogueKindSchema.options) {
    const entries = catalogues[kind];
    const names = new Map<string, string | null>();
    for (const entry of entries) {
      const dpvLabel = entry.dpvTerm ? dpvLabels.get(expandCurie(entry.dpvTerm).value) : undefined;
      for (const name of [entry.label, entry.labelEn, dpvLabel, ...entry.aliases, ...entry.aliasesEn]) {
        if (!name) continue;
        const folded = foldText(name);
        const known = names.get(folded);
        names.set(folded, known === undefined || known === entry.id ? entry.id : null);
      }
    }
    byKind.set(kind, names);
  }
  return { find: (kind, text) => byKind.get(kind)?.get(foldText(text)) ?? undefined };
}
