// The links between a treatment's (or a register's) views: its linked-data page, its fiche, the explorer, the checks.
import { checksAnchor } from '../checks/render-checks-page.ts';
import { resourcePath } from '../linked-data/resource-path.ts';

export interface RelatedLink {
  label: string;
  href: string;
}

/** The explorer centred on a node, with the node selected (the hash the explorer's "Partager" link writes). */
export function explorerViewPath(iri: string): string {
  return `/explore#${new URLSearchParams({ focus: iri, sel: iri })}`;
}

export function linkTreatmentViews(iri: string, registerSlug: string | undefined, baseIri: string, except?: 'page' | 'fiche'): RelatedLink[] {
  const links: (RelatedLink & { key: string })[] = [
    { key: 'page', label: 'Page du traitement (données liées)', href: resourcePath(iri, baseIri) },
    { key: 'fiche', label: 'Fiche imprimable', href: `/reports/treatment?${new URLSearchParams({ iri })}` },
    { key: 'explore', label: 'Voir dans l’explorateur', href: explorerViewPath(iri) },
    ...(registerSlug ? [{ key: 'checks', label: 'Contrôles de son registre', href: `/checks#${checksAnchor(registerSlug)}` }] : []),
  ];
  return links.filter((l) => l.key !== except).map(({ label, href }) => ({ label, href }));
}

export function linkRegisterViews(iri: string, slug: string): RelatedLink[] {
  return [
    { label: 'Toutes les fiches, à imprimer', href: `/reports/register/${encodeURIComponent(slug)}/fiches` },
    { label: 'Contrôles du registre', href: `/checks#${checksAnchor(slug)}` },
    { label: 'Voir dans l’explorateur', href: explorerViewPath(iri) },
    { label: 'Télécharger (Turtle)', href: `/export/register/${encodeURIComponent(slug)}.ttl` },
  ];
}
