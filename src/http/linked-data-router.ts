// Linked data: every IRI of the graph dereferences to an HTML page or RDF, by negotiation.
import { join } from 'node:path';
import express, { Router, type Request, type Response } from 'express';
import type { AppDeps } from './app-deps.ts';
import { HttpError } from '../errors/http-error.ts';
import { negotiateMediaType } from './negotiate-media-type.ts';
import { publicUrl } from './public-url.ts';
import { PROJECT_ROOT } from '../config/project-paths.ts';
import { describeResource } from '../linked-data/describe-resource.ts';
import { isSafeIri } from '../rdf/is-safe-iri.ts';
import { loadLabelIndex } from '../linked-data/load-label-index.ts';
import { buildResourceView } from '../linked-data/build-resource-view.ts';
import { renderResourcePage } from '../linked-data/render-resource-page.ts';
import { GRAPH_FORMATS, listMediaTypes, PAGE_MEDIA_TYPES, type GraphMediaType } from '../rdf/formats.ts';
import { serialiseQuads } from '../linked-data/serialise-quads.ts';
import { JSON_LD_CONTEXT_PATH } from '../linked-data/json-ld-context.ts';
import type * as RDF from '@rdfjs/types';
import { dct, rdf, ropa } from '../vocab/namespaces.ts';
import { linkRegisterViews, linkTreatmentViews, type RelatedLink } from './link-related-views.ts';

const PUBLIC_DIR = join(PROJECT_ROOT, 'public');
/** Turtle first: what a client that accepts anything gets; browsers ask for text/html by name. */
const OFFERED = [...listMediaTypes(GRAPH_FORMATS), PAGE_MEDIA_TYPES.html];

/**
 * The IRI of a request is the base IRI followed by the request path (without its leading slash), so the base
 * IRI's own path must be "/": a base such as http://example.org/data/ would need the server mounted under /data,
 * which is not supported. Links between pages are server-relative paths, so they work on whatever host name
 * the server is reached by, even when it differs from the base's.
 * Terms of other vocabularies (DPV…) that our graph uses have their page at /resource?iri=<IRI>.
 */
export function createLinkedDataRouter(deps: AppDeps): Router {
  const router = Router();
  const base = deps.config.baseIri;
  router.use('/assets', express.static(PUBLIC_DIR, { index: false, maxAge: '1h' }));

  router.get('/resource', async (req, res) => {
    const iri = req.query.iri;
    if (typeof iri !== 'string' || !isSafeIri(iri)) {
      throw new HttpError(400, 'give the absolute IRI of a resource in the "iri" parameter, e.g. /resource?iri=https%3A%2F%2Fw3id.org%2Fdpv%2Fpd%23Name');
    }
    // Our own IRIs have one canonical address: their path (but never "//host…", which would leave this server).
    if (iri.startsWith(base) && !iri.slice(base.length).startsWith('/')) {
      const format = typeof req.query.format === 'string' ? `?format=${encodeURIComponent(req.query.format)}` : '';
      return res.redirect(303, `/${iri.slice(base.length)}${format}`);
    }
    await sendResource(deps, req, res, iri);
  });

  router.get('/{*path}', async (req, res) => {
    // req.path is not percent-decoded, and our IRIs are minted percent-encoded: the two compare as they are.
    const iri = base + req.path.replace(/^\//, '');
    if (!isSafeIri(iri)) throw new HttpError(404, `no resource here: ${req.path} is not a valid IRI path`);
    await sendResource(deps, req, res, iri);
  });
  return router;
}

async function sendResource(deps: AppDeps, req: Request, res: Response, iri: string): Promise<void> {
  res.vary('Accept');
  const abort = new AbortController();
  res.on('close', () => abort.abort());
  const quads = await describeResource(deps.sparql, iri, { signal: abort.signal });
  // Nothing here is a 404 whatever the client accepts: that it asked for a format we lack matters less.
  if (quads.length === 0) throw new HttpError(404, `no resource <${iri}> in this graph: no triple has it as subject or object`);
  const mediaType = negotiateMediaType(req, OFFERED);
  if (mediaType === PAGE_MEDIA_TYPES.html) {
    const view = buildResourceView(iri, quads, await loadLabelIndex(deps.sparql), deps.config.baseIri);
    const link = view.formats.map((f) => `<${f.href}>; rel="alternate"; type="${f.mediaType}"`).join(', ');
    // A header must be printable ASCII; our hrefs are percent-encoded, but an odd IRI must not cost a 500.
    if (/^[\x20-\x7e]*$/.test(link)) res.set('Link', link);
    res.type('html').send(renderResourcePage(view, linkViewsOf(iri, quads, deps.config.baseIri)));
    return;
  }
  const body = await serialiseQuads(quads, mediaType as GraphMediaType, { contextUrl: publicUrl(req, JSON_LD_CONTEXT_PATH) });
  res.type(mediaType).send(body);
}

/** A treatment or a register links to its fiche(s), its explorer view and its checks. */
function linkViewsOf(iri: string, quads: readonly RDF.Quad[], baseIri: string): RelatedLink[] {
  const isA = (type: RDF.NamedNode) => quads.some((q) => q.subject.value === iri && q.predicate.equals(rdf.type) && q.object.equals(type));
  const registerSlug = (register: string) => (register.startsWith(`${baseIri}register/`) ? decodeURIComponent(register.slice(`${baseIri}register/`.length)) : undefined);
  if (isA(ropa.Register)) {
    const slug = registerSlug(iri);
    return slug ? linkRegisterViews(iri, slug) : [];
  }
  if (isA(ropa.Treatment)) {
    const register = quads.find((q) => q.subject.value === iri && q.predicate.equals(dct.isPartOf))?.object.value;
    return linkTreatmentViews(iri, register ? registerSlug(register) : undefined, baseIri, 'page');
  }
  return [];
}
