// One page of each kind the site serves, for the browser tests that visit them all (layout, accessibility, keyboard).

export interface PageType {
  name: string;
  /** The path under the server's URL (which ends with "/"), given that URL. */
  path: (base: string) => string;
  status?: number;
  /** What to wait for before measuring: the page's scripts have drawn it. */
  ready?: string;
}

export const TREATMENT_PATH = 'register/001-16106fe6b7c9f12d/treatment/06-gestion-de-la-messagerie-professionnelle-office365';
export const EDPS_TREATMENT_PATH = 'register/eu-edps-record-57-corporate-credit-card-pdftotext-layout-en/treatment/57-use-of-corporate-credit-card-by-staff';

export const PAGE_TYPES: readonly PageType[] = [
  { name: 'home', path: () => '' },
  { name: 'query', path: () => 'query', ready: 'body[data-query-page="ready"]' },
  { name: 'explore', path: (base) => `explore#${new URLSearchParams({ focus: `${base}system/rio`, sel: `${base}system/rio` })}`, ready: 'body[data-explore-state="ready"]' },
  { name: 'checks', path: () => 'checks?as-of=2026-01-01' },
  { name: 'reports', path: () => 'reports' },
  { name: 'register-fiches', path: () => 'reports/register/001-16106fe6b7c9f12d/fiches' },
  { name: 'treatment-fiche', path: (base) => `reports/treatment?${new URLSearchParams({ iri: `${base}${TREATMENT_PATH}` })}` },
  { name: 'editions', path: () => 'diff' },
  { name: 'diff', path: () => 'diff?from=002-f61adf4d39622cae&to=001-16106fe6b7c9f12d' },
  { name: 'export', path: () => 'export' },
  { name: 'catalogue', path: () => 'catalog' },
  { name: 'void', path: () => '.well-known/void' },
  { name: 'sparql-service', path: () => 'sparql' },
  { name: 'treatment', path: () => TREATMENT_PATH },
  { name: 'edps-treatment', path: () => EDPS_TREATMENT_PATH },
  { name: 'register', path: () => 'register/001-16106fe6b7c9f12d' },
  { name: 'system', path: () => 'system/office365' },
  { name: 'dpv-term', path: () => `resource?${new URLSearchParams({ iri: 'https://w3id.org/dpv/pd#Name' })}` },
  { name: 'accessibility', path: () => 'accessibilite' },
  { name: 'not-found', path: () => 'no/such/page', status: 404 },
];
