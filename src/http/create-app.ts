// The HTTP application, composed of small routers; no listen here (the CLI and the tests do that).
import express, { type Express } from 'express';
import helmet from 'helmet';
import cors from 'cors';
import { rateLimit } from 'express-rate-limit';
import type { AppDeps } from './app-deps.ts';
import { createSparqlRouter } from './sparql-handler.ts';
import { createErrorHandler } from './handle-errors.ts';
import { HttpError } from '../errors/http-error.ts';
import { createQueryPageRouter } from './query-page-router.ts';
import { createVoidRouter } from './void-router.ts';
import { createExportRouter } from './export-router.ts';
import { createReportsRouter } from './reports-router.ts';
import { createLinkedDataRouter } from './linked-data-router.ts';
import { createChecksRouter } from './checks-router.ts';
import { createDiffRouter } from './diff-router.ts';
import { createExploreRouter } from './explore-router.ts';
import { createQueriesRouter } from './queries-router.ts';
import { createHealthRouter } from './health-router.ts';
import { createGenerationPin } from './pin-generation.ts';
import { createHomeRouter } from './home-router.ts';
import { createCatalogueRouter } from './catalogue-router.ts';
import { queryClient } from '../store/query-client.ts';
import { createFederationHeaders } from './federation-headers.ts';

export function createApp(deps: AppDeps): Express {
  const app = express();
  // X-Forwarded-* are believed only from the proxies named by --trust-proxy (none by default): any client can send
  // them, and req.ip (the rate limit's key, the workers' share) and publicUrl would then be the client's choice.
  app.set('trust proxy', deps.config.trustProxy);
  app.locals.publicBaseUrl = deps.config.publicBaseUrl;
  app.locals.baseIri = deps.config.baseIri;
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  // First: everything after it, error pages included, runs on the generation the request started on.
  app.use(createGenerationPin(deps));
  // Every query the request causes (its own, a page's, Comunica's) counts in this client's share of the workers.
  if (deps.mirror) app.use(createFederationHeaders(deps.mirror));
  app.use((req, _res, next) => queryClient.run(req.ip ?? req.socket.remoteAddress ?? 'unknown', next));
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // YASGUI and the explorer are served from here; nothing is loaded from elsewhere.
          'default-src': ["'self'"],
          'script-src': ["'self'"],
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
          'connect-src': ["'self'"],
          // Served over plain http on localhost by default: do not tell browsers to upgrade.
          'upgrade-insecure-requests': null,
        },
      },
      strictTransportSecurity: false,
      crossOriginResourcePolicy: { policy: 'cross-origin' },
    }),
  );
  app.use(
    cors({
      origin: deps.config.corsOrigin === '*' ? '*' : deps.config.corsOrigin.split(',').map((o) => o.trim()),
      methods: ['GET', 'POST', 'OPTIONS'],
      exposedHeaders: ['X-Result-Count', 'X-Result-Truncated', 'X-Result-Limit', 'X-Page-Limit', 'X-Page-Offset', 'Link', 'X-Federation-Failed-Sources', 'X-Federation-Sources', 'X-Federation-Stale-Sources', 'Warning', 'Content-Disposition'],
    }),
  );
  app.use(
    ['/sparql', '/export', '/explore', '/queries', '/checks', '/diff', '/catalog'],
    rateLimit({
      windowMs: 60_000,
      limit: deps.config.rateLimitPerMinute,
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      // Keyed on req.ip, i.e. the socket unless a trusted proxy said otherwise. Without a trusted proxy an
      // X-Forwarded-For header is the client's own doing: ignored on purpose, not a misconfiguration to report.
      validate: { xForwardedForHeader: false },
      handler: (_req, _res, next) => next(new HttpError(429, `too many requests: at most ${deps.config.rateLimitPerMinute} per minute per client`)),
    }),
  );
  app.use(createHealthRouter(deps));
  app.use(createSparqlRouter(deps));
  app.use(createHomeRouter(deps));
  app.use(createQueryPageRouter(deps));
  app.use(createVoidRouter(deps));
  app.use(createCatalogueRouter(deps));
  app.use(createExportRouter(deps));
  app.use(createReportsRouter(deps));
  app.use(createChecksRouter(deps));
  app.use(createDiffRouter(deps));
  app.use(createExploreRouter(deps));
  app.use(createQueriesRouter(deps));
  // Last: it answers any path that is the IRI of a resource of the graph.
  app.use(createLinkedDataRouter(deps));
  app.use(() => {
    throw new HttpError(404, 'no resource here');
  });
  app.use(createErrorHandler(deps.log));
  return app;
}
