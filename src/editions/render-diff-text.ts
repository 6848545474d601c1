// The plain-text report of `ropa diff`: what was added, removed and changed between two registers.
import type { FieldChange, RegisterDiff, TextChange, TreatmentRef } from './diff-registers.ts';
import type { WordHunk } from './diff-words.ts';
import { labelField } from './field-labels.ts';
import { SIGNAL_LABELS_EN } from './signal-labels-en.ts';

/** Beyond this many hunks per text, the report says how many more there are instead of printing them. */
export const MAX_HUNKS = 6;

export function renderDiffText(diff: RegisterDiff): string {
  const out: string[] = [];
  const writeLine = (text = '', indent = 0) => out.push(`${' '.repeat(indent)}${text}`);
  writeLine(`ropa diff: ${diff.from.slug} → ${diff.to.slug}`);
  for (const [name, r] of [['from', diff.from], ['to', diff.to]] as const) writeLine(`${name.padEnd(5)} ${r.slug}  ${r.file}  ${r.treatments} treatments  ${r.title}`, 2);
  if (diff.order) {
    const { newer, older, tally } = diff.order;
    writeLine(newer && older ? `Editions of one register: ${newer} is the newer, ${older} the older (signals ${tally[newer]} to ${tally[older]}).` : 'Editions of one register, order undecided (the signals balance out).');
    for (const s of diff.order.signals) writeLine(`* ${SIGNAL_LABELS_EN[s.kind]} (weight ${s.weight}${s.newer ? `, points to ${s.newer}` : ', inconclusive'}): ${s.description}`, 2);
  } else writeLine('Not editions of one register (no shared owner, or too few treatments in common).');
  writeLine(summarise(diff));
  if (diff.register.length > 0) {
    writeLine();
    writeLine('Register heading');
    for (const c of diff.register) writeText(c, 2);
  }
  writeSection(`Added treatments (in ${diff.to.slug} only)`, diff.added, '+');
  writeSection(`Removed treatments (in ${diff.from.slug} only)`, diff.removed, '-');
  if (diff.changed.length > 0) {
    writeLine();
    writeLine('Changed treatments');
    for (const t of diff.changed) {
      writeLine(`* ${t.from.title}${t.to.title !== t.from.title ? ` → ${t.to.title}` : ''} (${t.from.slug} → ${t.to.slug}), score ${t.evidence.score.toFixed(2)}`, 2);
      for (const c of t.changes) writeChange(c, 6);
    }
  }
  if (diff.unchanged.length > 0) {
    writeLine();
    writeLine('Unchanged treatments');
    for (const t of diff.unchanged) writeLine(`= ${t.from.title} (${t.from.slug} → ${t.to.slug})`, 2);
  }
  return `${out.join('\n')}\n`;

  function writeSection(title: string, refs: readonly TreatmentRef[], mark: string): void {
    if (refs.length === 0) return;
    writeLine();
    writeLine(title);
    for (const r of refs) writeLine(`${mark} ${r.slug}  ${r.title}`, 2);
  }

  function writeChange(c: FieldChange, indent: number): void {
    const name = labelField(c.field, 'en', c.label);
    if (c.kind === 'set') writeLine(`${name}: ${[...c.added.map((e) => `+ ${e.label}`), ...c.removed.map((e) => `- ${e.label}`)].join(', ')}`, indent);
    else if (c.kind === 'statements') {
      writeLine(`${name}:`, indent);
      for (const s of c.removed) writeLine(`- "${s}"`, indent + 2);
      for (const s of c.added) writeLine(`+ "${s}"`, indent + 2);
    } else if (c.kind === 'retention') {
      writeLine(`${name}:`, indent);
      for (const r of c.removed) writeLine(`- "${r.text}"${r.duration ? ` [${r.duration}]` : ''}`, indent + 2);
      for (const r of c.added) writeLine(`+ "${r.text}"${r.duration ? ` [${r.duration}]` : ''}`, indent + 2);
      if (c.durationsAdded.length + c.durationsRemoved.length > 0) {
        writeLine(`durations: ${[...c.durationsAdded.map((d) => `+ ${d}`), ...c.durationsRemoved.map((d) => `- ${d}`)].join(', ')}`, indent + 2);
      }
    } else writeText(c, indent);
  }

  function writeText(c: TextChange, indent: number): void {
    const name = c.field === 'preamble' || c.field === 'registerTitle' ? c.label : `text of ${labelField(c.field, 'en', c.label)}`;
    writeLine(`~ ${name}: ${countWords(c.words.deletedWords, 'word')} removed, ${c.words.insertedWords} added`, indent);
    for (const h of c.words.hunks.slice(0, MAX_HUNKS)) writeLine(formatHunk(h), indent + 4);
    if (c.words.hunks.length > MAX_HUNKS) writeLine(`… and ${countWords(c.words.hunks.length - MAX_HUNKS, 'more change')}`, indent + 4);
  }
}

export function summarise(diff: RegisterDiff): string {
  const aligned = diff.changed.length + diff.unchanged.length;
  return `Summary: ${aligned} treatments aligned (threshold ${diff.threshold.toFixed(2)}): ${diff.changed.length} changed, ${diff.unchanged.length} unchanged; ${diff.added.length} added, ${diff.removed.length} removed.`;
}

/** Longer changes are cut in reports (the JSON keeps them whole): a rewritten cell is not read word by word. */
export const MAX_HUNK_WORDS = 30;

export function abbreviateWords(text: string, max = MAX_HUNK_WORDS): string {
  const words = text.split(' ');
  return words.length <= max ? text : `${words.slice(0, max).join(' ')} … (${countWords(words.length - max, 'more word')})`;
}

/** "1 word", "2 words". */
export function countWords(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function formatHunk(h: WordHunk): string {
  const parts = [h.before ? `… ${h.before}` : '', h.deleted ? `[-${abbreviateWords(h.deleted)}-]` : '', h.inserted ? `{+${abbreviateWords(h.inserted)}+}` : '', h.after ? `${h.after} …` : ''];
  return parts.filter((p) => p !== '').join(' ');
}
