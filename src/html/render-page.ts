// The HTML shell shared by every page: French, a skip link, the site's header and navigation, a footer; the body is given already escaped.
import escapeHtml from 'escape-html';
import { SITE_LINKS, SITE_SECTIONS, type SiteSection } from './site-sections.ts';

export interface PageOptions {
  title: string;
  /** Trusted HTML: every piece of text in it must have gone through escape-html. */
  body: string;
  /** The navigation entry marked as the current page (aria-current). */
  section?: SiteSection;
  /** <link rel="alternate"> to other serialisations of the same thing. */
  alternates?: readonly { href: string; mediaType: string }[];
  /** Stylesheets after the site's own, in order. */
  stylesheets?: readonly string[];
  /** Scripts, loaded deferred in order (never inline: the CSP allows none). */
  scripts?: readonly string[];
  /** "wide": the page lays out its own full-width grid (query page, explorer) instead of the reading column. */
  layout?: 'column' | 'wide';
  /** Extra attributes of <main>, e.g. the explorer's data-config; values are escaped here. */
  mainAttributes?: Readonly<Record<string, string>>;
  /** A class on <body> for the page's own stylesheet (e.g. "report" for the print rules of the fiches). */
  bodyClass?: string;
  /** Trusted HTML after </main>, e.g. a <noscript>. */
  afterMain?: string;
}

/** The target of the skip link: the first thing a keyboard user can jump to. */
export const MAIN_ID = 'contenu';

export function renderPage(options: PageOptions): string {
  const e = escapeHtml;
  const head = [
    ...(options.alternates ?? []).map((a) => `<link rel="alternate" type="${e(a.mediaType)}" href="${e(a.href)}">`),
    ...(options.stylesheets ?? []).map((href) => `<link rel="stylesheet" href="${e(href)}">`),
    ...(options.scripts ?? []).map((src) => `<script src="${e(src)}" defer></script>`),
  ].join('\n');
  const classes = [options.layout === 'wide' ? 'wide' : '', options.bodyClass ?? ''].filter((c) => c !== '').join(' ');
  const mainAttributes = Object.entries(options.mainAttributes ?? {})
    .map(([name, value]) => ` ${name}="${e(value)}"`)
    .join('');
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(options.title)} — ropa-graph</title>
<link rel="icon" href="/assets/query/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/assets/site.css">
${head}
</head>
<body${classes ? ` class="${e(classes)}"` : ''}>
<a class="skip-link" href="#${MAIN_ID}">Aller au contenu</a>
${renderSiteHeader(options.section)}
<main id="${MAIN_ID}" tabindex="-1"${mainAttributes}>
${options.body}
</main>
${options.afterMain ?? ''}
${renderSiteFooter()}
</body>
</html>
`;
}

/** The site's name and navigation, the same on every page; print styles hide it. */
function renderSiteHeader(current: SiteSection | undefined): string {
  const items = SITE_SECTIONS.map(
    (s) => `<li><a href="${escapeHtml(s.href)}"${s.key === current ? ' aria-current="page"' : ''}>${escapeHtml(s.label)}</a></li>`,
  ).join('\n');
  return `<header class="site">
<a class="brand" href="/">ropa-graph <span class="brand-tagline">registres RGPD des ministères</span></a>
<nav class="site-nav" aria-label="Navigation principale">
<ul>
${items}
</ul>
</nav>
</header>`;
}

function renderSiteFooter(): string {
  const links = SITE_LINKS.map((l) => `<li><a href="${escapeHtml(l.href)}">${escapeHtml(l.label)}</a></li>`).join('\n');
  return `<footer class="site">
<nav aria-label="Informations et données ouvertes">
<ul>
${links}
</ul>
</nav>
</footer>`;
}
