// The damage the build fuzzer does to a register file (bytes, lines, text, encodings, ZIP structure), as fast-check arbitraries.
import fc from 'fast-check';
import * as XLSX from '@e965/xlsx';
import iconv from 'iconv-lite';
import { useNodeZlib } from '../../src/ingest/workbook/use-node-zlib.ts';

// Unpacking a damaged container with SheetJS's own inflate would loop forever here too.
useNodeZlib();

/** Positions are natural numbers taken modulo the length they index, so that one mutation applies to any input. */
export type Mutation =
  | { readonly kind: 'flip-bytes'; readonly at: readonly number[]; readonly masks: readonly number[] }
  | { readonly kind: 'truncate'; readonly at: number }
  | { readonly kind: 'duplicate-line'; readonly at: number; readonly times: number }
  | { readonly kind: 'remove-lines'; readonly at: number; readonly count: number }
  | { readonly kind: 'swap-lines'; readonly a: number; readonly b: number }
  | { readonly kind: 'huge-line'; readonly at: number; readonly unit: string; readonly length: number; readonly ownLine: boolean }
  | { readonly kind: 'insert-text'; readonly at: number; readonly text: string }
  | { readonly kind: 'copy-slice'; readonly from: number; readonly length: number; readonly to: number }
  | { readonly kind: 'insert-nul'; readonly at: number; readonly count: number }
  | { readonly kind: 'mix-delimiters'; readonly share: number; readonly delimiter: string; readonly pick: number }
  | { readonly kind: 'reencode'; readonly encoding: Encoding }
  | { readonly kind: 'zip-entry'; readonly entry: number; readonly inner: Mutation }
  | { readonly kind: 'zip-drop-entry'; readonly entry: number }
  | { readonly kind: 'zip-break'; readonly target: 'end' | 'central' | 'local'; readonly at: number; readonly offsets: readonly number[]; readonly masks: readonly number[] };

type Encoding = 'windows-1252' | 'utf-16le' | 'utf-16be' | 'utf-8-bom' | 'half-latin1' | 'latin1-no-bom';

/** Container formats: a ZIP (xlsx, ods) or an OLE compound file (xls, password-protected Office files). */
export type Container = 'zip' | 'ole' | 'none';

/** Pieces that reach the parsers' structure: labels and headers of each layout, tags, quotes, separators, odd spaces. */
const PIECES = [
  'Intitulé\tFinalités\tRT\tCatégorie de données traitées\n', 'TRAITEMENT n° 1.1\t\tX\n', 'ACTIVITE n° 9\t\tY\n', 'Finalité du traitement\t',
  'Date de dernière mise à jour\t31/02/2023\n', 'Nr.  Item  Description\n', '1.  Last update of this record  ', 'Article 31 of Regulation (EU) 2018/1725',
  'N° / RÉF', 'Finalité principale', 'Nom du traitement', '<p>', '</p>', '<u>', '<li>', '<br/>', '<', '>', '&amp;', '"', '""', "'", ';', ',', '\t', '\r',
  '\r\n', '\n\n\n', '\u2028', '\uFEFF', '\u202E', '\u00A0', '\u200B', 'é', 'ﬁ', '𝔄', '👩‍💻', 'Réциpiendaires', '=cmd|/c calc!A1', '@SUM(1)', '3 ans après',
  "jusqu'à", 'ne relève pas', 'art. 6-1-e', 'https://', 'x@y.fr', '(', ')', '[', '.', '?', '!', '…', '-', '•', '%', '\\', '\u0000',
] as const;

const POSITION = fc.nat();
const TEXT = fc.oneof(
  fc.constantFrom(...PIECES),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 12 }).map((p) => p.join('')),
);

/** A line of 10 k … 120 k characters: long enough to show a super-linear pass, short enough to keep a run quick. */
const HUGE_LINE = fc.record({
  kind: fc.constant('huge-line' as const),
  at: POSITION,
  unit: fc.oneof(fc.constantFrom('gestion des données ', 'x', ' ', '\t', '. ', '<p>', 'é', 'a;', '"', 'TRAITEMENT n° 1.'), TEXT.filter((t) => t.length > 0)),
  length: fc.integer({ min: 10_000, max: 120_000 }),
  ownLine: fc.boolean(),
});

