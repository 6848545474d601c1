// `npm run bench:attacks`: latency of a probe `ASK {}` from another client while hostile queries hit a real `ropa serve`.
import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { readFileSync } from 'node:fs';
import { PROJECT_ROOT } from '../src/config/project-paths.ts';

const USAGE = `npm run bench:attacks -- [--distinct N] [--only name,name] [-- <more ropa serve options>]

Starts \`ropa serve\` (default settings, --timeout 3000, the rate limit out of the way), then, one attack at a time,
sends the attack from 127.0.0.1 and, while it is in flight, \`ASK {}\` probes one after another from 127.0.0.2
(another client). Prints a Markdown table: each attack's answers and the probes' median and slowest latency.
Attacks: nested, nested-4000, runaways, in-list, values, distinct (N distinct 900 kB queries, default 1000: memory
held), and queries just inside the default limits: max-union, max-optional, max-nested, max-in, max-values; then
memory: the server's RSS with 1, 2 and 4 workers.`;

const JSON_TYPE = 'application/sparql-results+json';
const ATTACKER = '127.0.0.1';
const BYSTANDER = '127.0.0.2';

interface Answer {
  status: number;
  ms: number;
  message: string;
}

interface Row {
  attack: string;
  answers: string;
  probes: string;
  note?: string;
}

const args = process.argv.slice(2);
if (args.includes('--help')) {
  console.log(USAGE);
  process.exit(0);
}
const distinct = Number(readFlag('--distinct') ?? 1000);
const only = readFlag('--only')?.split(',');
const extra = args.includes('--') ? args.slice(args.indexOf('--') + 1) : [];

function wantedAtAll(name: string): boolean {
  return !only || only.includes(name);
}

function readFlag(name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

/** One POST of a query (application/sparql-query), from the given local address. */
function post(base: URL, query: string, from: string, accept = JSON_TYPE): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve) => {
    const req = request(
      { host: base.hostname, port: base.port, path: '/sparql', method: 'POST', localAddress: from, headers: { 'content-type': 'application/sparql-query', accept } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body.length < 300 ? (body += chunk) : undefined));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started, message: body.split('\n')[0]!.slice(0, 120) }));
      },
    );
    req.on('error', (error) => resolve({ status: 0, ms: performance.now() - started, message: error.message }));
    req.end(query);
  });
}

/** Sends `attacks`, then probes from another client until every attack has answered. */
async function measure(base: URL, attacks: (() => Promise<Answer>)[], delayMs = 200): Promise<{ answers: Answer[]; probes: Answer[] }> {
  let done = false;
  const running = Promise.all(attacks.map((attack) => attack())).finally(() => (done = true));
  await new Promise((resolve) => setTimeout(resolve, delayMs));
  const probes: Answer[] = [];
  while (!done) probes.push(await post(base, 'ASK {}', BYSTANDER));
  return { answers: await running, probes };
}

function summariseProbes(probes: Answer[]): string {
  if (probes.length === 0) return 'none sent (the attack answered first)';
  const ms = probes.map((p) => p.ms).sort((a, b) => a - b);
  const failed = probes.filter((p) => p.status !== 200);
  const failures = failed.length > 0 ? `, ${failed.length} not 200 (first: ${failed[0]!.status} "${failed[0]!.message}")` : '';
  return `${probes.length} probes, median ${ms[Math.floor(ms.length / 2)]!.toFixed(0)} ms, slowest ${ms.at(-1)!.toFixed(0)} ms${failures}`;
}

function summariseAnswers(answers: Answer[]): string {
  return answers.map((a) => `${a.status} in ${(a.ms / 1000).toFixed(2)} s`).join(', ') + ` ("${answers[0]!.message}")`;
}

/** Parts joined until the text is `chars` long. */
function repeatUpTo(chars: number, part: (i: number) => string, separator: string): string {
  const parts: string[] = [];
  for (let length = 0, i = 0; length < chars; i++) {
    parts.push(part(i));
    length += parts.at(-1)!.length + separator.length;
  }
  return parts.join(separator);
}
const nested = (depth: number) => `ASK { FILTER (${'('.repeat(depth)}1${')'.repeat(depth)}) }`;
const RUNAWAY = 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }';
const inList = (chars: number) => `SELECT * WHERE { ?s ?p ?o FILTER(?o IN (${repeatUpTo(chars, (i) => `"v${i}"`, ', ')})) }`;
const values = (rows: number) => `SELECT * WHERE { VALUES ?x { ${Array.from({ length: rows }, (_, i) => `"r${i}"`).join(' ')} } }`;
/** Queries just inside the default limits: what a client may still send. */
const ACCEPTED: { name: string; label: string; text: string; accept: string }[] = [
  { name: 'max-union', label: '9.9 k chars of UNION, CONSTRUCT as Turtle (planned by Comunica)', text: `CONSTRUCT { ?s ?p ?o } WHERE { ${repeatUpTo(9_850, (i) => `{ ?s <urn:p${i}> ?o }`, ' UNION ')} }`, accept: 'text/turtle' },
  { name: 'max-optional', label: '9.9 k chars of OPTIONAL, CONSTRUCT as Turtle (planned by Comunica)', text: `CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o ${repeatUpTo(9_850, (i) => `OPTIONAL { ?s <urn:p${i}> ?o${i} }`, ' ')} }`, accept: 'text/turtle' },
  { name: 'max-nested', label: '64 nested groups', text: `SELECT * WHERE { ${'{ ?s ?p ?o '.repeat(63)}${'} '.repeat(63)}}`, accept: JSON_TYPE },
  { name: 'max-in', label: '1 000-item IN list', text: `SELECT * WHERE { ?s ?p ?o FILTER(?o IN (${Array.from({ length: 1000 }, (_, i) => i).join(', ')})) }`, accept: JSON_TYPE },
  { name: 'max-values', label: '1 000-row VALUES', text: values(1000), accept: JSON_TYPE },
];

