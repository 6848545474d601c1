// Child process of the build benchmark: builds the files it is given and reports the time and its own peak RSS.
import { buildGraph } from '../src/pipeline/build-graph.ts';
import { readPeakRssKb } from './lib/read-peak-rss.ts';

const [baseIri, ...files] = process.argv.slice(2);
const started = performance.now();
const cpu = process.cpuUsage();
const result = await buildGraph({ registerFiles: files, baseIri: baseIri! });
const millis = performance.now() - started;
const used = process.cpuUsage(cpu);
const treatments = result.registers.reduce((n, r) => n + r.treatments, 0);
// CPU time beside wall time: on a shared machine the wall time also counts the other processes' turns.
process.stdout.write(`${JSON.stringify({ treatments, registers: result.registers.length, millis, cpuMillis: (used.user + used.system) / 1000, peakRssKb: readPeakRssKb() })}\n`);
