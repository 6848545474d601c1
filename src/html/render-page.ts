// The HTML shell shared by our pages: French, our stylesheet, a navigation bar; the body is given already escaped.
import escapeHtml from 'escape-html';

export interface PageOptions {
  title: string;
  /** Trusted HTML: every piece of text in it must have gone through escape-html. */
  body: string;
  /** <link rel="alternate"> to other serialisations of the same thing. */
  alternates?: readonly { href: string; mediaType: string }[];
}

export function renderPage(options: PageOptions): string {
  const alternates = (options.alternates ?? [])
    .map((a) => `<link rel="alternate" type="${escapeHtml(a.mediaType)}" href="${escapeHtml(a.href)}">`)
    .join('\n');
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)} — ropa-graph</title>
<link rel="stylesheet" href="/assets/site.css">
${alternates}
</head>
<body>
<header class="site">
<a class="brand" href="/">ropa-graph</a>
<nav><a href="/">Requêtes SPARQL</a> <a href="/export">Exports</a> <a href="/.well-known/void">Description VoID</a></nav>
</header>
<main>
${options.body}
</main>
</body>
</html>
`;
}
