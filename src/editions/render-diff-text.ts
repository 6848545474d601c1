// The plain-text report of `ropa diff`, in French like the registers it compares: what was added, removed and changed.
import type { FieldChange, RegisterDiff, TextChange, TreatmentRef } from './diff-registers.ts';
import type { WordHunk } from './diff-words.ts';
import { labelField } from './field-labels.ts';
import { SIGNAL_LABELS } from './decide-edition-order.ts';

/** Beyond this many hunks per text, the report says how many more there are instead of printing them. */
export const MAX_HUNKS = 6;

export function renderDiffText(diff: RegisterDiff): string {
  const out: string[] = [];
  const writeLine = (text = '', indent = 0) => out.push(`${' '.repeat(indent)}${text}`);
  writeLine(`ropa diff: ${diff.from.slug} → ${diff.to.slug}`);
  for (const [name, r] of [['de', diff.from], ['à', diff.to]] as const) writeLine(`${name.padEnd(3)} ${r.slug}  ${r.file}  ${countWords(r.treatments, 'traitement')}  ${r.title}`, 2);
  if (diff.order) {
    const { newer, older, tally } = diff.order;
    writeLine(newer && older ? `Deux éditions d’un même registre : ${newer} est la plus récente, ${older} la plus ancienne (indices ${tally[newer]} contre ${tally[older]}).` : 'Deux éditions d’un même registre, ordre indécis (les indices s’équilibrent).');
    for (const s of diff.order.signals) writeLine(`* ${SIGNAL_LABELS[s.kind]} (poids ${s.weight}${s.newer ? `, en faveur de ${s.newer}` : ', sans conclusion'}): ${s.description}`, 2);
  } else writeLine('Pas deux éditions d’un même registre (pas de responsable commun, ou trop peu de traitements en commun).');
  writeLine(summarise(diff));
  if (diff.register.length > 0) {
    writeLine();
    writeLine('En-tête du registre');
    for (const c of diff.register) writeText(c, 2);
  }
  writeSection(`Traitements ajoutés (seulement dans ${diff.to.slug})`, diff.added, '+');
  writeSection(`Traitements retirés (seulement dans ${diff.from.slug})`, diff.removed, '-');
  if (diff.changed.length > 0) {
    writeLine();
    writeLine('Traitements modifiés');
    for (const t of diff.changed) {
      writeLine(`* ${t.from.title}${t.to.title !== t.from.title ? ` → ${t.to.title}` : ''} (${t.from.slug} → ${t.to.slug}), score ${t.evidence.score.toFixed(2)}`, 2);
      for (const c of t.changes) writeChange(c, 6);
    }
  }
  if (diff.unchanged.length > 0) {
    writeLine();
    writeLine('Traitements inchangés');
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
    const name = labelField(c.field, 'fr', c.label);
    if (c.kind === 'set') writeLine(`${name} : ${[...c.added.map((e) => `+ ${e.label}`), ...c.removed.map((e) => `- ${e.label}`)].join(', ')}`, indent);
    else if (c.kind === 'statements') {
      writeLine(`${name} :`, indent);
      for (const s of c.removed) writeLine(`- "${s}"`, indent + 2);
      for (const s of c.added) writeLine(`+ "${s}"`, indent + 2);
    } else if (c.kind === 'retention') {
      writeLine(`${name} :`, indent);
      for (const r of c.removed) writeLine(`- "${r.text}"${r.duration ? ` [${r.duration}]` : ''}`, indent + 2);
      for (const r of c.added) writeLine(`+ "${r.text}"${r.duration ? ` [${r.duration}]` : ''}`, indent + 2);
      if (c.durationsAdded.length + c.durationsRemoved.length > 0) {
        writeLine(`durées : ${[...c.durationsAdded.map((d) => `+ ${d}`), ...c.durationsRemoved.map((d) => `- ${d}`)].join(', ')}`, indent + 2);
      }
    } else writeText(c, indent);
  }

  function writeText(c: TextChange, indent: number): void {
    const name = c.field === 'preamble' || c.field === 'registerTitle' ? c.label : `texte de « ${labelField(c.field, 'fr', c.label)} »`;
    writeLine(`~ ${name} : ${countWords(c.words.deletedWords, 'mot')} supprimé${c.words.deletedWords > 1 ? 's' : ''}, ${c.words.insertedWords} ajouté${c.words.insertedWords > 1 ? 's' : ''}`, indent);
    for (const h of c.words.hunks.slice(0, MAX_HUNKS)) writeLine(formatHunk(h), indent + 4);
    if (c.words.hunks.length > MAX_HUNKS) writeLine(`… et ${countWords(c.words.hunks.length - MAX_HUNKS, 'autre modification', 'autres modifications')}`, indent + 4);
  }
}

export function summarise(diff: RegisterDiff): string {
  const aligned = diff.changed.length + diff.unchanged.length;
  const plural = (n: number, word: string) => `${n} ${word}${n > 1 ? 's' : ''}`;
  return `Bilan : ${countWords(aligned, 'traitement')} appariés (seuil ${diff.threshold.toFixed(2)}) : ${plural(diff.changed.length, 'modifié')}, ${plural(diff.unchanged.length, 'inchangé')} ; ${plural(diff.added.length, 'ajouté')}, ${plural(diff.removed.length, 'retiré')}.`;
}

/** Longer changes are cut in reports (the JSON keeps them whole): a rewritten cell is not read word by word. */
export const MAX_HUNK_WORDS = 30;

export function abbreviateWords(text: string, max = MAX_HUNK_WORDS): string {
  const words = text.split(' ');
  return words.length <= max ? text : `${words.slice(0, max).join(' ')} … (${countWords(words.length - max, 'mot de plus', 'mots de plus')})`;
}

/** "1 mot", "2 mots" (French: 0 and 1 take the singular). */
export function countWords(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n > 1 ? plural : noun}`;
}

function formatHunk(h: WordHunk): string {
  const parts = [h.before ? `… ${h.before}` : '', h.deleted ? `[-${abbreviateWords(h.deleted)}-]` : '', h.inserted ? `{+${abbreviateWords(h.inserted)}+}` : '', h.after ? `${h.after} …` : ''];
  return parts.filter((p) => p !== '').join(' ');
}
