// Child process of the bench: builds the real registers into a temporary graph and serves the real app on loopback.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBuild } from '../src/cli/build-command.ts';
import { DEFAULT_REGISTERS_DIR } from '../src/config/project-paths.ts';
import { resolveServerConfig } from '../src/config/server-config.ts';
import { openAppDeps } from '../src/http/open-app-deps.ts';
import { createApp } from '../src/http/create-app.ts';

// The port is part of the base IRI, so listen first and attach the app once the graph is built.
const server = createServer();
const port = await new Promise<number>((resolve, reject) => {
  server.once('error', reject);
  server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
});
const baseIri = `http://127.0.0.1:${port}/`;
const dir = await mkdtemp(join(tmpdir(), 'ropa-bench-graph-'));
const graphDir = join(dir, 'graph');
await runBuild([DEFAULT_REGISTERS_DIR], { out: graphDir, base: baseIri, quiet: true });
// Defaults of a deployment, except the rate limit, which a load test would hit at once.
const config = resolveServerConfig({ port, host: '127.0.0.1', baseIri, graphDir, rateLimitPerMinute: 100_000_000 }, {});
const deps = await openAppDeps(config, () => undefined);
server.on('request', createApp(deps));
process.send?.({ type: 'listening', url: baseIri, workers: config.workers, triples: deps.store.size() });
process.on('message', async () => {
  server.close();
  await deps.store.close();
  await rm(dir, { recursive: true, force: true });
  process.exit(0);
});
