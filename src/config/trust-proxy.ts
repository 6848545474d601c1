// The --trust-proxy setting, in express's convention: false, true, a hop count, or addresses, subnets and named ranges.
import { isIP } from 'node:net';
import { z } from 'zod';

/** The named ranges express (proxy-addr) knows. */
const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** What `app.set('trust proxy', …)` takes: nothing trusted (false), everything (true), so many hops, or these addresses. */
export type TrustProxy = boolean | number | string[];

/**
 * Read from the command line or the environment as text: "false" (the default: headers such as X-Forwarded-For are
 * ignored), "true", a number of hops, or a comma-separated list such as "loopback, 10.0.0.0/8".
 */
export const trustProxySchema = z.preprocess(
  (value) => {
    if (typeof value !== 'string') return value;
    const text = value.trim().toLowerCase();
    if (text === 'false' || text === 'no' || text === '') return false;
    if (text === 'true' || text === 'yes') return true;
    if (/^\d+$/.test(text)) return Number(text);
    return text.split(',').map((part) => part.trim()).filter(Boolean);
  },
  z.union([
    z.boolean(),
    z.number().int().min(0),
    z.array(z.string().refine(isTrustedAddress, { error: (issue) => `"${String(issue.input)}" is not an IP address, a subnet (address/prefix) or one of loopback, linklocal, uniquelocal` })).min(1),
  ]),
);

function isTrustedAddress(part: string): boolean {
  if (NAMED_RANGES.has(part)) return true;
  const [address, range, ...rest] = part.split('/');
  if (rest.length > 0 || address === undefined) return false;
  const version = isIP(address);
  if (version === 0) return false;
  if (range === undefined) return true;
  // A prefix length, or (IPv4) a netmask written as an address.
  if (/^\d+$/.test(range)) return Number(range) <= (version === 4 ? 32 : 128);
  return version === 4 && isIP(range) === 4;
}
