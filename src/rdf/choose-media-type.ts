// Content negotiation, with the one library we use for it (negotiator): the offered media type an Accept header prefers.
import Negotiator from 'negotiator';

/**
 * The media type of `offered` that `accept` ranks first (q values, then the most specific range, then the order of
 * `offered`), or undefined when it accepts none. No Accept header, or an empty one, means anything (RFC 9110 §12.5.1):
 * the first offered.
 */
export function chooseMediaType(accept: string | undefined, offered: readonly string[]): string | undefined {
  const header = accept === undefined || accept.trim() === '' ? '*/*' : accept;
  return new Negotiator({ headers: { accept: header } }).mediaType([...offered]);
}
