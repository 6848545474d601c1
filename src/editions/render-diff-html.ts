// The French HTML page of GET /diff?from=…&to=…: the same content as the JSON, for browsers.
import escapeHtml from 'escape-html';
import { renderPage } from '../html/render-page.ts';
import type { FieldChange, RegisterDiff, TextChange, TreatmentRef } from './diff-registers.ts';
import type { WordHunk } from './diff-words.ts';
import { SIGNAL_LABELS } from './decide-edition-order.ts';
import { PAGE_MEDIA_TYPES } from '../rdf/formats.ts';

export function renderDiffHtml(diff: RegisterDiff, jsonHref: string): string {
  const e = (text: string | number) => escapeHtml(String(text));
  const parts: string[] = [];
  parts.push(`<h1>Différences entre ${e(diff.from.slug)} et ${e(diff.to.slug)}</h1>`);
  parts.push('<table><thead><tr><th scope="col">Édition</th><th scope="col">Registre</th><th scope="col">Fichier</th><th scope="col">Traitements</th><th scope="col">Titre</th></tr></thead><tbody>');
  for (const [name, r] of [['de', diff.from], ['à', diff.to]] as const) {
    parts.push(`<tr><th scope="row">${name}</th><td data-label="Registre"><code>${e(r.slug)}</code></td><td data-label="Fichier">${e(r.file)}</td><td data-label="Traitements">${r.treatments}</td><td data-label="Titre">${e(r.title)}</td></tr>`);
  }
  parts.push('</tbody></table>');
  if (diff.order) {
    const { newer, older } = diff.order;
    parts.push(`<h2>Ordre des éditions</h2><p>${newer && older ? `<strong>${e(newer)}</strong> est l’édition la plus récente, <strong>${e(older)}</strong> l’édition antérieure.` : 'Ordre indéterminé : les indices s’équilibrent.'}</p><ul>`);
    for (const s of diff.order.signals) {
      parts.push(`<li><strong>${e(SIGNAL_LABELS[s.kind])}</strong> (poids ${s.weight}${s.newer ? `, désigne ${e(s.newer)}` : ', sans conclusion'}) : ${e(s.description)}</li>`);
    }
    parts.push('</ul>');
  } else parts.push('<p class="note">Ces deux registres ne sont pas deux éditions d’un même registre (pas de responsable commun, ou trop peu de traitements en commun).</p>');
  const aligned = diff.changed.length + diff.unchanged.length;
  parts.push(`<p>${aligned} traitements appariés (seuil ${e(diff.threshold.toFixed(2).replace('.', ','))}) : ${diff.changed.length} modifiés, ${diff.unchanged.length} inchangés ; ${diff.added.length} ajoutés, ${diff.removed.length} retirés. <a href="${e(jsonHref)}">JSON</a></p>`);
  if (diff.register.length > 0) {
    parts.push('<h2>En-tête du registre</h2><ul>');
    for (const c of diff.register) parts.push(`<li>${renderText(c)}</li>`);
    parts.push('</ul>');
  }
  parts.push(renderRefs(`Traitements ajoutés (seulement dans ${diff.to.slug})`, diff.added));
  parts.push(renderRefs(`Traitements retirés (seulement dans ${diff.from.slug})`, diff.removed));
  if (diff.changed.length > 0) {
    parts.push('<h2>Traitements modifiés</h2>');
    for (const t of diff.changed) {
      parts.push(`<section><h3>${e(t.from.title)}${t.to.title !== t.from.title ? ` → ${e(t.to.title)}` : ''}</h3>`);
      parts.push(`<p class="note"><code>${e(t.from.slug)}</code> → <code>${e(t.to.slug)}</code> — ${e(t.reason)}</p><ul>`);
      for (const c of t.changes) parts.push(`<li>${renderChange(c)}</li>`);
      parts.push('</ul></section>');
    }
  }
  if (diff.unchanged.length > 0) {
    parts.push('<h2>Traitements inchangés</h2><ul>');
    for (const t of diff.unchanged) parts.push(`<li>${e(t.from.title)} (<code>${e(t.from.slug)}</code> → <code>${e(t.to.slug)}</code>)</li>`);
    parts.push('</ul>');
  }
  return renderPage({
    title: `Différences entre ${diff.from.slug} et ${diff.to.slug}`,
    section: 'diff',
    body: parts.join('\n'),
    alternates: [{ href: jsonHref, mediaType: PAGE_MEDIA_TYPES.json }],
  });

  function renderRefs(title: string, refs: readonly TreatmentRef[]): string {
    if (refs.length === 0) return '';
    return `<h2>${e(title)}</h2><ul>${refs.map((r) => `<li>${e(r.title)} (<code>${e(r.slug)}</code>)</li>`).join('')}</ul>`;
  }

  function renderChange(c: FieldChange): string {
    if (c.kind === 'set') {
      return `<strong>${e(c.label)}</strong> : ${[...c.added.map((x) => `<ins>+ ${e(x.label)}</ins>`), ...c.removed.map((x) => `<del>− ${e(x.label)}</del>`)].join(', ')}`;
    }
    if (c.kind === 'statements') {
      return `<strong>${e(c.label)}</strong><ul>${c.removed.map((s) => `<li><del>${e(s)}</del></li>`).join('')}${c.added.map((s) => `<li><ins>${e(s)}</ins></li>`).join('')}</ul>`;
    }
    if (c.kind === 'retention') {
      const item = (r: { text: string; duration?: string }, tag: 'ins' | 'del') => `<li><${tag}>${e(r.text)}</${tag}>${r.duration ? ` <code>${e(r.duration)}</code>` : ''}</li>`;
      const durations = [...c.durationsAdded.map((d) => `<ins>+ ${e(d)}</ins>`), ...c.durationsRemoved.map((d) => `<del>− ${e(d)}</del>`)];
      return `<strong>${e(c.label)}</strong><ul>${c.removed.map((r) => item(r, 'del')).join('')}${c.added.map((r) => item(r, 'ins')).join('')}${durations.length > 0 ? `<li>durées : ${durations.join(', ')}</li>` : ''}</ul>`;
    }
    return renderText(c);
  }

  function renderText(c: TextChange): string {
    const name = c.field === 'preamble' || c.field === 'registerTitle' ? c.label : `Texte source — ${c.label}`;
    const hunks = c.words.hunks.map((h) => `<li>${renderHunk(h)}</li>`).join('');
    const counts = `${c.words.deletedWords} mot${c.words.deletedWords > 1 ? 's' : ''} retiré${c.words.deletedWords > 1 ? 's' : ''}, ${c.words.insertedWords} ajouté${c.words.insertedWords > 1 ? 's' : ''}`;
    return `<strong>${e(name)}</strong> : ${counts}<ul>${hunks}</ul>`;
  }

  function renderHunk(h: WordHunk): string {
    return [h.before ? `… ${e(h.before)}` : '', h.deleted ? `<del>${e(h.deleted)}</del>` : '', h.inserted ? `<ins>${e(h.inserted)}</ins>` : '', h.after ? `${e(h.after)} …` : '']
      .filter((p) => p !== '')
      .join(' ');
  }
}
