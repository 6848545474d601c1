// Reads a federated source's answer whole and checks it parses, so that no broken or stalled body reaches Comunica.
import { Readable } from 'node:stream';
import contentType from 'content-type';
import { Parser as N3Parser } from 'n3';
import { SparqlXmlParser } from 'sparqlxml-parse';
import { chooseMediaType } from '../rdf/choose-media-type.ts';
import { ALL_FORMATS, FORMATS } from '../rdf/formats.ts';

/** The source answered, but not with something the engine can read: the source failed, not the query. */
export class SourceAnswerError extends Error {}

const JSON_TYPES = new Set<string>([FORMATS.sparqlJson.mediaType, ...FORMATS.sparqlJson.aliases]);
const XML_TYPES = new Set<string>([FORMATS.sparqlXml.mediaType]);
/** The RDF formats N3.js reads, by media type, with its name for each. */
const N3_FORMATS = new Map<string, string>(ALL_FORMATS.flatMap((f) => (f.n3 ? [[f.mediaType, f.n3] as const] : [])));

/**
 * Comunica's SPARQL client pipes the body into its parsers while it plans; when that body fails halfway (a stall
 * cut by the timeout, a reset connection) after the consumer was released, the parser re-emits the error with no
 * listener left, and Node kills the process (sparqljson-parse's TimeoutError). Reading the body here, under the
 * same signal, turns every such failure into a rejected promise we handle; the engine then gets a body that cannot
 * fail. Checking that it parses, in the type asked for, names the source when it sends garbage or an HTML page.
 */
export async function readSourceAnswer(response: Response, accept: string): Promise<Response> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  const type = readMediaType(response.headers.get('content-type'));
  if (response.ok) {
    if (type === undefined) throw new SourceAnswerError('answered without a content type');
    if (accept !== '' && chooseMediaType(accept, [type]) === undefined) {
      throw new SourceAnswerError(`answered ${type}, not one of the types asked for (${accept})`);
    }
    await checkParses(type, new TextDecoder().decode(bytes));
  }
  const headers = new Headers(response.headers);
  // The body is now plain bytes: the encoding and length of the wire no longer describe it.
  headers.delete('content-encoding');
  headers.delete('content-length');
  return new Response(bytes, { status: response.status, statusText: response.statusText, headers });
}

function readMediaType(header: string | null): string | undefined {
  if (header === null) return undefined;
  try {
    return contentType.parse(header).type;
  } catch {
    return undefined;
  }
}

async function checkParses(type: string, text: string): Promise<void> {
  try {
    if (JSON_TYPES.has(type)) JSON.parse(text);
    else if (XML_TYPES.has(type)) await parseXml(text);
    else if (N3_FORMATS.has(type)) new N3Parser({ format: N3_FORMATS.get(type) }).parse(text);
  } catch (error) {
    throw new SourceAnswerError(`sent an unreadable ${type} answer: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The parser Comunica uses for SPARQL XML results (fetch-sparql-endpoint), run to its end. */
function parseXml(text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const stream = new SparqlXmlParser().parseXmlResultsStream(Readable.from([text]));
    stream.on('error', reject);
    stream.on('data', () => undefined);
    stream.on('end', () => resolve());
  });
}
