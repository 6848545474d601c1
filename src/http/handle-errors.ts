// The one error middleware: a typed error becomes its status, and the answer is a page, JSON or text as the client reads it.
import type { ErrorRequestHandler, Request } from 'express';
import escapeHtml from 'escape-html';
import { HttpError } from '../errors/http-error.ts';
import { QueryError } from '../errors/query-errors.ts';
import { InvalidParameterError } from '../explorer/explore-params.ts';
import { renderPage } from '../html/render-page.ts';
import { chooseMediaType } from '../rdf/choose-media-type.ts';
import { PAGE_MEDIA_TYPES } from '../rdf/formats.ts';

/** JSON APIs answer their errors in JSON whatever the Accept header: `{ "error": { "status", "message" } }`. */
const JSON_API_PATHS = /^\/explore\/./;

interface Described {
  status: number;
  message: string;
  headers: Record<string, string>;
}

export function createErrorHandler(log: (line: string) => void): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const { status, message, headers } = describe(error);
    // Typed failures are expected (a timeout, a dead federated source): one line; anything else: the stack.
    if (status >= 500) log(`error ${status} ${req.method} ${req.originalUrl}: ${error instanceof HttpError || error instanceof QueryError ? message : error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    if (res.headersSent) return void res.end();
    res.status(status).set(headers).set('Cache-Control', 'no-store');
    res.vary('Accept');
    switch (chooseErrorFormat(req)) {
      case 'json':
        return void res.json({ error: { status, message } });
      case 'html':
        return void res.type('html').send(renderErrorPage(status, message));
      default:
        res.type(`${PAGE_MEDIA_TYPES.text}; charset=utf-8`).send(`${message}\n`);
    }
  };
}

/**
 * SPARQL clients and scripts get plain text they can show as is; a browser (which names text/html) gets a page;
 * a client that prefers JSON, or any call of a JSON API, gets JSON.
 */
function chooseErrorFormat(req: Request): 'json' | 'html' | 'text' {
  if (JSON_API_PATHS.test(req.path)) return 'json';
  const accept = req.get('accept') ?? '';
  const chosen = chooseMediaType(accept, [PAGE_MEDIA_TYPES.text, PAGE_MEDIA_TYPES.html, PAGE_MEDIA_TYPES.json]);
  if (chosen === PAGE_MEDIA_TYPES.html && accept.includes(PAGE_MEDIA_TYPES.html)) return 'html';
  if (chosen === PAGE_MEDIA_TYPES.json && /\bjson\b/.test(accept)) return 'json';
  return 'text';
}

/** What a person reads: in French, with the site's navigation; the technical message (English) is kept below. */
const TITLES: Record<number, { title: string; advice: string }> = {
  400: { title: 'Requête incorrecte', advice: 'Un paramètre de l’adresse n’est pas compris ; le message ci-dessous dit lequel.' },
  404: { title: 'Page introuvable', advice: 'Cette adresse ne correspond à aucune page ni à aucune ressource du graphe. Les liens ci-dessus mènent aux registres, à l’explorateur et aux requêtes.' },
  405: { title: 'Méthode non acceptée', advice: 'Cette adresse ne répond qu’aux méthodes indiquées.' },
  406: { title: 'Format non disponible', advice: 'Le format demandé n’est pas proposé ici ; le message ci-dessous dit lesquels le sont.' },
  429: { title: 'Trop de requêtes', advice: 'Attendez une minute avant de recommencer.' },
  503: { title: 'Service momentanément indisponible', advice: 'La requête a pris trop de temps ; réessayez, ou restreignez-la (LIMIT).' },
};

function renderErrorPage(status: number, message: string): string {
  const known = TITLES[status] ?? (status >= 500 ? { title: 'Erreur du serveur', advice: 'Le serveur n’a pas pu répondre ; le détail est dans son journal.' } : { title: 'Erreur', advice: '' });
  const body = `<h1>${escapeHtml(known.title)} (erreur ${status})</h1>
${known.advice ? `<p>${escapeHtml(known.advice)}</p>` : ''}
<p>Message technique :</p>
<pre lang="en">${escapeHtml(message)}</pre>
<p><a href="/">Retour à l’accueil</a></p>`;
  return renderPage({ title: known.title, body });
}

function describe(error: unknown): Described {
  if (error instanceof HttpError) return { status: error.status, message: error.message, headers: error.headers };
  if (error instanceof InvalidParameterError) return { status: 400, message: error.message, headers: {} };
  if (error instanceof QueryError) return { status: error.status, message: error.message, headers: error.status === 503 ? { 'Retry-After': '5' } : {} };
  // body-parser errors carry their status (413 too large, 400 malformed) and a safe message.
  const e = error as { status?: unknown; statusCode?: unknown; expose?: unknown; message?: unknown; type?: unknown };
  const status = typeof e.status === 'number' ? e.status : typeof e.statusCode === 'number' ? e.statusCode : 500;
  if (status < 500 && e.expose !== false) {
    const message = e.type === 'entity.too.large' ? 'request body too large' : String(e.message ?? 'bad request');
    return { status, message, headers: {} };
  }
  return { status: 500, message: 'internal error; see the server log', headers: {} };
}
