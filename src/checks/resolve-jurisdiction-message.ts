// The message a check gives for a treatment under another law than the GDPR: an EU institution's record is checked
// against Regulation (EU) 2018/1725, and its results cite that regulation's articles.
import type { Store } from 'n3';
import type { Term } from '@rdfjs/types';
import { dpv, ropaShapes, sh } from '../vocab/namespaces.ts';

/** The message of `shape` for `focus` when the shapes give one for the jurisdiction of its controllers. */
export type JurisdictionMessageResolver = (shape: Term, focus: Term) => string | undefined;

/**
 * A shape says `ropa-sh:messageUnder [ dpv:hasJurisdiction loc:EU ; sh:message "…"@fr ]`; a treatment is under that
 * jurisdiction when one of its controllers is (the catalogue gives the EDPS dpv:hasJurisdiction loc:EU).
 */
export function createJurisdictionMessageResolver(shapes: Store, data: Store): JurisdictionMessageResolver {
  const jurisdictionsOf = new Map<string, Set<string>>();
  const jurisdictions = (focus: Term): Set<string> => {
    let found = jurisdictionsOf.get(focus.value);
    if (!found) {
      found = new Set(data.getObjects(focus, dpv.hasDataController, null).flatMap((c) => data.getObjects(c, dpv.hasJurisdiction, null).map((j) => j.value)));
      jurisdictionsOf.set(focus.value, found);
    }
    return found;
  };
  return (shape, focus) => {
    const under = jurisdictions(focus);
    if (under.size === 0) return undefined;
    for (const variant of shapes.getObjects(shape, ropaShapes.messageUnder, null)) {
      if (!shapes.getObjects(variant, dpv.hasJurisdiction, null).some((j) => under.has(j.value))) continue;
      const messages = shapes.getObjects(variant, sh.message, null) as (Term & { language?: string })[];
      const french = messages.find((m) => m.language === 'fr') ?? messages[0];
      if (french) return french.value;
    }
    return undefined;
  };
}
