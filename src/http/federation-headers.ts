// X-Federation-Sources and X-Federation-Stale-Sources on every answer of a mirroring instance: how fresh each source is.
import type { RequestHandler } from 'express';
import type { MirrorControl, MirrorSourceStatus } from '../store/open-mirror.ts';

/**
 * One entry per source: `<url>; mode=mirrored; age=<seconds since the source last confirmed the copy>;
 * checked-at=…; harvested-at=…`. A source whose last refresh failed is also named in X-Federation-Stale-Sources.
 */
export function createFederationHeaders(mirror: MirrorControl): RequestHandler {
  return (_req, res, next) => {
    const sources = mirror.status();
    res.set('X-Federation-Sources', sources.map(describeSource).join(', '));
    const stale = sources.filter((s) => s.stale).map((s) => s.url);
    if (stale.length > 0) res.set('X-Federation-Stale-Sources', stale.join(', '));
    next();
  };
}

function describeSource(source: MirrorSourceStatus): string {
  const parts = [`<${source.url}>`, `mode=${source.mode}`];
  if (source.ageSeconds !== undefined) parts.push(`age=${source.ageSeconds}`);
  if (source.checkedAt) parts.push(`checked-at=${source.checkedAt}`);
  if (source.harvestedAt) parts.push(`harvested-at=${source.harvestedAt}`);
  if (source.stale) parts.push('stale');
  return parts.join('; ');
}
