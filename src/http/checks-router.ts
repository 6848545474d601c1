// Compliance checks over HTTP: GET /checks as an HTML page, the typed report in JSON, or the SHACL report in Turtle.
import { Router } from 'express';
import { z } from 'zod';
import type { Store } from 'n3';
import type { AppDeps } from './app-deps.ts';
import { createPerGeneration } from './per-generation.ts';
import { HttpError } from '../errors/http-error.ts';
import { negotiateMediaType } from './negotiate-media-type.ts';
import { asOfSchema, todayAsOf } from '../checks/as-of-date.ts';
import { loadDataGraph } from '../checks/load-data-graph.ts';
import { renderChecksPage } from '../checks/render-checks-page.ts';
import { runChecks, type CheckRun } from '../checks/run-checks.ts';
import { serialiseValidationReport } from '../checks/serialise-validation-report.ts';
import { resourcePath } from '../linked-data/resource-path.ts';
import { FORMATS as RDF_FORMATS, PAGE_MEDIA_TYPES } from '../rdf/formats.ts';

const { html: HTML, json: JSON_TYPE } = PAGE_MEDIA_TYPES;
const TURTLE = RDF_FORMATS.turtle.mediaType;

/** First = answer to a client that accepts anything. */
const OFFERED = [HTML, JSON_TYPE, TURTLE] as const;
type Offered = (typeof OFFERED)[number];
/** ?format= names of this resource; the app-wide names map "json" to SPARQL results, which /checks is not. */
const FORMATS: Record<string, Offered> = { html: HTML, json: JSON_TYPE, ...Object.fromEntries(RDF_FORMATS.turtle.names.map((name) => [name, TURTLE])) };

const querySchema = z.object({
  'as-of': asOfSchema.optional(),
  format: z.enum(Object.keys(FORMATS) as [string, ...string[]], { error: `format must be one of: ${Object.keys(FORMATS).join(', ')}` }).optional(),
});

/** Reports kept, one per reference date: enough for the dates people compare, bounded against a crawler. */
const MAX_CACHED_DATES = 16;

interface CachedRun {
  run: CheckRun;
  turtle?: Promise<string>;
}

export function createChecksRouter(deps: AppDeps): Router {
  const router = Router();
  // Each generation of the graph is read-only: it is read once, and each date's report is computed once.
  const cache = createPerGeneration(deps, () => ({ data: undefined as Promise<Store> | undefined, runs: new Map<string, Promise<CachedRun>>() }));

  const checksFor = (asOf: string): Promise<CachedRun> => {
    const generation = cache();
    const runs = generation.runs;
    let cached = runs.get(asOf);
    if (!cached) {
      generation.data ??= loadDataGraph({ store: deps.store }).catch((error: unknown) => {
        generation.data = undefined;
        throw error;
      });
      const dataset = generation.data;
      cached = dataset.then(async (d) => ({ run: await runChecks({ data: { dataset: d }, asOf }) }));
      cached.catch(() => runs.delete(asOf));
      runs.set(asOf, cached);
      if (runs.size > MAX_CACHED_DATES) runs.delete(runs.keys().next().value as string);
    }
    return cached;
  };

  router.get('/checks', async (req, res) => {
    res.vary('Accept');
    const query = querySchema.safeParse(req.query);
    if (!query.success) throw new HttpError(400, `bad query: ${query.error.issues.map((i) => `${i.path.join('.') || 'query'}: ${i.message}`).join('; ')}`);
    const mediaType: Offered = query.data.format !== undefined ? (FORMATS[query.data.format] as Offered) : (negotiateMediaType(req, OFFERED) as Offered);
    const asOf = query.data['as-of'] ?? todayAsOf();
    const cached = await checksFor(asOf);

    if (mediaType === JSON_TYPE) return void res.json(cached.run.report);
    if (mediaType === TURTLE) {
      cached.turtle ??= serialiseValidationReport(cached.run.validationReport, asOf);
      return void res.type(`${TURTLE}; charset=utf-8`).send(await cached.turtle);
    }
    const base = deps.config.baseIri;
    res.type('html').send(
      renderChecksPage(cached.run.report, {
        resource: (iri) => resourcePath(iri, base),
        format: (name) => `/checks?${new URLSearchParams({ 'as-of': asOf, format: name })}`,
      }),
    );
  });

  return router;
}
