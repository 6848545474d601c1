// Where a resource's page is on this server: its own path for our IRIs, /resource?iri=… for terms of other vocabularies.

/** The data's base has the path "/" (see linked-data-router.ts); "{base}/x" would give "//x", another host, so it goes through /resource. */
export function resourcePath(iri: string, baseIri: string): string {
  const ours = iri.startsWith(baseIri) && !iri.slice(baseIri.length).startsWith('/');
  return ours ? `/${iri.slice(baseIri.length)}` : `/resource?iri=${encodeURIComponent(iri)}`;
}
