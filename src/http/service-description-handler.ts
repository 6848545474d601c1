// The SPARQL 1.1 Service Description, answered at /sparql when no query is given.
import type { Request, Response } from 'express';
import { DataFactory, type Quad } from 'n3';
import type { AppDeps } from './app-deps.ts';
import { formats, rdf, sd, dct, voidNs, xsd } from '../vocab/namespaces.ts';
import { negotiateMediaType } from './negotiate-media-type.ts';
import { serialiseQuads } from '../linked-data/serialise-quads.ts';
import { publicUrl } from './public-url.ts';
import escapeHtml from 'escape-html';
import { QUERY_PAGE_PATH } from '../html/site-sections.ts';
import { ENDPOINT_FORMATS, GRAPH_FORMATS, listMediaTypes, PAGE_MEDIA_TYPES, type Format, type GraphMediaType } from '../rdf/formats.ts';
import { renderDescriptionPage } from '../linked-data/render-description-page.ts';

const { namedNode, quad, literal } = DataFactory;

export async function sendServiceDescription(deps: AppDeps, req: Request, res: Response): Promise<void> {
  res.vary('Accept');
  // RDF for clients (Turtle to one that accepts anything); a page for a browser, which names text/html.
  const mediaType = negotiateMediaType(req, [...listMediaTypes(GRAPH_FORMATS), PAGE_MEDIA_TYPES.html]);
  const endpoint = namedNode(publicUrl(req, 'sparql'));
  const service = namedNode(`${publicUrl(req, 'sparql')}#service`);
  const dataset = namedNode(`${publicUrl(req, 'sparql')}#dataset`);
  const defaultGraph = namedNode(`${publicUrl(req, 'sparql')}#default-graph`);
  const quads: Quad[] = [
    quad(service, rdf.type, sd.Service),
    quad(service, sd.endpoint, endpoint),
    quad(service, sd.supportedLanguage, sd.SPARQL11Query),
    quad(service, sd.feature, sd.UnionDefaultGraph),
    quad(service, dct.description, literal('Point d’accès SPARQL en lecture seule ; SERVICE et le chargement d’URL externes sont refusés.', 'fr')),
    ...listResultFormats().map((f) => quad(service, sd.resultFormat, f)),
    quad(service, sd.defaultDataset, dataset),
    quad(dataset, rdf.type, sd.Dataset),
    quad(dataset, sd.defaultGraph, defaultGraph),
    quad(defaultGraph, rdf.type, sd.Graph),
    quad(defaultGraph, voidNs.triples, literal(String(deps.store.size()), xsd.integer)),
    // When this generation of the graph was loaded: a client can tell that a rebuild is being served.
    quad(defaultGraph, dct.modified, literal(deps.store.generation.loadedAt.toISOString(), xsd.dateTime)),
    quad(defaultGraph, dct.description, literal('Union de tous les graphes nommés', 'fr')),
  ];
  for (const graph of deps.store.graphs()) {
    const node = namedNode(`${publicUrl(req, 'sparql')}#graph-${encodeURIComponent(graph)}`);
    quads.push(quad(dataset, sd.namedGraph, node), quad(node, rdf.type, sd.NamedGraph), quad(node, sd.name, namedNode(graph)));
  }
  if (mediaType === PAGE_MEDIA_TYPES.html) {
    const formats = GRAPH_FORMATS.map((f) => ({ label: f.label, mediaType: f.mediaType, href: `/sparql?format=${f.name}` }));
    const intro = `<p>Le point d’accès SPARQL 1.1 de ce graphe, en lecture seule : <code>${escapeHtml(publicUrl(req, 'sparql'))}</code>. Tout client SPARQL l’interroge (GET ou POST) ; la page <a href="${QUERY_PAGE_PATH}">Requêtes SPARQL</a> le fait depuis le navigateur. Voici sa description (SPARQL 1.1 Service Description) : formats de résultats et graphes nommés.</p>`;
    return void res.type('html').send(renderDescriptionPage({ title: 'Service SPARQL', intro, quads, documentUrl: publicUrl(req, 'sparql'), origin: publicUrl(req), baseIri: deps.config.baseIri, formats, section: 'query' }));
  }
  res.type(mediaType).send(await serialiseQuads(quads, mediaType as GraphMediaType));
}

/** The W3C format IRI of every format the endpoint answers in, tables first, each once. */
function listResultFormats(): Quad['object'][] {
  const offered: Format[] = [...new Set([...ENDPOINT_FORMATS.bindings, ...ENDPOINT_FORMATS.boolean, ...ENDPOINT_FORMATS.quads])];
  return offered.flatMap((f) => (f.w3c ? [formats[f.w3c]] : []));
}