/** Mutations of raw bytes and lines, for any file (and for the entries inside a container). */
const PLAIN: fc.Arbitrary<Mutation>[] = [
  fc.record({ kind: fc.constant('flip-bytes' as const), at: fc.array(POSITION, { minLength: 1, maxLength: 16 }), masks: fc.array(fc.integer({ min: 1, max: 255 }), { minLength: 1, maxLength: 16 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: POSITION }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: POSITION, times: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('remove-lines' as const), at: POSITION, count: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ kind: fc.constant('swap-lines' as const), a: POSITION, b: POSITION }),
  HUGE_LINE,
  fc.record({ kind: fc.constant('insert-text' as const), at: POSITION, text: TEXT }),
  fc.record({ kind: fc.constant('copy-slice' as const), from: POSITION, length: fc.integer({ min: 1, max: 4000 }), to: POSITION }),
  fc.record({ kind: fc.constant('insert-nul' as const), at: POSITION, count: fc.integer({ min: 1, max: 64 }) }),
];

const ENCODING = fc.constantFrom<Encoding>('windows-1252', 'utf-16le', 'utf-16be', 'utf-8-bom', 'half-latin1', 'latin1-no-bom');
const TEXTUAL: fc.Arbitrary<Mutation>[] = [
  fc.record({ kind: fc.constant('mix-delimiters' as const), share: fc.integer({ min: 1, max: 100 }), delimiter: fc.constantFrom(';', ',', '\t', '|', '"', '\n'), pick: fc.nat() }),
  fc.record({ kind: fc.constant('reencode' as const), encoding: ENCODING }),
];

const CONTAINER: fc.Arbitrary<Mutation>[] = [
  fc.record({ kind: fc.constant('zip-entry' as const), entry: POSITION, inner: fc.oneof(...PLAIN, ...TEXTUAL) }),
  fc.record({ kind: fc.constant('zip-drop-entry' as const), entry: POSITION }),
  fc.record({
    kind: fc.constant('zip-break' as const),
    target: fc.constantFrom('end' as const, 'central' as const, 'local' as const),
    at: POSITION,
    offsets: fc.array(fc.integer({ min: 4, max: 45 }), { minLength: 1, maxLength: 6 }),
    masks: fc.array(fc.integer({ min: 1, max: 255 }), { minLength: 1, maxLength: 6 }),
  }),
];

/** One to three mutations in a row; a container gets its structural mutations half of the time. */
export function arbitraryMutations(container: Container): fc.Arbitrary<Mutation[]> {
  const one = container === 'none' ? fc.oneof(...PLAIN, ...TEXTUAL) : fc.oneof({ arbitrary: fc.oneof(...PLAIN, ...TEXTUAL), weight: 1 }, { arbitrary: fc.oneof(...CONTAINER), weight: 1 });
  return fc.array(one, { minLength: 1, maxLength: 3 });
}

export function applyMutations(bytes: Buffer, mutations: readonly Mutation[], container: Container): Buffer {
  return mutations.reduce((current, mutation) => applyMutation(current, mutation, container), bytes);
}

function applyMutation(bytes: Buffer, m: Mutation, container: Container): Buffer {
  switch (m.kind) {
    case 'flip-bytes': {
      const out = Buffer.from(bytes);
      if (out.length === 0) return out;
      m.at.forEach((p, i) => (out[p % out.length]! ^= m.masks[i % m.masks.length]!));
      return out;
    }
    case 'truncate':
      return bytes.subarray(0, m.at % (bytes.length + 1));
    case 'duplicate-line': {
      const lines = splitLines(bytes);
      const i = m.at % lines.length;
      lines.splice(i, 0, ...Array<Buffer>(m.times).fill(lines[i]!));
      return joinLines(lines);
    }
    case 'remove-lines': {
      const lines = splitLines(bytes);
      lines.splice(m.at % lines.length, m.count);
      return joinLines(lines);
    }
    case 'swap-lines': {
      const lines = splitLines(bytes);
      const a = m.a % lines.length;
      const b = m.b % lines.length;
      [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      return joinLines(lines);
    }
    case 'huge-line': {
      const text = m.unit.repeat(Math.ceil(m.length / m.unit.length)).slice(0, m.length);
      return insertAt(bytes, m.ownLine ? lineStart(bytes, m.at) : m.at % (bytes.length + 1), Buffer.from(m.ownLine ? `${text}\n` : text, 'utf8'));
    }
    case 'insert-text':
      return insertAt(bytes, m.at % (bytes.length + 1), Buffer.from(m.text, 'utf8'));
    case 'copy-slice': {
      const from = m.from % (bytes.length + 1);
      return insertAt(bytes, m.to % (bytes.length + 1), Buffer.from(bytes.subarray(from, from + m.length)));
    }
    case 'insert-nul':
      return insertAt(bytes, m.at % (bytes.length + 1), Buffer.alloc(m.count));
    case 'mix-delimiters':
      return mixDelimiters(bytes, m);
    case 'reencode':
      return reencode(bytes, m.encoding);
    case 'zip-entry':
    case 'zip-drop-entry':
      return container === 'none' ? bytes : rewriteContainer(bytes, m, container);
    case 'zip-break':
      return breakZipStructure(bytes, m);
  }
}

function splitLines(bytes: Buffer): Buffer[] {
  const lines: Buffer[] = [];
  let start = 0;
  for (let i = bytes.indexOf(0x0a); i !== -1; i = bytes.indexOf(0x0a, start)) {
    lines.push(bytes.subarray(start, i));
    start = i + 1;
  }
  lines.push(bytes.subarray(start));
  return lines;
}

function joinLines(lines: readonly Buffer[]): Buffer {
  return Buffer.concat(lines.flatMap((line, i) => (i === 0 ? [line] : [Buffer.from('\n'), line])));
}

function lineStart(bytes: Buffer, at: number): number {
  const position = at % (bytes.length + 1);
  return position === 0 ? 0 : bytes.lastIndexOf(0x0a, position - 1) + 1;
}

function insertAt(bytes: Buffer, at: number, piece: Buffer): Buffer {
  return Buffer.concat([bytes.subarray(0, at), piece, bytes.subarray(at)]);
}

/** Some of the separators (";", tab, ",") become `delimiter`: the mixed files a copy and paste between programs makes. */
function mixDelimiters(bytes: Buffer, m: Extract<Mutation, { kind: 'mix-delimiters' }>): Buffer {
  let n = 0;
  const text = bytes.toString('latin1').replace(/[;,\t]/g, (found) => ((Math.imul(++n, 2654435761) + m.pick) >>> 0) % 100 < m.share ? m.delimiter : found);
  return Buffer.from(text, 'latin1');
}

function reencode(bytes: Buffer, encoding: Encoding): Buffer {
  const text = bytes.toString('utf8');
  switch (encoding) {
    case 'windows-1252':
      return iconv.encode(text, 'win1252');
    case 'utf-16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')]);
    case 'utf-16be':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf16be')]);
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]);
    case 'half-latin1': {
      const half = Math.floor(text.length / 2);
      return Buffer.concat([Buffer.from(text.slice(0, half), 'utf8'), iconv.encode(text.slice(half), 'latin1')]);
    }
    case 'latin1-no-bom':
      return iconv.encode(text, 'latin1');
  }
}

