// A small Graph Store Protocol server of the tests' own (node:http, n3), standing for a store other than Virtuoso.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Parser, Store, Writer } from 'n3';

export interface GraphStorePeerOptions {
  /** Asks for Basic authentication (401 with `WWW-Authenticate: Basic`) and accepts only this account. */
  basic?: { user: string; password: string };
  /** A request body over this many bytes is refused with 413 Payload Too Large. */
  maxBodyBytes?: number;
  /** Every request is answered with this status and a two-line body (after failAfterWrites successful writes, if given). */
  failWith?: number;
  failAfterWrites?: number;
  /** Takes requests after this many successful writes but never answers them (a store that stalls). */
  stallAfterWrites?: number;
}

export interface GraphStorePeerRequest {
  method: string;
  graph: string;
  bytes: number;
  status: number;
}

export interface GraphStorePeer {
  /** The Graph Store endpoint; the graph is named by ?graph=. */
  url: string;
  /** Each graph the peer holds, parsed. */
  graphs: Map<string, Store>;
  requests: GraphStorePeerRequest[];
  close(): Promise<void>;
}

export async function startGraphStorePeer(options: GraphStorePeerOptions = {}): Promise<GraphStorePeer> {
  const graphs = new Map<string, Store>();
  const requests: GraphStorePeerRequest[] = [];
  const server = createServer((request, response) => {
    void readBody(request).then((body) => {
      const graph = new URL(request.url ?? '/', 'http://peer').searchParams.get('graph') ?? '';
      const status = answer(request, response, body, graph);
      requests.push({ method: request.method ?? '', graph, bytes: body.length, status });
    });
  });

  function answer(request: IncomingMessage, response: ServerResponse, body: Buffer, graph: string): number {
    const send = (status: number, text = '', headers: Record<string, string> = {}) => {
      response.writeHead(status, { 'content-type': 'text/plain', ...headers }).end(text);
      return status;
    };
    if (options.basic) {
      const expected = `Basic ${Buffer.from(`${options.basic.user}:${options.basic.password}`).toString('base64')}`;
      if (request.headers.authorization !== expected) return send(401, 'who are you?', { 'www-authenticate': 'Basic realm="peer"' });
    }
    if (!graph) return send(400, 'no graph named');
    const writes = requests.filter((r) => (r.method === 'PUT' || r.method === 'POST') && r.status < 300).length;
    if (options.stallAfterWrites !== undefined && writes >= options.stallAfterWrites) return 0;
    if (options.failWith && writes >= (options.failAfterWrites ?? 0)) return send(options.failWith, 'boom: the disk is full\nat line 2 of the log');
    if (options.maxBodyBytes !== undefined && body.length > options.maxBodyBytes) return send(413, 'too large');
    switch (request.method) {
      case 'GET': {
        const store = graphs.get(graph);
        if (!store) return send(404, 'no such graph');
        const writer = new Writer({ format: 'N-Triples' });
        for (const q of store) writer.addQuad(q.subject, q.predicate, q.object);
        let text = '';
        writer.end((_, result: string) => (text = result));
        return send(200, text, { 'content-type': 'application/n-triples' });
      }
      case 'DELETE':
        return send(graphs.delete(graph) ? 204 : 404);
      case 'PUT':
      case 'POST': {
        const store = request.method === 'POST' && graphs.has(graph) ? graphs.get(graph)! : new Store();
        try {
          store.addQuads(new Parser({ baseIRI: graph }).parse(body.toString('utf8')));
        } catch (error) {
          return send(400, `bad Turtle: ${(error as Error).message}`);
        }
        graphs.set(graph, store);
        return send(request.method === 'PUT' ? 201 : 204);
      }
      default:
        return send(405);
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/store`,
    graphs,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // Requests the peer left unanswered (stallAfterWrites) would keep it open.
        server.closeAllConnections();
      }),
  };
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}
