// Register editions over HTTP: GET /diff lists the pairs of editions, GET /diff?from=…&to=… compares two registers.
import { Router, type Request } from 'express';
import { z } from 'zod';
import type { AppDeps } from './app-deps.ts';
import { createPerGeneration } from './per-generation.ts';
import { HttpError } from '../errors/http-error.ts';
import { negotiateMediaType } from './negotiate-media-type.ts';
import { publicUrl } from './public-url.ts';
import { listRegisterFiles } from '../pipeline/list-register-files.ts';
import { diffRegisters, type RegisterDiff } from '../editions/diff-registers.ts';
import { findEditions, type EditionPair } from '../editions/find-editions.ts';
import { loadTypedRegisters, type TypedRegisters } from '../editions/load-typed-registers.ts';
import { renderDiffHtml } from '../editions/render-diff-html.ts';
import { renderEditionsHtml } from '../editions/render-editions-html.ts';
import { describeRegisters, resolveRegisterName, UnknownRegisterError } from '../editions/resolve-register-name.ts';
import { summariseEditions } from '../editions/summarise-editions.ts';
import { PAGE_MEDIA_TYPES } from '../rdf/formats.ts';

const registerName = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(120, 'is too long')
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'names a register by its slug, file name or file-name prefix (letters, digits, "-", "_", "."), e.g. 001');

const diffQuerySchema = z
  .object({
    from: registerName.optional(),
    to: registerName.optional(),
    format: z.enum(['html', 'json']).optional(),
  })
  .refine((q) => (q.from === undefined) === (q.to === undefined), { message: 'give both "from" and "to", or neither for the list of editions' });

interface Loaded {
  typed: TypedRegisters;
  editions: EditionPair[];
  /** Diffs already made, by "from to" slugs: the registers do not change within a generation. */
  diffs: Map<string, RegisterDiff>;
}

export function createDiffRouter(deps: AppDeps): Router {
  const router = Router();
  // Read again for each generation of the graph: a rebuild is when registers changed.
  const cache = createPerGeneration(deps, () => ({ loading: undefined as Promise<Loaded> | undefined }));

  /** The registers are read on the first request only; a failed read is retried by the next one. */
  function load(): Promise<Loaded> {
    const generation = cache();
    if (!generation.loading) {
      const loading = (async () => {
        const typed = await listRegisterFiles([deps.config.registersDir]).then(loadTypedRegisters).catch((error: unknown) => {
          // With --store the graph is the store's, but editions are compared from the register files themselves.
          if (!deps.config.store) throw error;
          throw new HttpError(503, `/diff compares the register files (${deps.config.registersDir}), which this server, answering from the store ${deps.config.store}, cannot read: ${error instanceof Error ? error.message : String(error)}`);
        });
        return { typed, editions: findEditions(typed.registers, typed.catalogues.system), diffs: new Map() };
      })();
      generation.loading = loading;
      loading.catch(() => {
        if (generation.loading === loading) generation.loading = undefined;
      });
    }
    return generation.loading;
  }

  router.get('/diff', async (req, res) => {
    const parsed = diffQuerySchema.safeParse(req.query);
    if (!parsed.success) {
      throw new HttpError(400, `bad query: ${parsed.error.issues.map((i) => (i.path.length > 0 ? `${i.path.join('.')} ${i.message}` : i.message)).join('; ')}`);
    }
    const { from, to, format } = parsed.data;
    res.vary('Accept');
    const mediaType = format === undefined ? negotiateMediaType(req, [PAGE_MEDIA_TYPES.json, PAGE_MEDIA_TYPES.html]) : format === 'html' ? PAGE_MEDIA_TYPES.html : PAGE_MEDIA_TYPES.json;
    const { typed, editions, diffs } = await load();

    if (from === undefined || to === undefined) {
      const summaries = summariseEditions(editions);
      const hrefs = summaries.map((s) => linkToDiff(req, { from: s.older.slug, to: s.newer.slug }));
      if (mediaType === PAGE_MEDIA_TYPES.html) {
        const links = summaries.map((edition, i) => ({ edition, href: hrefs[i]! }));
        return void res.type('html').send(renderEditionsHtml(links, describeRegisters(typed.registers), linkToDiff(req, { format: 'json' })));
      }
      return void res.json({
        title: 'Éditions des registres des activités de traitement',
        editions: summaries.map((s, i) => ({ ...s, diff: hrefs[i] })),
        registers: describeRegisters(typed.registers),
      });
    }

    const pick = (name: string) => {
      try {
        return resolveRegisterName(name, typed.registers);
      } catch (error) {
        if (error instanceof UnknownRegisterError) throw new HttpError(404, error.message);
        throw error;
      }
    };
    const a = pick(from);
    const b = pick(to);
    const key = `${a.slug} ${b.slug}`;
    let diff = diffs.get(key);
    if (!diff) {
      diff = diffRegisters(a, b, typed.catalogues);
      diffs.set(key, diff);
    }
    if (mediaType === PAGE_MEDIA_TYPES.html) return void res.type('html').send(renderDiffHtml(diff, linkToDiff(req, { from: a.slug, to: b.slug, format: 'json' })));
    res.json(diff);
  });

  return router;
}

/** A link to /diff with these parameters, on the URL the client used. */
function linkToDiff(req: Request, params: Record<string, string>): string {
  const url = new URL('diff', publicUrl(req));
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return url.href;
}
