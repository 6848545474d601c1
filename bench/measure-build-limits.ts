// `npm run bench:limits`: build time against the length of one cell (10 kB … 1 MB) and peak memory against the size of a register (1 … 100 MB).
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DEFAULT_REGISTERS_DIR, PROJECT_ROOT } from '../src/config/project-paths.ts';
import { writeLargeRegister } from './lib/write-large-register.ts';

const run = promisify(execFile);
const CHILD = join(PROJECT_ROOT, 'bench', 'limits-child.ts');
const SOURCE = join(DEFAULT_REGISTERS_DIR, '000_49a1ce6041cf4ed6.txt');
const WORDS = "gestion des données personnelles de l'agent salarié avec Office365 et RIO pour la paie, conservées 3 ans après le départ ";

interface Measure {
  code: number;
  wallMs: number;
  maxRssMb: number;
  error: string;
}

async function build(dir: string, extra: string[] = []): Promise<Measure> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', CHILD, 'build', dir, '--out', join(dir, 'graph'), '--quiet', ...extra], { cwd: PROJECT_ROOT, maxBuffer: 1 << 24 }).catch((e: { stdout: string }) => e);
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as Measure;
}

/** Register 000 whose first purposes cell is `length` characters of register-like words, on one line. */
async function writeLongCell(root: string, length: number): Promise<string> {
  const lines = (await readFile(SOURCE, 'utf8')).split('\n');
  const cells = lines[9]!.split('\t');
  cells[1] = WORDS.repeat(Math.ceil(length / WORDS.length)).slice(0, length);
  lines[9] = cells.join('\t');
  const dir = join(root, `cell-${length}`);
  await mkdir(dir);
  await writeFile(join(dir, '000_cell.txt'), lines.join('\n'));
  return dir;
}

const root = await mkdtemp(join(tmpdir(), 'ropa-bench-build-'));
try {
  console.log('| one cell of | build time | peak RSS | exit |\n| ---: | ---: | ---: | --- |');
  for (const length of [10_000, 100_000, 1_000_000]) {
    const m = await build(await writeLongCell(root, length));
    console.log(`| ${length / 1000} kB | ${(m.wallMs / 1000).toFixed(2)} s | ${m.maxRssMb.toFixed(0)} MiB | ${m.code} |`);
  }
  console.log('\n| register of | build time | peak RSS | RSS ÷ input | exit |\n| ---: | ---: | ---: | ---: | --- |');
  // Above the default limit (16 MB) a register is refused in one line before it is read: 100 MB once as it is, then
  // 50 and 100 MB with --max-register-size raised to measure them.
  const cases: { mb: number; raise: boolean }[] = [
    { mb: 1, raise: false },
    { mb: 5, raise: false },
    { mb: 15, raise: false },
    { mb: 100, raise: false },
    { mb: 50, raise: true },
    { mb: 100, raise: true },
  ];
  for (const { mb, raise } of cases) {
    const dir = (await readdir(root)).includes(`size-${mb}`) ? join(root, `size-${mb}`) : await writeLargeRegister(root, mb);
    const m = await build(dir, raise ? ['--max-register-size', String(mb + 1)] : []);
    const ratio = m.code === 0 ? `${((m.maxRssMb * 1.048576) / mb).toFixed(0)}×` : '–';
    const limit = raise ? ` (\`--max-register-size ${mb + 1}\`)` : '';
    console.log(`| ${mb} MB${limit} | ${(m.wallMs / 1000).toFixed(1)} s | ${m.maxRssMb.toFixed(0)} MiB | ${ratio} | ${m.code}${m.code === 0 ? '' : `: \`${m.error}\``} |`);
  }
} finally {
  await rm(root, { recursive: true, force: true });
}