function readRssMb(child: ChildProcess): number {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024);
}

async function startServer(options: string[] = []): Promise<{ child: ChildProcess; base: URL }> {
  const child = spawn(process.execPath, ['bin/ropa.js', 'serve', '--port', '0', '--no-watch', '--no-build', '--timeout', '3000', '--rate-limit', '100000000', ...extra, ...options], {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const base = await new Promise<URL>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /at (http:\/\/localhost:\d+\/)/.exec(out);
      if (match) resolve(new URL(match[1]!.replace('localhost', '127.0.0.1')));
    });
    child.once('exit', (code) => reject(new Error(`ropa serve exited with code ${code}: ${out}`)));
  });
  return { child, base };
}

/** RSS of a server with 1, 2 and 4 workers once every worker has answered: what each copy of the graph costs. */
async function measureWorkerMemory(): Promise<string[]> {
  const lines = ['| --workers | server RSS after 40 queries | per worker beyond the first |', '|---:|---:|---:|'];
  let single = 0;
  for (const workers of [1, 2, 4]) {
    const server = await startServer(['--workers', String(workers)]);
    try {
      for (let round = 0; round < 5; round++) await Promise.all(Array.from({ length: 8 }, () => post(server.base, 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }', BYSTANDER)));
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const rss = readRssMb(server.child);
      if (workers === 1) single = rss;
      lines.push(`| ${workers} | ${rss} MiB | ${workers === 1 ? '–' : `${((rss - single) / (workers - 1)).toFixed(0)} MiB`} |`);
    } finally {
      server.child.kill('SIGTERM');
    }
  }
  return lines;
}

const memory = wantedAtAll('memory') ? await measureWorkerMemory() : [];
const { child, base } = await startServer();
const rows: Row[] = [];
const wanted = wantedAtAll;
try {
  // Warm-up: the first query of a server pays for loading Comunica's modules.
  await post(base, 'ASK {}', BYSTANDER);
  const idle = await measure(base, [() => new Promise((resolve) => setTimeout(() => resolve({ status: 0, ms: 2000, message: 'idle' }), 2000))], 0);
  rows.push({ attack: 'none (2 s of probes)', answers: '–', probes: summariseProbes(idle.probes) });
  const single = async (name: string, label: string, text: string, accept = JSON_TYPE) => {
    if (!wanted(name)) return;
    const r = await measure(base, [() => post(base, text, ATTACKER, accept)], 20);
    rows.push({ attack: label, answers: summariseAnswers(r.answers), probes: summariseProbes(r.probes) });
  };
  await single('nested', '8 000 nested parentheses (16 k chars)', nested(8000));
  await single('nested-4000', '4 000 nested parentheses (8 k chars)', nested(4000));
  if (wanted('runaways')) {
    const r = await measure(base, Array.from({ length: 4 }, () => () => post(base, RUNAWAY, ATTACKER)), 300);
    // The attacking client's own ASK, sent beside its runaways: it may wait for them (one client's share of the workers).
    const own = await measure(base, [...Array.from({ length: 4 }, () => () => post(base, RUNAWAY, ATTACKER)), () => new Promise<Answer>((resolve) => setTimeout(resolve, 300)).then(() => post(base, 'ASK {}', ATTACKER))], 300);
    rows.push({ attack: '4 runaway queries (3 s timeout)', answers: summariseAnswers(r.answers), probes: summariseProbes(r.probes), note: `the attacker's own ASK: ${(own.answers[4]!.ms / 1000).toFixed(2)} s` });
  }
  await single('in-list', '900 kB IN list', inList(900_000));
  await single('values', '100 000-row VALUES', values(100_000));
  for (const query of ACCEPTED) await single(query.name, `accepted: ${query.label}`, query.text, query.accept);
  if (wanted('distinct')) {
    const before = readRssMb(child);
    const pad = 'x'.repeat(900_000);
    const r = await measure(base, [
      async () => {
        const started = performance.now();
        const statuses = new Map<number, number>();
        let last: Answer | undefined;
        for (let i = 0; i < distinct; i++) {
          last = await post(base, `# ${i} ${pad}\nASK {}`, ATTACKER);
          statuses.set(last.status, (statuses.get(last.status) ?? 0) + 1);
        }
        return { status: last!.status, ms: performance.now() - started, message: [...statuses].map(([s, n]) => `${n}× ${s}`).join(', ') + `; last: ${last!.message}` };
      },
    ]);
    const after = readRssMb(child);
    rows.push({ attack: `${distinct} distinct 900 kB queries`, answers: summariseAnswers(r.answers), probes: summariseProbes(r.probes), note: `server RSS ${before} → ${after} MiB` });
  }
} finally {
  child.kill('SIGTERM');
}

console.log(`| attack (from ${ATTACKER}) | its answers | probes from ${BYSTANDER} during it | note |`);
console.log('|---|---|---|---|');
for (const row of rows) console.log(`| ${row.attack} | ${row.answers} | ${row.probes} | ${row.note ?? ''} |`);
if (memory.length > 0) console.log(['', ...memory].join('\n'));