/** What SheetJS's CFB reader returns (its types say `any`): the entries, and their paths in the same order. */
interface Archive {
  FileIndex: Array<{ type: number; content?: Uint8Array }>;
  FullPaths: string[];
}

/** Unpacks the container, damages or drops one entry and packs it again: a well-formed archive around broken XML. */
function rewriteContainer(bytes: Buffer, m: Extract<Mutation, { kind: 'zip-entry' | 'zip-drop-entry' }>, container: Container): Buffer {
  let archive: Archive;
  try {
    archive = XLSX.CFB.read(bytes, { type: 'buffer' }) as Archive;
  } catch {
    return bytes; // already too damaged to unpack: left as it is
  }
  const entries = archive.FileIndex.map((entry, i) => ({ entry, path: archive.FullPaths[i]! })).filter(({ entry }) => entry.type === 2 && entry.content);
  if (entries.length === 0) return bytes;
  const chosen = entries[m.entry % entries.length]!;
  if (m.kind === 'zip-drop-entry') XLSX.CFB.utils.cfb_del(archive, chosen.path);
  else chosen.entry.content = applyMutation(Buffer.from(chosen.entry.content!), m.inner, 'none');
  try {
    return Buffer.from(XLSX.CFB.write(archive, { type: 'buffer', fileType: container === 'zip' ? 'zip' : 'cfb' }) as Uint8Array);
  } catch {
    return bytes;
  }
}

const SIGNATURES = { end: [0x50, 0x4b, 0x05, 0x06], central: [0x50, 0x4b, 0x01, 0x02], local: [0x50, 0x4b, 0x03, 0x04] } as const;

/** XORs bytes of one ZIP record header (sizes, offsets, counts, name lengths, compression method); with no such record, of the file's start. */
function breakZipStructure(bytes: Buffer, m: Extract<Mutation, { kind: 'zip-break' }>): Buffer {
  const signature = Buffer.from(SIGNATURES[m.target]);
  const starts: number[] = [];
  for (let i = bytes.indexOf(signature); i !== -1; i = bytes.indexOf(signature, i + 1)) starts.push(i);
  const start = starts.length > 0 ? starts[m.at % starts.length]! : 0;
  const out = Buffer.from(bytes);
  m.offsets.forEach((offset, i) => {
    if (start + offset < out.length) out[start + offset]! ^= m.masks[i % m.masks.length]!;
  });
  return out;
}
