// The site's map: the sections of the navigation bar and the footer's links, in French, with their paths.

export type SiteSection = 'home' | 'query' | 'explore' | 'checks' | 'reports' | 'diff' | 'export';

/** The navigation bar, in the order a DPO's questions come: where things are, then how to dig, then the data. */
export const SITE_SECTIONS: readonly { key: SiteSection; label: string; href: string }[] = [
  { key: 'home', label: 'Accueil', href: '/' },
  { key: 'explore', label: 'Explorer', href: '/explore' },
  { key: 'checks', label: 'Contrôles', href: '/checks' },
  { key: 'reports', label: 'Rapports et fiches', href: '/reports' },
  { key: 'diff', label: 'Éditions', href: '/diff' },
  { key: 'query', label: 'Requêtes SPARQL', href: '/query' },
  { key: 'export', label: 'Téléchargements', href: '/export' },
];

/** The query page's path: the home page is at "/". */
export const QUERY_PAGE_PATH = '/query';
/** The accessibility statement RGAA asks every public site to link from each page. */
export const ACCESSIBILITY_PATH = '/accessibilite';
/** The DCAT-AP catalogue of the open data. */
export const CATALOGUE_PATH = '/catalog';

/** The footer: the accessibility status (RGAA asks for it on every page) and the open-data descriptions. */
export const SITE_LINKS: readonly { label: string; href: string }[] = [
  { label: 'Accessibilité : non conforme (pas d’audit RGAA)', href: ACCESSIBILITY_PATH },
  { label: 'Catalogue DCAT-AP', href: CATALOGUE_PATH },
  { label: 'Description VoID', href: '/.well-known/void' },
  { label: 'Service SPARQL', href: '/sparql' },
];
