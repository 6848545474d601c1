// The Markdown report of `ropa diff`, for an issue or a pull request: the same content as the text report, in French.
import type { FieldChange, RegisterDiff, TextChange, TreatmentRef } from './diff-registers.ts';
import type { WordHunk } from './diff-words.ts';
import { labelField } from './field-labels.ts';
import { abbreviateWords, countWords, MAX_HUNKS, summarise } from './render-diff-text.ts';
import { SIGNAL_LABELS } from './decide-edition-order.ts';

export function renderDiffMarkdown(diff: RegisterDiff): string {
  const out: string[] = [];
  const writeLine = (text = '') => out.push(text);
  writeLine(`# Comparaison : \`${diff.from.slug}\` → \`${diff.to.slug}\``);
  writeLine();
  writeLine('| | Registre | Fichier | Traitements | Titre |');
  writeLine('|---|---|---|---|---|');
  for (const [name, r] of [['de', diff.from], ['à', diff.to]] as const) writeLine(`| ${name} | \`${r.slug}\` | ${escapeMarkdown(r.file)} | ${r.treatments} | ${escapeMarkdown(r.title)} |`);
  writeLine();
  if (diff.order) {
    const { newer, older, tally } = diff.order;
    writeLine(newer && older ? `**Deux éditions d’un même registre** : \`${newer}\` est la plus récente, \`${older}\` la plus ancienne (indices ${tally[newer]} contre ${tally[older]}).` : '**Deux éditions d’un même registre**, ordre indécis.');
    writeLine();
    for (const s of diff.order.signals) writeLine(`- *${SIGNAL_LABELS[s.kind]}* (poids ${s.weight}${s.newer ? `, en faveur de \`${s.newer}\`` : ', sans conclusion'}): ${escapeMarkdown(s.description)}`);
  } else writeLine('Pas deux éditions d’un même registre.');
  writeLine();
  writeLine(summarise(diff));
  if (diff.register.length > 0) {
    writeLine();
    writeLine('## En-tête du registre');
    writeLine();
    for (const c of diff.register) writeText(c);
  }
  writeSection(`Traitements ajoutés (seulement dans \`${diff.to.slug}\`)`, diff.added);
  writeSection(`Traitements retirés (seulement dans \`${diff.from.slug}\`)`, diff.removed);
  if (diff.changed.length > 0) {
    writeLine();
    writeLine('## Traitements modifiés');
    for (const t of diff.changed) {
      writeLine();
      writeLine(`### ${escapeMarkdown(t.from.title)}${t.to.title !== t.from.title ? ` → ${escapeMarkdown(t.to.title)}` : ''}`);
      writeLine();
      writeLine(`\`${t.from.slug}\` → \`${t.to.slug}\`, score ${t.evidence.score.toFixed(2)}`);
      writeLine();
      for (const c of t.changes) writeChange(c);
    }
  }
  if (diff.unchanged.length > 0) {
    writeLine();
    writeLine('## Traitements inchangés');
    writeLine();
    for (const t of diff.unchanged) writeLine(`- ${escapeMarkdown(t.from.title)} (\`${t.from.slug}\` → \`${t.to.slug}\`)`);
  }
  return `${out.join('\n')}\n`;

  function writeSection(title: string, refs: readonly TreatmentRef[]): void {
    if (refs.length === 0) return;
    writeLine();
    writeLine(`## ${title}`);
    writeLine();
    for (const r of refs) writeLine(`- \`${r.slug}\` ${escapeMarkdown(r.title)}`);
  }

  function writeChange(c: FieldChange): void {
    const name = labelField(c.field, 'fr', c.label);
    if (c.kind === 'set') writeLine(`- **${name}** : ${[...c.added.map((e) => `+ ${escapeMarkdown(e.label)}`), ...c.removed.map((e) => `− ${escapeMarkdown(e.label)}`)].join(', ')}`);
    else if (c.kind === 'statements') {
      writeLine(`- **${name}** :`);
      for (const s of c.removed) writeLine(`  - − ~~${escapeMarkdown(s)}~~`);
      for (const s of c.added) writeLine(`  - + ${escapeMarkdown(s)}`);
    } else if (c.kind === 'retention') {
      writeLine(`- **${name}** :`);
      for (const r of c.removed) writeLine(`  - − ~~${escapeMarkdown(r.text)}~~${r.duration ? ` \`${r.duration}\`` : ''}`);
      for (const r of c.added) writeLine(`  - + ${escapeMarkdown(r.text)}${r.duration ? ` \`${r.duration}\`` : ''}`);
      if (c.durationsAdded.length + c.durationsRemoved.length > 0) {
        writeLine(`  - durées : ${[...c.durationsAdded.map((d) => `+ \`${d}\``), ...c.durationsRemoved.map((d) => `− \`${d}\``)].join(', ')}`);
      }
    } else writeText(c);
  }

  function writeText(c: TextChange): void {
    const name = c.field === 'preamble' || c.field === 'registerTitle' ? escapeMarkdown(c.label) : `texte de « ${labelField(c.field, 'fr', c.label)} »`;
    writeLine(`- **${name}** : ${countWords(c.words.deletedWords, 'mot')} supprimé${c.words.deletedWords > 1 ? 's' : ''}, ${c.words.insertedWords} ajouté${c.words.insertedWords > 1 ? 's' : ''}`);
    for (const h of c.words.hunks.slice(0, MAX_HUNKS)) writeLine(`  - ${formatHunk(h)}`);
    if (c.words.hunks.length > MAX_HUNKS) writeLine(`  - … and ${countWords(c.words.hunks.length - MAX_HUNKS, 'more change')}`);
  }
}

function formatHunk(h: WordHunk): string {
  const parts = [h.before ? `… ${escapeMarkdown(h.before)}` : '', h.deleted ? `~~${escapeMarkdown(abbreviateWords(h.deleted))}~~` : '', h.inserted ? `**${escapeMarkdown(abbreviateWords(h.inserted))}**` : '', h.after ? `${escapeMarkdown(h.after)} …` : ''];
  return parts.filter((p) => p !== '').join(' ');
}

/** Register text is data, never markup. */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_~[\]<>|#])/g, '\\$1');
}
