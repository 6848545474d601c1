// The HTML page of one resource: title, types, properties, provenance, incoming links and other formats.
import escapeHtml from 'escape-html';
import type { LinkView, ResourceView, ValueView } from './build-resource-view.ts';
import { renderPage } from '../html/render-page.ts';

export function renderResourcePage(view: ResourceView): string {
  const sections = [
    renderHeading(view),
    renderProperties(view),
    renderProvenance(view),
    renderIncoming(view),
    renderFormats(view),
  ];
  return renderPage({ title: view.title, body: sections.filter((s) => s !== '').join('\n'), alternates: view.formats });
}

function renderHeading(view: ResourceView): string {
  const types = view.types.length > 0 ? `<p class="types">Type : ${view.types.map(renderLink).join(', ')}</p>` : '';
  const external = view.external
    ? `<p class="note">Terme défini hors de ce graphe ; cette page montre ce que les registres en disent. Définition : <a class="external" rel="external" href="${escapeHtml(view.external)}">${escapeHtml(view.external)}</a></p>`
    : '';
  return `<h1>${escapeHtml(view.title)}</h1>
<p class="iri"><code>${escapeHtml(view.iri)}</code>${view.curie ? ` <span class="curie">${escapeHtml(view.curie)}</span>` : ''}</p>
${types}
${external}`;
}

function renderProperties(view: ResourceView): string {
  if (view.properties.length === 0) return '';
  const rows = view.properties
    .map(
      (p) => `<tr><th scope="row">${renderPropertyName(p.property)}</th><td>${
        p.values.length === 1 ? renderValue(p.values[0]!) : `<ul>${p.values.map((v) => `<li>${renderValue(v)}</li>`).join('')}</ul>`
      }</td></tr>`,
    )
    .join('\n');
  return `<section class="properties">
<h2>Propriétés</h2>
<table>
${rows}
</table>
</section>`;
}

function renderProvenance(view: ResourceView): string {
  if (view.sources.length === 0 && view.fields.length === 0) return '';
  // A spreadsheet is cited by sheet and cell, "registre.ods › 4_-_Exemple_de_fiche!C20"; a text file by its lines.
  const sources = view.sources
    .map((s) => {
      const place = s.cell ? `<code>${escapeHtml(`${s.file ?? ''} › ${s.cell}`)}</code>` : `<code>${escapeHtml(s.file ?? '')}</code>${s.lines ? `, ${escapeHtml(s.lines)}` : ''}`;
      return `<p class="source">Lu dans <a href="${escapeHtml(s.link.href)}">${place}</a></p>`;
    })
    .join('\n');
  const fields = view.fields
    .map(
      (f) => `<tr><th scope="row"><a href="${escapeHtml(f.link.href)}">${escapeHtml(f.label)}</a></th><td><blockquote class="verbatim">${escapeHtml(f.verbatim ?? '')}</blockquote></td><td class="lines">${escapeHtml(f.cell ?? f.lines ?? '')}</td></tr>`,
    )
    .join('\n');
  const placeHeader = view.fields.some((f) => f.cell) ? 'Cellule' : 'Lignes';
  return `<section class="provenance">
<h2>Provenance dans le registre</h2>
${sources}
${fields ? `<table class="fields">\n<thead><tr><th>Champ</th><th>Texte du registre</th><th>${placeHeader}</th></tr></thead>\n<tbody>\n${fields}\n</tbody>\n</table>` : ''}
</section>`;
}

/** A class has over a thousand instances: past this many, a group says how many more the RDF formats hold. */
const MAX_LISTED = 200;

function renderIncoming(view: ResourceView): string {
  if (view.incoming.length === 0) return '';
  const groups = view.incoming
    .map((g) => {
      const more = g.subjects.length - MAX_LISTED;
      const rest = more > 0 ? `<p class="note">… et ${more} autres, dans les formats RDF ci-dessous.</p>` : '';
      return `<details open>
<summary>${renderPropertyName(g.property)} <span class="count">(${g.subjects.length})</span></summary>
<ul>${g.subjects
        .slice(0, MAX_LISTED)
        .map((s) => `<li>${renderLink(s)}</li>`)
        .join('')}</ul>
${rest}
</details>`;
    })
    .join('\n');
  return `<section class="incoming">
<h2>Liens entrants</h2>
<p class="note">Les ressources qui pointent vers celle-ci, par propriété.</p>
${groups}
</section>`;
}

function renderFormats(view: ResourceView): string {
  const links = view.formats.map((f) => `<li><a href="${escapeHtml(f.href)}" type="${escapeHtml(f.mediaType)}">${escapeHtml(f.label)}</a></li>`).join('');
  return `<section class="formats">
<h2>Autres formats</h2>
<ul class="inline">${links}</ul>
</section>`;
}

function renderPropertyName(property: LinkView): string {
  const curie = property.curie && property.curie !== property.label ? ` <span class="curie">${escapeHtml(property.curie)}</span>` : '';
  return `<a href="${escapeHtml(property.href)}">${escapeHtml(property.label)}</a>${curie}`;
}

function renderLink(link: LinkView): string {
  const hint = link.hint ? ` <span class="hint">${escapeHtml(link.hint)}</span>` : '';
  const local = `<a href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a>${hint}`;
  if (!link.external) return local;
  return `${local} <a class="external" rel="external" href="${escapeHtml(link.external)}" title="${escapeHtml(link.external)}">${escapeHtml(link.curie ?? 'définition')} ↗</a>`;
}

function renderValue(value: ValueView): string {
  if (value.kind === 'link') return renderLink(value.link);
  const language = value.language ? ` <span class="lang">${escapeHtml(value.language)}</span>` : '';
  const datatype = value.datatype ? ` <span class="datatype">${escapeHtml(value.datatype.curie ?? value.datatype.iri)}</span>` : '';
  return `<span class="literal">${escapeHtml(value.text)}</span>${language}${datatype}`;
}
