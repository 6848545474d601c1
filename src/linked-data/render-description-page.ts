// An RDF description (VoID, DCAT catalogue, SPARQL service description) as a French page: one section per described node.
import type * as RDF from '@rdfjs/types';
import escapeHtml from 'escape-html';
import { renderPage, type PageOptions } from '../html/render-page.ts';
import { dct, rdf, rdfs } from '../vocab/namespaces.ts';
import { compactIri } from './compact-iri.ts';
import { resourcePath } from './resource-path.ts';

export interface DescriptionPage {
  title: string;
  /** Trusted HTML shown before the description. */
  intro: string;
  quads: readonly RDF.Quad[];
  /** The document's own URL: its nodes are fragments of it and link to their sections. */
  documentUrl: string;
  /** The URL this server was reached by (ends with "/"): links to it become server paths. */
  origin: string;
  baseIri: string;
  /** Prefixes beyond ours (e.g. DCAT-AP's vcard:, adms:) for the property names. */
  prefixes?: Record<string, string>;
  /** The same description in RDF formats. */
  formats: readonly { label: string; mediaType: string; href: string }[];
  section?: PageOptions['section'];
}

export function renderDescriptionPage(page: DescriptionPage): string {
  const e = escapeHtml;
  const subjects = [...new Set(page.quads.map((q) => q.subject.value))];
  const bySubject = (s: string) => page.quads.filter((q) => q.subject.value === s);
  const sections = subjects.map((subject) => {
    const facts = bySubject(subject);
    const title = facts.find((q) => q.predicate.equals(dct.title) && (q.object as RDF.Literal).language !== 'en') ?? facts.find((q) => q.predicate.equals(dct.title) || q.predicate.equals(rdfs.label));
    const id = subject.startsWith(`${page.documentUrl}#`) ? subject.slice(page.documentUrl.length + 1) : undefined;
    const types = facts.filter((q) => q.predicate.equals(rdf.type)).map((q) => nameOf(q.object.value, page.prefixes));
    const rows = groupByPredicate(facts.filter((q) => !q.predicate.equals(rdf.type))).map(
      ([predicate, values]) =>
        `<tr><th scope="row"><code>${e(nameOf(predicate, page.prefixes))}</code></th><td>${values.length === 1 ? renderTerm(values[0]!, page) : `<ul>${values.map((v) => `<li>${renderTerm(v, page)}</li>`).join('')}</ul>`}</td></tr>`,
    );
    const heading = title ? `<span${langOf(title.object)}>${e(title.object.value)}</span>` : e(id ?? subject);
    return `<section class="described"${id ? ` id="${e(id)}"` : ''}>
<h2>${heading}</h2>
<p class="iri"><code>${e(subject)}</code>${types.length > 0 ? ` <span class="curie">${e(types.join(', '))}</span>` : ''}</p>
<table>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</section>`;
  });
  const formats = page.formats.map((f) => `<li><a href="${e(f.href)}" type="${e(f.mediaType)}">${e(f.label)}</a></li>`).join('');
  const body = `<h1>${e(page.title)}</h1>
${page.intro}
<nav aria-label="Autres formats"><ul class="inline">${formats}</ul></nav>
${sections.join('\n')}`;
  return renderPage({ title: page.title, body, ...(page.section ? { section: page.section } : {}), alternates: page.formats });
}

function renderTerm(term: RDF.Term, page: DescriptionPage): string {
  const e = escapeHtml;
  if (term.termType === 'Literal') return `<span${langOf(term)}>${e(term.value)}</span>`;
  if (term.termType !== 'NamedNode') return e(`_:${term.value}`);
  const iri = term.value;
  if (iri.startsWith(`${page.documentUrl}#`)) return `<a href="${e(iri.slice(page.documentUrl.length))}">${e(iri.slice(page.documentUrl.length))}</a>`;
  if (iri.startsWith(page.origin)) return `<a href="/${e(iri.slice(page.origin.length))}">${e(iri)}</a>`;
  if (iri.startsWith(page.baseIri)) return `<a href="${e(resourcePath(iri, page.baseIri))}">${e(iri)}</a>`;
  // Another site's IRI (a format, a licence, an EU code list): marked as leaving this site.
  if (/^https?:/.test(iri)) return `<a rel="external" class="external-iri" href="${e(iri)}">${e(compactIri(iri) ?? iri)}</a>`;
  return `<code>${e(iri)}</code>`;
}

function nameOf(iri: string, prefixes: Record<string, string> = {}): string {
  for (const [prefix, namespace] of Object.entries(prefixes).sort(([, a], [, b]) => b.length - a.length)) {
    if (iri.startsWith(namespace) && !/[/#]/.test(iri.slice(namespace.length))) return `${prefix}:${iri.slice(namespace.length)}`;
  }
  return compactIri(iri) ?? iri;
}

function langOf(term: RDF.Term): string {
  return term.termType === 'Literal' && term.language && !term.language.startsWith('fr') ? ` lang="${escapeHtml(term.language)}"` : '';
}

function groupByPredicate(quads: readonly RDF.Quad[]): [string, RDF.Term[]][] {
  const groups = new Map<string, RDF.Term[]>();
  for (const q of quads) groups.set(q.predicate.value, [...(groups.get(q.predicate.value) ?? []), q.object]);
  return [...groups];
}
