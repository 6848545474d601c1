// The URL a client used to reach us, for links in generated documents (service description, VoID, pages).
import type { Request } from 'express';
import type { TLSSocket } from 'node:tls';

/** A host[:port] or [IPv6][:port]: anything else in a header is not a host to put in a link. */
const HOST = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/**
 * From --base-url when set; else what a trusted proxy says (X-Forwarded-Proto/-Host, see --trust-proxy); else the
 * origin of the data's base IRI when the request's Host names it (`npm start` opened at localhost:3000); else the
 * address and port the request came in on. Never a Host or X-Forwarded-* header that nothing vouches for.
 */
export function publicUrl(req: Request, path = ''): string {
  return `${readPublicBase(req)}${path.replace(/^\//, '')}`;
}

function readPublicBase(req: Request): string {
  const configured = req.app.locals.publicBaseUrl as string | undefined;
  if (configured) return configured;
  // Express's own test of the socket address against the 'trust proxy' setting (the same one req.ip uses).
  const trusts = req.app.get('trust proxy fn') as (address: string | undefined, hop: number) => boolean;
  if (trusts(req.socket.remoteAddress, 0) && /^https?$/.test(req.protocol) && HOST.test(req.host ?? '')) return `${req.protocol}://${req.host}/`;
  const baseIri = req.app.locals.baseIri as string | undefined;
  const base = baseIri ? new URL(baseIri) : undefined;
  if (base && req.get('host')?.toLowerCase() === base.host) return `${base.origin}/`;
  return readSocketBase(req);
}

function readSocketBase(req: Request): string {
  const socket = req.socket;
  const address = (socket.localAddress ?? '127.0.0.1').replace(/^::ffff:(?=\d+\.)/, '');
  const host = address.includes(':') ? `[${address}]` : address;
  return `${(socket as TLSSocket).encrypted ? 'https' : 'http'}://${host}:${socket.localPort ?? 80}/`;
}
